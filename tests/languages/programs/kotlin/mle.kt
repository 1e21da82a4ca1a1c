// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
fun main() {
    val chunks = ArrayList<ByteArray>()
    for (i in 0 until 1024) {
        val chunk = ByteArray(1 shl 20)
        for (j in chunk.indices step 4096) chunk[j] = i.toByte()
        chunks.add(chunk)
    }
    println(chunks.size)
}
