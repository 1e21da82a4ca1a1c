:- use_module(arith).

main :-
    read_string(user_input, _, Text),
    split_string(Text, " \t\n", " \t\n", Parts),
    exclude(==(""), Parts, [A, B]),
    number_string(X, A),
    number_string(Y, B),
    add(X, Y, Sum),
    format("~d~n", [Sum]).
