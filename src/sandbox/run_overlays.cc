#include "sandbox/run_overlays.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "sandbox/child_util.h"
#include "sandbox/zygote.h"

namespace judge::sandbox::child {

namespace {

// The sandbox root's empty /box directory, under the run's /box tmpfs (out of the program's
// reach): the lower layer of writable directories. Each init is a process of its own.
int g_empty_lower = -1;

int open_dir(const char* path) {
  return ::open(path, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

// Mounts with the layers named by descriptor number: they are resolved relative to the working
// directory, `fd_dir` (the process's /proc/self/fd), and shown in mountinfo as given.
int mount_overlay(const char* target, const char* options, unsigned long flags = 0,
                  const char* fd_dir = "/proc/self/fd") {
  if (::chdir(fd_dir) != 0) return errno;
  const int err =
      ::mount("overlay", target, "overlay", MS_NOSUID | MS_NODEV | flags, options) != 0 ? errno : 0;
  if (::chdir("/") != 0 && err == 0) return errno;
  return err;
}

void close_all(const int* fds, int count) {
  for (int i = 0; i < count; ++i) {
    if (fds[i] >= 0) ::close(fds[i]);
  }
}

// Opens the directories `first` and `second` as layers[0] and layers[1]: 0, or an errno with
// neither left open.
int open_layers(const char* first, const char* second, int* layers) {
  layers[0] = open_dir(first);
  layers[1] = open_dir(second);
  if (layers[0] >= 0 && layers[1] >= 0) return 0;
  const int err = errno;
  close_all(layers, 2);
  return err;
}

}  // namespace

int keep_empty_lower() {
  g_empty_lower = open_dir("/box");
  return g_empty_lower >= 0 ? 0 : errno;
}

int mount_box_overlay(const char* contents, const char* files) {
  if (::mkdir("/box/.upper", 0755) != 0 || ::mkdir("/box/.work", 0755) != 0) return errno;
  if (::chown("/box/.upper", kSandboxUidInside, kSandboxUidInside) != 0) return errno;
  int layers[2] = {open_dir(contents), files[0] != '\0' ? open_dir(files) : -1};
  if (layers[0] < 0 || (files[0] != '\0' && layers[1] < 0)) {
    const int err = errno;
    close_all(layers, 2);
    return err;
  }
  char options[160] = "lowerdir=";
  if (layers[1] >= 0) {
    append_number(options, sizeof options, layers[1]);
    append(options, sizeof options, ":");
  }
  append_number(options, sizeof options, layers[0]);
  append(options, sizeof options, ",upperdir=/box/.upper,workdir=/box/.work");
  const int err = mount_overlay("/box", options);
  close_all(layers, 2);
  return err;
}

int mount_writable_dir(const char* upper, const char* work, const char* target) {
  if (g_empty_lower < 0) return EINVAL;
  int layers[2];
  if (int err = open_layers(upper, work, layers); err != 0) return err;
  char options[160] = "lowerdir=";
  append_number(options, sizeof options, g_empty_lower);
  append(options, sizeof options, ",upperdir=");
  append_number(options, sizeof options, layers[0]);
  append(options, sizeof options, ",workdir=");
  append_number(options, sizeof options, layers[1]);
  int err = make_mount_point(target, true);
  if (err == 0) err = mount_overlay(target, options);
  close_all(layers, 2);
  return err;
}

int mount_readonly_dir(const char* source, const char* target, const char* empty,
                       const char* fd_dir) {
  // Two lower layers and no upper one: a read-only overlay (kernels before 6.5 want at least
  // two lower layers then). The empty one is at the bottom, so a lookup that finds a file in
  // `source` stops there.
  int layers[2];
  if (int err = open_layers(source, empty, layers); err != 0) return err;
  char options[160] = "lowerdir=";
  append_number(options, sizeof options, layers[0]);
  append(options, sizeof options, ":");
  append_number(options, sizeof options, layers[1]);
  const int err = mount_overlay(target, options, MS_RDONLY, fd_dir);
  close_all(layers, 2);
  return err;
}

}  // namespace judge::sandbox::child
