# Allocates 1 GiB, 1 MiB at a time, keeping every block (:binary.copy writes each one).
blocks = for i <- 1..1024, do: :binary.copy(<<rem(i, 256)>>, 1_048_576)
IO.puts(length(blocks))
