IO.puts("Hello World!")
