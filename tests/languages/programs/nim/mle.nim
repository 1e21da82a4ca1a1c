# Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
var chunks: seq[seq[byte]]
for i in 0 ..< 1024:
  var chunk = newSeq[byte](1 shl 20)
  for j in 0 ..< chunk.len:
    chunk[j] = byte(i and 255)
  chunks.add(chunk)
echo chunks.len
