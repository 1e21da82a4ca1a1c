# Spins on the CPU forever (the counter is printed, so the loop is not optimized away).
counter = 0_u64
while counter != UInt64::MAX
  counter &+= 1
  counter = 0_u64 if counter == 1_000_000_u64
end
puts counter
