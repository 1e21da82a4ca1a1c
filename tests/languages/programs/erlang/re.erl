-module(main).
-export([main/0]).

% A failed match: the VM stops with exit code 1.
main() -> main(1).

main(N) -> 2 = N.
