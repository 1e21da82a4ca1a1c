: main ( -- ) ." Hello World!" cr ;
