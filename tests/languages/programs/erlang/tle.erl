-module(main).
-export([main/0]).

% Spins on the CPU forever.
main() -> spin(0).

spin(Counter) -> spin(Counter + 1).
