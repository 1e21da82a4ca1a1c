fun main() {
    val answer: Int = "Hello World!"
    println(answer)
}
