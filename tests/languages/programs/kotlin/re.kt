// An uncaught exception: the JVM exits with code 1.
fun main(args: Array<String>) {
    val numbers = IntArray(1)
    println(numbers[args.size + 1])
}
