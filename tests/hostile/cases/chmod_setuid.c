// Makes a setuid-root copy of itself in /box: chmod 06755 is allowed on one's own file, but
// chown to root must fail, and exec of the copy (on a nosuid mount, under no_new_privs) must
// not change the effective uid.
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char** argv) {
  (void)argv;
  if (argc > 1) {  // the exec'd copy reports its credentials
    if (geteuid() != getuid() || getegid() != getgid() || geteuid() == 0) {
      printf("PWNED-chmod_setuid: euid %d egid %d\n", (int)geteuid(), (int)getegid());
    } else {
      puts("contained");
    }
    return 0;
  }
  int in = open("/proc/self/exe", O_RDONLY);
  int out = open("/box/suid", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  char buffer[65536];
  ssize_t n;
  while (in >= 0 && out >= 0 && (n = read(in, buffer, sizeof buffer)) > 0) {
    if (write(out, buffer, (size_t)n) != n) break;
  }
  close(in);
  close(out);
  if (chown("/box/suid", 0, 0) == 0) puts("PWNED-chmod_setuid: chown to root worked");
  if (chmod("/box/suid", 06755) != 0) puts("chmod failed");
  execl("/box/suid", "/box/suid", "child", (char*)NULL);
  puts("contained (exec failed)");
  return 0;
}
