// Allocates 1 GiB, 1 MiB at a time, keeping every block (each array is filled).
def blocks = []
for (int i = 0; i < 1024; i++) {
    byte[] block = new byte[1048576]
    Arrays.fill(block, (byte) i)
    blocks << block
}
println blocks.size()
