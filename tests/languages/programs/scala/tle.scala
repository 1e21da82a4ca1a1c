// Spins on the CPU forever; the volatile field keeps the JIT from removing the loop.
object Main {
  @volatile var counter = 0L

  def main(args: Array[String]): Unit = {
    while (true) counter += 1
  }
}
