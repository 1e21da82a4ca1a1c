\ Allocates 1 GiB, 1 MiB at a time, keeping every block (each one is filled).
: main ( -- )
  1024 0 do 1048576 allocate throw 1048576 [char] A fill loop
  ." 1024" cr ;
