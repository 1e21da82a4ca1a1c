#include "lang/version_command.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "util/error.h"
#include "util/text.h"
#include "util/unique_fd.h"

namespace judge::lang::detail {

namespace {

// Enough for any banner; a toolchain that prints more is still read to EOF, the rest dropped.
constexpr std::size_t kMaxOutput = 64 << 10;

// A fixed environment: the version string feeds cache keys, so it must not depend on the
// caller's locale (a translated banner) or PATH.
const char* const kEnvironment[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", nullptr};

pid_t spawn(const std::vector<std::string>& argv, int output_fd) {
  posix_spawn_file_actions_t actions;
  if (posix_spawn_file_actions_init(&actions) != 0) throw_errno("posix_spawn_file_actions_init");
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, output_fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, output_fd, STDERR_FILENO);

  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);

  pid_t pid = -1;
  const int err = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(),
                               const_cast<char* const*>(kEnvironment));
  posix_spawn_file_actions_destroy(&actions);
  return err == 0 ? pid : -1;  // ENOENT, EACCES...: the toolchain is not installed
}

// Reads until EOF or the deadline; false on timeout.
bool read_output(int fd, std::chrono::steady_clock::time_point deadline, std::string& output) {
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd pfd{fd, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw_errno("poll", "version command output");
    if (ready == 0) return false;
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw_errno("read", "version command output");
    if (n == 0) return true;
    if (output.size() < kMaxOutput) output.append(buffer, static_cast<std::size_t>(n));
  }
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw_errno("waitpid", "version command");
  }
  return status;
}

std::optional<std::string> first_non_empty_line(const std::string& text) {
  const std::string_view line = first_nonblank_line(text);
  if (line.empty()) return std::nullopt;
  return std::string(line);
}

}  // namespace

std::optional<std::string> run_version_command(const std::vector<std::string>& argv,
                                               std::chrono::milliseconds timeout) {
  if (argv.empty()) return std::nullopt;
  auto [read_end, write_end] = make_pipe();

  const pid_t pid = spawn(argv, write_end.get());
  write_end.reset();  // so that read() sees EOF once the child is done
  if (pid < 0) return std::nullopt;

  std::string output;
  const bool finished =
      read_output(read_end.get(), std::chrono::steady_clock::now() + timeout, output);
  if (!finished) ::kill(pid, SIGKILL);
  const int status = wait_for(pid);
  if (!finished || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return first_non_empty_line(output);
}

}  // namespace judge::lang::detail
