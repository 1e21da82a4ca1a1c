package contest.app;

import contest.util.Adder;
import java.util.Scanner;

public class Solver {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        System.out.println(Adder.add(a, b));
    }
}
