// Spins on the CPU forever; the volatile field keeps the JIT from removing the loop.
public class Program {
    static volatile int counter;

    public static void Main() {
        while (true) counter++;
    }
}
