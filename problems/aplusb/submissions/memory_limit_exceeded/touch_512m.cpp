// Allocates and touches twice the 256 MiB limit, 1 MiB at a time, before answering.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

int main() {
  long long a = 0, b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
  constexpr std::size_t kChunk = 1 << 20;
  std::vector<char*> chunks;
  for (int i = 0; i < 512; ++i) {
    char* chunk = static_cast<char*>(std::malloc(kChunk));
    // No null check on purpose: when an address-space limit makes malloc fail, writing through
    // the null pointer kills the program with a signal at the limit, which is still MLE.
    std::memset(chunk, i & 0xff, kChunk);
    chunks.push_back(chunk);
  }
  long long checksum = 0;
  for (char* chunk : chunks) checksum += chunk[kChunk - 1];
  std::printf("%lld\n", a + b + (checksum == -1 ? 1 : 0));
}
