# A syntax error: the call is never closed.
IO.puts("Hello World!"
