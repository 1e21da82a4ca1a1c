-module(main).
-export([main/0]).

% "~d ~d": the blank in the format skips any whitespace, line breaks included.
main() ->
    {ok, [A, B]} = io:fread("", "~d ~d"),
    io:format("~p~n", [A + B]).
