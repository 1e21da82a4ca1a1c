import java.util.Scanner;

public class Main {
  // Burns CPU forever; the field write keeps the JIT from dropping the loop.
  static volatile long counter;

  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    int n = in.nextInt();
    while (true) {
      counter += n;
    }
  }
}
