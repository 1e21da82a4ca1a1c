// How a run's files reach it without naming a host path (run_overlays.h), and the sizes of its
// /box and /tmp (private_tmpfs.h).
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cstdio>
#include <sstream>

#include "sandbox/private_tmpfs.h"
#include "sandbox_fixture.h"

using judge::sandbox::private_tmpfs_sizes;
using judge::sandbox::RunResult;
using judge::sandbox::Termination;
using namespace sandbox_fixture;

namespace {

// File systems overlayfs refuses as an upper layer ("not supported as upperdir"): an overlay over
// a remote file system, 9p and NFS (the test VM's /tmp is an overlay over 9p).
constexpr unsigned long kOverlayMagic = 0x794c7630;
constexpr unsigned long k9pMagic = 0x01021997;
constexpr unsigned long kNfsMagic = 0x6969;

// A directory the sandbox user may write into (the overlay's upper layer) and its work dir.
fs::path writable_dir(const Scratch& scratch, const std::string& name) {
  fs::create_directory(scratch.dir / name);
  fs::create_directory(scratch.dir / (name + ".work"));
  if (::geteuid() == 0) {
    REQUIRE(::chown((scratch.dir / name).c_str(), shared_sandbox()->sandbox_uid(),
                    shared_sandbox()->sandbox_gid()) == 0);
  }
  return scratch.dir / name;
}

}  // namespace

TEST_CASE("tmpfs sizes: the memory limit, /box bounded by what is read back", "[sandbox]") {
  CHECK(private_tmpfs_sizes(256ll << 20, 0).box_bytes == 256ll << 20);
  CHECK(private_tmpfs_sizes(256ll << 20, 0).tmp_bytes == 256ll << 20);
  CHECK(private_tmpfs_sizes(2ll << 30, 256ll << 20).box_bytes == 256ll << 20);
  CHECK(private_tmpfs_sizes(2ll << 30, 256ll << 20).tmp_bytes == 2ll << 30);
  CHECK(private_tmpfs_sizes(64ll << 20, 256ll << 20).box_bytes == 64ll << 20);
  CHECK(private_tmpfs_sizes(0, 0).tmp_bytes == judge::sandbox::kTmpfsBytesWithoutMemoryLimit);
}

TEST_CASE("a run's files, program files and writable folder name no host path in mountinfo",
          "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  fs::create_directory(scratch.dir / "program");
  fs::create_directory(scratch.dir / "files");
  std::ofstream(scratch.dir / "program" / "tool") << "from the program\n";
  std::ofstream(scratch.dir / "files" / "input") << "from the test\n";
  for (const char* file : {"program/tool", "files/input"}) {
    fs::permissions(scratch.dir / file, fs::perms(0644));
  }
  fs::permissions(scratch.dir / "program", fs::perms(0755));
  fs::permissions(scratch.dir / "files", fs::perms(0755));
  const fs::path feedback = writable_dir(scratch, "feedback");
  RunSpec spec = shell(
      "cat /box/tool /box/input; echo judged > /box/feedback/message; cat /proc/self/mountinfo",
      scratch);
  spec.box_contents = (scratch.dir / "program").string();
  spec.box_files = (scratch.dir / "files").string();
  spec.binds = {{feedback.string(), "/box/feedback", true, feedback.string() + ".work"}};
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  const std::string out = scratch.read("stdout");
  INFO(out);
  CHECK(out.rfind("from the program\nfrom the test\n", 0) == 0);
  CHECK(scratch.read("feedback/message") == "judged\n");
  CHECK(out.find("/.host") == std::string::npos);
  CHECK(out.find(scratch.dir.string() + "/program") == std::string::npos);
  CHECK(out.find(scratch.dir.string() + "/files") == std::string::npos);
  // The writable folder is an overlay, unless the scratch directory is on a file system the
  // kernel refuses as an upper layer (then a bind, whose mountinfo line names it).
  struct statfs where {};
  REQUIRE(::statfs(scratch.dir.c_str(), &where) == 0);
  const auto type = static_cast<unsigned long>(where.f_type);
  if (type == kOverlayMagic || type == k9pMagic || type == kNfsMagic) {
    WARN(scratch.dir << " is on a file system overlay refuses as upper layer: not checked");
  } else {
    CHECK(out.find(scratch.dir.string()) == std::string::npos);
    CHECK(out.find("judge-sandbox-test") == std::string::npos);
  }
}

TEST_CASE("system directories are read-only overlays and name no host path in mountinfo",
          "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const RunResult r = shared_sandbox()->run(
      shell("cat /proc/self/mountinfo; test -f /etc/ld.so.cache && echo ld.so.cache-is-a-file; "
            "touch /usr/hx 2>/dev/null || echo usr-read-only",
            scratch));
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  const std::string out = scratch.read("stdout");
  INFO(out);
  CHECK(out.find("usr-read-only") != std::string::npos);
  if (::access("/etc/ld.so.cache", R_OK) == 0) {
    // Copied into the sandbox's root: no mount of its own, whose line would name its host path.
    CHECK(out.find("ld.so.cache-is-a-file") != std::string::npos);
    CHECK(out.find(" /etc/ld.so.cache ") == std::string::npos);
  }
  utsname host{};
  REQUIRE(::uname(&host) == 0);
  int major = 0, minor = 0;
  std::sscanf(host.release, "%d.%d", &major, &minor);
  if (major < 5 || (major == 5 && minor < 11)) {
    WARN("kernel " << host.release << " refuses overlays in a user namespace: binds, not checked");
    return;
  }
  // The line of /usr: "ID PARENT MAJ:MIN ROOT MOUNT_POINT OPTIONS - TYPE SOURCE SUPER_OPTIONS".
  std::istringstream lines(out);
  std::string line;
  bool usr_seen = false;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string id, parent, dev, root, point, options, dash, type;
    fields >> id >> parent >> dev >> root >> point >> options;
    while (fields >> dash && dash != "-") {
    }
    fields >> type;
    if (point != "/usr") continue;
    usr_seen = true;
    CHECK(root == "/");
    CHECK(type == "overlay");
    CHECK(options.rfind("ro,", 0) == 0);
  }
  CHECK(usr_seen);
}

TEST_CASE("a program filling /tmp stops at the memory limit it is charged to", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // 1 MiB blocks into /tmp until something stops it, then how far it got.
  RunSpec spec = shell(
      "i=0; while head -c 1048576 /dev/zero > /tmp/f$i 2>/dev/null; do i=$((i+1)); done; "
      "echo $i",
      scratch);
  spec.limits.memory_bytes = 48ll << 20;
  // 48 runs of head: far from the CPU limit, even under emulation on a busy host.
  spec.limits.cpu_time_ms = 30'000;
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text << scratch.read("stdout") << " signal " << r.signal
                     << (r.cpu_limit_exceeded ? " (CPU limit)" : "")
                     << (r.wall_limit_exceeded ? " (wall limit)" : ""));
  REQUIRE(r.termination != Termination::kSetupFailed);
  if (r.backend == "rlimit") {
    // Not charged to the run: the tmpfs size alone stops it, at the memory limit.
    CHECK(std::stoll(scratch.read("stdout")) <= 48);
    return;
  }
  // Charged to the run's cgroup: the OOM killer, or ENOSPC near the limit, never more.
  if (r.memory_limit_exceeded) {
    CHECK(r.peak_memory_bytes >= 40ll << 20);
  } else {
    REQUIRE(r.termination == Termination::kExited);
    const long long written = std::stoll(scratch.read("stdout"));
    CHECK(written >= 32);
    CHECK(written <= 48);
  }
}
