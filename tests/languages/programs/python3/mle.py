# Allocates 1 GiB, 1 MiB at a time, keeping every block (bytearray touches its zeroed memory).
chunks = []
for i in range(1024):
    chunks.append(bytearray(b"x" * (1 << 20)))
print(len(chunks))
