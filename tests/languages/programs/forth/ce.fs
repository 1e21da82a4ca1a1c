\ An undefined word inside a definition: loading the file fails.
: main ( -- ) ." Hello World!" no-such-word cr ;
