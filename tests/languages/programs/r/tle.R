# Spins on the CPU forever.
counter <- 0
repeat {
  counter <- counter + 1
}
