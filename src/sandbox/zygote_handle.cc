#include "sandbox/zygote_handle.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "sandbox/child_protocol.h"
#include "sandbox/child_util.h"
#include "sandbox/namespace_owner.h"
#include "sandbox/run_init.h"
#include "sandbox/zygote.h"
#include "util/error.h"

namespace judge::sandbox {

namespace {

void write_proc_file(pid_t pid, const char* name, const std::string& content) {
  const std::string path = "/proc/" + std::to_string(pid) + "/" + name;
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd) throw_errno("open", path);
  if (::write(fd.get(), content.data(), content.size()) != static_cast<ssize_t>(content.size())) {
    throw_errno("write", path);
  }
}

// Fields 48-51 of /proc/self/stat: where the kernel keeps this process's argv and environ.
void find_command_line(ZygoteConfig* config) {
  std::ifstream in("/proc/self/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t comm_end = stat.rfind(')');
  if (comm_end == std::string::npos) return;
  std::istringstream fields(stat.substr(comm_end + 2));
  std::vector<unsigned long long> values;
  std::string field;
  while (fields >> field) values.push_back(std::strtoull(field.c_str(), nullptr, 10));
  // values[0] is field 3 (state), so field N is values[N - 3].
  if (values.size() < 49) return;
  config->args_start = reinterpret_cast<char*>(values[45]);
  config->args_end = reinterpret_cast<char*>(values[46]);
  config->env_start = reinterpret_cast<char*>(values[47]);
  config->env_end = reinterpret_cast<char*>(values[48]);
}

std::string describe_failure(const ChildRecord& record, const ZygoteSetup& setup) {
  std::string what = step_name(record.step);
  const auto index = static_cast<std::size_t>(record.index);
  if (record.step == Step::kZygoteBindReadonly && record.index >= 0 &&
      index < setup.readonly_paths.size()) {
    what += "(" + setup.readonly_paths[index] + ")";
  } else if (record.step == Step::kZygoteQuotas && record.index >= 0 &&
             index < std::size(kNamespaceQuotas)) {
    what += std::string("(") + kNamespaceQuotas[index].name + ")";
  }
  return what + ": " + std::strerror(record.error);
}

// The zygote's next report: a step done, or a failure (thrown).
void await_step(int status_fd, const ZygoteSetup& setup, const char* what) {
  ChildRecord record{};
  const ssize_t n = ::read(status_fd, &record, sizeof record);
  if (n != static_cast<ssize_t>(sizeof record)) {
    throw InternalError(std::string("sandbox: the zygote died while ") + what);
  }
  if (record.kind != RecordKind::kFinished) {
    throw InternalError("sandbox setup failed: " + describe_failure(record, setup));
  }
}

// Inside, the program runs as uid/gid 1000, mapped to an unprivileged host id. As root, the
// zygote and the run's init are inside-root (host root without host capabilities) so they can
// reach host paths when binding; as an ordinary user a single mapping is all the kernel allows,
// so they share uid 1000 with the program and keep only namespace capabilities.
void write_id_maps(pid_t pid, const ZygoteSetup& setup, bool root_mode) {
  const std::string uid = std::to_string(setup.host_uid), gid = std::to_string(setup.host_gid);
  if (root_mode) {
    write_proc_file(pid, "uid_map", "0 0 1\n1000 " + uid + " 1\n");
    write_proc_file(pid, "gid_map", "0 0 1\n1000 " + gid + " 1\n");
  } else {
    write_proc_file(pid, "setgroups", "deny");
    write_proc_file(pid, "uid_map", "1000 " + uid + " 1\n");
    write_proc_file(pid, "gid_map", "1000 " + gid + " 1\n");
  }
}

// The handshake with a new zygote: it creates its namespaces, the judge writes their id maps,
// then the zygote builds its root. A step's failure is an InternalError naming the step.
void await_setup(pid_t pid, int status_fd, UniqueFd sync_write, const ZygoteSetup& setup,
                 bool root_mode) {
  await_step(status_fd, setup, "creating its namespaces");
  write_id_maps(pid, setup, root_mode);
  const char go = 'g';
  if (::write(sync_write.get(), &go, 1) != 1) throw_errno("write", "zygote sync pipe");
  sync_write.reset();
  await_step(status_fd, setup, "building the root");
}

// The sandbox's /etc/passwd and /etc/group: names for the ids a program can see.
constexpr const char* kEtcPasswd =
    "root:x:0:0:root:/root:/usr/sbin/nologin\n"
    "judge:x:1000:1000:sandboxed program:/tmp:/usr/sbin/nologin\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
constexpr const char* kEtcGroup = "root:x:0:\njudge:x:1000:\nnogroup:x:65534:\n";

}  // namespace

ZygoteHandle::ZygoteHandle(const ZygoteSetup& setup) {
  int sockets[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) != 0) {
    throw_errno("socketpair");
  }
  UniqueFd ours(sockets[0]), theirs(sockets[1]);
  auto [sync_read, sync_write] = make_pipe();
  auto [status_read, status_write] = make_pipe();

  // Everything the zygote reads is prepared here; after clone it only follows these pointers.
  std::vector<const char*> paths;
  for (const auto& p : setup.readonly_paths) paths.push_back(p.c_str());
  const bool root_mode = ::geteuid() == 0;
  ZygoteConfig config;
  config.judge_pid = ::getpid();
  config.root_mode = root_mode;
  config.owner_uid = setup.host_uid;
  config.owner_gid = setup.host_gid;
  config.socket_fd = theirs.get();
  config.sync_fd = sync_read.get();
  config.status_fd = status_write.get();
  config.readonly_paths = paths.data();
  config.readonly_count = paths.size();
  config.etc_passwd = kEtcPasswd;
  config.etc_group = kEtcGroup;
  find_command_line(&config);
  config.has_cpus = ::sched_getaffinity(0, sizeof config.cpus, &config.cpus) == 0;
  config.seccomp_filter = setup.seccomp.filter.data();
  config.seccomp_length = setup.seccomp.filter.size();
  config.seccomp_notify = setup.seccomp_notify;

  // A plain child: it creates its namespaces itself, as their owner (namespace_owner.h).
  const long pid = ::syscall(SYS_clone, SIGCHLD, nullptr, nullptr, nullptr, 0);
  if (pid < 0) throw_errno("clone(sandbox zygote)", "");
  if (pid == 0) {
    ::close(ours.get());
    ::close(sync_write.get());
    ::close(status_read.get());
    zygote_main(config);
  }
  pid_ = static_cast<pid_t>(pid);
  theirs.reset();
  sync_read.reset();
  status_write.reset();
  socket_ = std::move(ours);

  try {
    await_setup(pid_, status_read.get(), std::move(sync_write), setup, root_mode);
  } catch (...) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, __WALL);
    pid_ = -1;
    throw;
  }
}

ZygoteHandle::~ZygoteHandle() {
  socket_.reset();  // the zygote exits when the socket closes
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, __WALL);
  }
}

void ZygoteHandle::request_init(const std::string& request, const int* fds, std::size_t fd_count) {
  if (child::send_with_fds(socket_.get(), request.data(), request.size(), fds, fd_count) !=
      static_cast<long>(request.size())) {
    throw_errno("sendmsg", "sandbox zygote");
  }
}

pid_t ZygoteHandle::collect_init() {
  ZygoteReply reply{};
  ssize_t n;
  do {
    n = ::recv(socket_.get(), &reply, sizeof reply, 0);
  } while (n < 0 && errno == EINTR);
  if (n != static_cast<ssize_t>(sizeof reply)) {
    throw InternalError("sandbox: the zygote stopped answering");
  }
  if (reply.pid <= 0) {
    throw InternalError(std::string("sandbox: ") + step_name(static_cast<Step>(reply.step)) + ": " +
                        std::strerror(reply.error));
  }
  return reply.pid;
}

}  // namespace judge::sandbox
