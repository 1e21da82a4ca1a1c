# Allocates 1 GiB, 1 MiB at a time, keeping every block (each string's bytes are written).
chunks = []
1024.times { |i| chunks << ((i % 26 + 65).chr * (1 << 20)) }
puts chunks.size
