// An uncaught exception: the JVM exits with code 1.
class Main {
  public static void main(String[] args) {
    int[] numbers = new int[1];
    System.out.println(numbers[args.length + 1]);
  }
}
