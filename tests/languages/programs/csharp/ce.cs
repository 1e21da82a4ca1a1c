using System;

public class Program {
    public static void Main() {
        int answer = "Hello World!";
        Console.WriteLine(answer);
    }
}
