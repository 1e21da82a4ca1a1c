# Allocates 1 GiB, 1 MiB at a time, keeping every block (each concatenation is a new string).
BEGIN {
  block = sprintf("%1048576s", "")
  for (i = 0; i < 1024; i++) blocks[i] = block i
  print length(blocks)
}
