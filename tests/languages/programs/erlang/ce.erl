-module(main).
-export([main/0]).

% A syntax error: the call is never closed.
main() -> io:format("Hello World!~n".
