class Main {
  public static void main(String[] args) {
    int answer = "Hello World!";  // incompatible types
    System.out.println(answer);
  }
}
