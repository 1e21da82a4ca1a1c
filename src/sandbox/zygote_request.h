// The request the judge sends the zygote for one run, as one flat byte buffer.
//
// The judge encodes (and may allocate); the zygote decodes in place into fixed arrays, without
// allocating, because the zygote is a clone of the judge that never execs (see linux_sandbox.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "sandbox/private_tmpfs.h"
#include "sandbox/run_spec.h"

namespace judge::sandbox {

inline constexpr std::size_t kMaxRequestBytes = 256 * 1024;
inline constexpr std::size_t kMaxArgs = 1024;
inline constexpr std::size_t kMaxEnv = 512;
inline constexpr std::size_t kMaxBinds = 128;

// Resource limits the program's process sets on itself with setrlimit before exec.
struct ProcessLimits {
  std::int64_t cpu_seconds =
      0;  // RLIMIT_CPU soft limit, the backstop behind cgroup polling; 0 = none
  std::int64_t file_size = 0;   // RLIMIT_FSIZE; 0 = none
  std::int64_t open_files = 0;  // RLIMIT_NOFILE
  std::int64_t stack = 0;       // RLIMIT_STACK; 0 = unlimited
  std::int64_t data = 0;        // RLIMIT_DATA, only without a cgroup; 0 = none
  std::int64_t processes = 0;   // RLIMIT_NPROC, only without a cgroup; 0 = none
  std::int64_t cpu = -1;        // the only CPU it may run on (RunSpec::cpu); -1 = the judge's
};

struct RequestHeader {
  std::uint32_t magic;
  std::uint32_t argc;
  std::uint32_t envc;
  std::uint32_t bindc;
  std::int64_t box_bytes;  // tmpfs sizes (private_tmpfs.h)
  std::int64_t tmp_bytes;
  ProcessLimits limits;
  std::uint32_t flags;
};

inline constexpr std::uint32_t kRequestMagic = 0x6a756467;      // "judg"
inline constexpr std::uint32_t kFlagCgroupNamespace = 1u << 0;  // the run has its own cgroup
// The init hands the judge a descriptor of the run's /box after the run (RunSpec::hand_back_box).
inline constexpr std::uint32_t kFlagHandBackBox = 1u << 1;
// The run's only mount from the host is /box's contents, the same for every run of its shape:
// the init mounts it and detaches the host root before the request comes (InitShape).
inline constexpr std::uint32_t kFlagEarlyBox = 1u << 2;

// kBoxContents: RunSpec::box_contents, the lower layer of /box (an overlay, not a bind), with
// RunSpec::box_files as `extra`. A writable kDirectory is an overlay too, Bind::work_path `extra`.
enum class BindKind : char { kFile = 'f', kDirectory = 'd', kBoxContents = 'o' };

struct DecodedBind {
  const char* host_path;
  const char* sandbox_path;
  const char* extra;
  bool writable;
  BindKind kind;
};

// Pointers into the buffer it was decoded from.
struct DecodedRequest {
  RequestHeader header;
  const char* cwd;
  char* argv[kMaxArgs + 1];
  char* envp[kMaxEnv + 1];
  DecodedBind binds[kMaxBinds];
};

// Encodes a request. Bind kinds are taken from the host (stat); a missing host path or a request
// over the fixed limits throws InternalError.
std::string encode_request(const RunSpec& spec, const ProcessLimits& limits,
                           const PrivateTmpfsSizes& tmpfs, std::uint32_t flags);

// Decodes in place (the strings are NUL-terminated inside `buffer`). Returns false on a malformed
// buffer. Allocation-free.
bool decode_request(char* buffer, std::size_t size, DecodedRequest* out);

}  // namespace judge::sandbox
