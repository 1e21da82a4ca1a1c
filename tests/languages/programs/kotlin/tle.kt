// Spins on the CPU forever; the volatile field keeps the JIT from removing the loop.
object Counter {
    @Volatile var value = 0L
}

fun main() {
    while (true) Counter.value++
}
