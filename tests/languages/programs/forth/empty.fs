: main ( -- ) ;
