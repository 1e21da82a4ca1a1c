using System;
using System.Collections.Generic;

// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
public class Program {
    public static void Main() {
        var chunks = new List<byte[]>();
        for (int i = 0; i < 1024; i++) {
            var chunk = new byte[1 << 20];
            for (int j = 0; j < chunk.Length; j += 4096) chunk[j] = (byte)i;
            chunks.Add(chunk);
        }
        Console.WriteLine(chunks.Count);
    }
}
