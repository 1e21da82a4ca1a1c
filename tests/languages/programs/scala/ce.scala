object Main {
  def main(args: Array[String]): Unit = {
    val answer: Int = "Hello World!"
    println(answer)
  }
}
