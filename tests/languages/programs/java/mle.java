import java.util.ArrayList;

// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
class Main {
  public static void main(String[] args) {
    ArrayList<byte[]> chunks = new ArrayList<>();
    for (int i = 0; i < 1024; i++) {
      byte[] chunk = new byte[1 << 20];
      for (int j = 0; j < chunk.length; j += 4096) chunk[j] = (byte) i;
      chunks.add(chunk);
    }
    System.out.println(chunks.size());
  }
}
