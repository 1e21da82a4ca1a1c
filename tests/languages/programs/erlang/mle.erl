-module(main).
-export([main/0]).

% Allocates 1 GiB, 1 MiB at a time, keeping every block (binary:copy writes each one).
main() ->
    Blocks = [binary:copy(<<I:8>>, 1048576) || I <- lists:seq(1, 1024)],
    io:format("~p~n", [length(Blocks)]).
