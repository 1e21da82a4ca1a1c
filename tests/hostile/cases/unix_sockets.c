// Connects to the host's well-known unix sockets (docker, systemd, dbus, X11, the judge's own
// abstract name): none may be reachable from the sandbox.
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int try_connect(const char* path, size_t length) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  struct sockaddr_un address;
  memset(&address, 0, sizeof address);
  address.sun_family = AF_UNIX;
  memcpy(address.sun_path, path, length);
  int ok = connect(fd, (struct sockaddr*)&address,
                   (socklen_t)(offsetof(struct sockaddr_un, sun_path) + length)) == 0;
  close(fd);
  return ok;
}

int main(void) {
  const char* paths[] = {"/var/run/docker.sock",
                         "/run/docker.sock",
                         "/run/systemd/private",
                         "/run/dbus/system_bus_socket",
                         "/tmp/.X11-unix/X0",
                         "/run/systemd/journal/socket",
                         "/dev/log",
                         "/.host/run/docker.sock"};
  int pwned = 0;
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    if (try_connect(paths[i], strlen(paths[i]) + 1)) {
      printf("PWNED-unix_sockets: connected to %s\n", paths[i]);
      pwned = 1;
    }
  }
  if (try_connect("\0judge", 6) || try_connect("\0hx-hostile-listener", 20)) {
    puts("PWNED-unix_sockets: connected to the host's abstract socket");
    pwned = 1;
  }
  if (!pwned) puts("contained");
  return 0;
}
