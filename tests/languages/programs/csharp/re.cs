using System;

// An unhandled exception: mono exits with code 1.
public class Program {
    public static void Main(string[] args) {
        int[] numbers = new int[1];
        Console.WriteLine(numbers[args.Length + 1]);
    }
}
