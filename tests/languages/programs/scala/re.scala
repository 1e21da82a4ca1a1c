// An uncaught exception: the JVM exits with code 1.
object Main {
  def main(args: Array[String]): Unit = {
    val numbers = new Array[Int](1)
    println(numbers(args.length + 1))
  }
}
