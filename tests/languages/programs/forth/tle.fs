\ Spins on the CPU forever.
: main ( -- ) begin again ;
