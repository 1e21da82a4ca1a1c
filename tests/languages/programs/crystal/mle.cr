# Allocates 1 GiB, 1 MiB at a time, keeping every block (each one is filled).
blocks = [] of Bytes
1024.times { |i| blocks << Bytes.new(1_048_576, (i % 256).to_u8) }
puts blocks.size
