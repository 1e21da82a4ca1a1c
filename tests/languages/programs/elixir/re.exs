# An uncaught exception: elixir exits with code 1.
raise "no such answer"
