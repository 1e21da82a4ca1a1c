# A syntax error: the call is never closed.
cat("Hello World!\n"
