BEGIN { print "Hello World!" }
