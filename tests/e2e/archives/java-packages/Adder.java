package contest.util;

public class Adder {
    // not the entry point: "static void main" in a comment does not count
    public static long add(long a, long b) { return a + b; }
}
