// Spins on the CPU forever; the volatile field keeps the JIT from removing the loop.
class Main {
  static volatile long counter;

  public static void main(String[] args) {
    while (true) counter++;
  }
}
