// Takes every inotify instance and watch it can and holds them: charged to the judge's host uid
// (root), they would leave the host none (its own inotify_init failed). The quotas are charged
// to the sandbox's unprivileged owner and capped in its user namespace; the driver measures
// from the host side, during the run, that the host can still make instances and watches.
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/inotify.h>
#include <unistd.h>

int main(void) {
  int fds[4096];
  int instances = 0;
  while (instances < 4096 && (fds[instances] = inotify_init1(IN_CLOEXEC)) >= 0) ++instances;
  // Watches until the kernel says no (ENOSPC), or a bound that keeps this within the CPU limit.
  long watches = 0, attempts = 0;
  int full = 0;
  const char* dirs[] = {"/usr/bin", "/usr/lib", "/usr/share", "/usr/include", "/etc"};
  for (int i = 0; i < instances && !full && attempts < 200000; ++i) {
    for (unsigned d = 0; d < sizeof dirs / sizeof dirs[0] && !full; ++d) {
      DIR* dir = opendir(dirs[d]);
      if (!dir) continue;
      struct dirent* entry;
      char path[4096];
      while (!full && (entry = readdir(dir)) != NULL) {
        snprintf(path, sizeof path, "%s/%s", dirs[d], entry->d_name);
        ++attempts;
        if (inotify_add_watch(fds[i], path, IN_ACCESS) >= 0) {
          ++watches;
        } else if (errno == ENOSPC) {
          full = 1;
        }
      }
      closedir(dir);
    }
  }
  fprintf(stderr, "holding %d instances, %ld watches\n", instances, watches);
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  puts("contained");
  return 0;
}
