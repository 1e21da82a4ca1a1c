\ A runtime error: a read from address 0, which gforth reports and ends with exit code 1.
: main ( -- ) 0 @ . ;
