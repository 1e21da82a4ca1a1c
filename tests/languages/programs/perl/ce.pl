# A syntax error: perl -c rejects it at compile time.
print "Hello World!\n"
print "missing semicolon\n";
