fun main() {
    val (a, b) = generateSequence(::readLine).joinToString(" ").trim().split(Regex("\\s+")).map(String::toLong)
    println(a + b)
}
