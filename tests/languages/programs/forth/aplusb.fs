\ Reads all of stdin, then parses signed integers separated by any whitespace.
create input-buffer 4096 allot
variable input-length  0 input-length !
variable position  0 position !

: slurp ( -- )
  begin
    input-buffer input-length @ +  4096 input-length @ -  stdin read-file throw
    dup input-length +!
  0= until ;
: at-end? ( -- f ) position @ input-length @ >= ;
: current-char ( -- c ) input-buffer position @ + c@ ;
: advance ( -- ) 1 position +! ;
: skip-space ( -- ) begin at-end? 0= if current-char bl <= else false then while advance repeat ;
: at-digit? ( -- f ) at-end? if false else current-char [char] 0 - 10 u< then ;
: next-integer ( -- n )
  skip-space
  1  at-end? 0= if current-char [char] - = if negate advance then then
  0  begin at-digit? while 10 * current-char [char] 0 - + advance repeat
  * ;
: main ( -- ) slurp next-integer next-integer + 0 .r cr ;
