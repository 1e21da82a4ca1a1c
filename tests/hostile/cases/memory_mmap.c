// Memory bomb through anonymous mmap (not malloc's heap), touching every page; 2 GiB wins
// (see memory_malloc.c).
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

int main(void) {
  size_t total = 0;
  const size_t chunk = (size_t)64 << 20;
  while (total < ((size_t)3 << 30)) {
    char* p = mmap(NULL, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) break;
    memset(p, 0x5a, chunk);
    total += chunk;
  }
  if (total >= ((size_t)2 << 30)) {
    printf("PWNED-memory_mmap: %zu MiB\n", total >> 20);
  } else {
    printf("contained at %zu MiB\n", total >> 20);
  }
  return 0;
}
