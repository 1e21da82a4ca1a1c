// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
object Main {
  def main(args: Array[String]): Unit = {
    val chunks = scala.collection.mutable.ArrayBuffer[Array[Byte]]()
    for (i <- 0 until 1024) {
      val chunk = new Array[Byte](1 << 20)
      for (j <- chunk.indices by 4096) chunk(j) = i.toByte
      chunks += chunk
    }
    println(chunks.size)
  }
}
