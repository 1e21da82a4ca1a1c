// open_by_handle_at opens a file by inode handle, bypassing paths (the "shocker" container
// escape): denied by name.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  struct {
    struct file_handle handle;
    unsigned char bytes[8];
  } h;
  memset(&h, 0, sizeof h);
  h.handle.handle_bytes = 8;
  h.handle.handle_type = 1;  // FILEID_INO32_GEN
  h.bytes[0] = 2;            // inode 2: the root directory of an ext4 filesystem
  int fd = open_by_handle_at(0, &h.handle, O_RDONLY);
  puts(fd >= 0 ? "PWNED-open_by_handle: opened the host root by handle" : "contained");
  return 0;
}
