# A syntax error: the rule is never closed.
BEGIN { print "Hello World!"
