// Takes twice the 256 MiB limit, 1 MiB at a time, before answering. Each chunk is mapped with
// MAP_POPULATE, so the kernel fills it in one call: the program reaches the memory limit after a
// small fraction of the time limit, even where page faults are slow (virtual machines), and the
// verdict is MLE, never TLE.
#include <sys/mman.h>

#include <cstdio>
#include <vector>

int main() {
  long long a = 0, b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 0;
  constexpr std::size_t kChunk = 1 << 20;
  std::vector<volatile char*> chunks;
  for (int i = 0; i < 512; ++i) {
    void* chunk = ::mmap(nullptr, kChunk, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    // No check on purpose: when an address-space limit makes mmap fail, writing through the
    // failed address kills the program with a signal at the limit, which is still MLE.
    volatile char* bytes = static_cast<volatile char*>(chunk);
    bytes[kChunk - 1] = static_cast<char>(i & 0xff);
    chunks.push_back(bytes);
  }
  long long checksum = 0;
  for (volatile char* chunk : chunks) checksum += chunk[kChunk - 1];
  std::printf("%lld\n", a + b + (checksum == -1 ? 1 : 0));
}
