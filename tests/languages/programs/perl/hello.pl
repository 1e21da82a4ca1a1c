print "Hello World!\n";
