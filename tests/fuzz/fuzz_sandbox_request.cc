// The sandbox request: the zygote and each run's init decode it, without allocating, from bytes
// the judge sent over a socket; and the record the init reports back (child_protocol.h). The
// first input byte picks the mode (modulo 3):
//   0: the rest is decoded as received bytes. Properties: a request that decodes has counts
//      within the fixed limits, terminated argv and envp, and every string inside the buffer;
//   1: the rest describes a RunSpec that is encoded, then decoded. Properties: encoding either
//      works or throws InternalError; what was encoded decodes to the same request; no strict
//      prefix of it decodes, and nor does it with one byte more;
//   2: the rest is a ChildRecord as read from the status pipe. Property: any step, errno and
//      syscall number/architecture renders to a name (no out-of-range lookup).
// With JUDGE_FUZZ_WRITE_SEEDS=DIR it writes seeds there instead (requests such as the judge sends
// for a compile and a test run) and exits: tests/fuzz/run.sh starts the corpus with them.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "sandbox/child_protocol.h"
#include "sandbox/seccomp_policy.h"
#include "sandbox/zygote_request.h"

namespace {

using namespace judge;
using namespace judge::sandbox;

bool inside(const char* p, const char* buffer, std::size_t size) {
  return p != nullptr && p >= buffer && p < buffer + size &&
         std::memchr(p, '\0', static_cast<std::size_t>(buffer + size - p)) != nullptr;
}

void check_decoded(const DecodedRequest& r, const char* buffer, std::size_t size) {
  const RequestHeader& h = r.header;
  fuzz::check(h.magic == kRequestMagic && h.argc >= 1 && h.argc <= kMaxArgs && h.envc <= kMaxEnv &&
                  h.bindc <= kMaxBinds,
              "a decoded request is within the fixed limits");
  fuzz::check(inside(r.cwd, buffer, size), "the decoded cwd is inside the buffer");
  for (std::uint32_t i = 0; i < h.argc; ++i) {
    fuzz::check(inside(r.argv[i], buffer, size), "decoded arguments are inside the buffer");
  }
  fuzz::check(r.argv[h.argc] == nullptr, "the decoded argv ends with nullptr");
  for (std::uint32_t i = 0; i < h.envc; ++i) {
    fuzz::check(inside(r.envp[i], buffer, size), "decoded variables are inside the buffer");
  }
  fuzz::check(r.envp[h.envc] == nullptr, "the decoded envp ends with nullptr");
  for (std::uint32_t i = 0; i < h.bindc; ++i) {
    const DecodedBind& b = r.binds[i];
    fuzz::check(inside(b.host_path, buffer, size) && inside(b.sandbox_path, buffer, size) &&
                    inside(b.extra, buffer, size),
                "decoded bind paths are inside the buffer");
    fuzz::check(b.kind == BindKind::kFile || b.kind == BindKind::kDirectory ||
                    b.kind == BindKind::kBoxContents,
                "a decoded bind is a file, a directory or a layer of /box's contents");
  }
}

// A copy of the bytes exactly as long as they are, so ASan sees any read past the end, and what
// was decoded from it (pointing into it).
struct Decoded {
  std::unique_ptr<char[]> buffer;
  std::unique_ptr<DecodedRequest> request = std::make_unique<DecodedRequest>();
  bool ok = false;
};

Decoded decode(const char* bytes, std::size_t size) {
  Decoded d;
  d.buffer.reset(new char[size == 0 ? 1 : size]);
  if (size > 0) std::memcpy(d.buffer.get(), bytes, size);
  d.ok = decode_request(d.buffer.get(), size, d.request.get());
  if (d.ok) check_decoded(*d.request, d.buffer.get(), size);
  return d;
}

std::string fuzz_string(FuzzedDataProvider& in) {
  // Mostly short strings; sometimes long ones, to reach the size limit.
  const std::size_t length = in.ConsumeBool() ? in.ConsumeIntegralInRange<std::size_t>(0, 16)
                                              : in.ConsumeIntegralInRange<std::size_t>(0, 4096);
  return in.ConsumeBytesAsString(length);
}

RunSpec fuzz_spec(FuzzedDataProvider& in) {
  RunSpec spec;
  spec.cwd = fuzz_string(in);
  const std::size_t argc = in.ConsumeIntegralInRange<std::size_t>(0, kMaxArgs + 2);
  for (std::size_t i = 0; i < argc && in.remaining_bytes() > 0; ++i) {
    spec.argv.push_back(fuzz_string(in));
  }
  const std::size_t envc = in.ConsumeIntegralInRange<std::size_t>(0, 8);
  for (std::size_t i = 0; i < envc; ++i) spec.env.push_back(fuzz_string(in));
  // Host paths that exist, so the encoder's stat succeeds: a file and a directory.
  const std::size_t bindc = in.ConsumeIntegralInRange<std::size_t>(0, kMaxBinds + 1);
  for (std::size_t i = 0; i < bindc && in.remaining_bytes() > 0; ++i) {
    Bind bind;
    bind.host_path = in.ConsumeBool() ? "/dev/null" : "/";
    bind.sandbox_path = in.ConsumeBool() ? "/box/" + fuzz_string(in) : fuzz_string(in);
    bind.writable = in.ConsumeBool();
    if (in.ConsumeBool()) bind.work_path = "/tmp";
    spec.binds.push_back(bind);
  }
  return spec;
}

void check_round_trip(FuzzedDataProvider& in) {
  const RunSpec spec = fuzz_spec(in);
  ProcessLimits limits;
  limits.cpu_seconds = in.ConsumeIntegral<std::int64_t>();
  limits.file_size = in.ConsumeIntegral<std::int64_t>();
  limits.stack = in.ConsumeIntegral<std::int64_t>();
  PrivateTmpfsSizes tmpfs;
  tmpfs.box_bytes = in.ConsumeIntegral<std::int64_t>();
  tmpfs.tmp_bytes = in.ConsumeIntegral<std::int64_t>();
  const std::uint32_t flags = in.ConsumeIntegral<std::uint32_t>();
  std::string encoded;
  try {
    encoded = encode_request(spec, limits, tmpfs, flags);
  } catch (const InternalError&) {
    return;  // NUL bytes, relative targets, over the limits: refused by the judge side
  }
  const Decoded d = decode(encoded.data(), encoded.size());
  fuzz::check(d.ok, "an encoded request decodes");
  const DecodedRequest* decoded = d.request.get();
  const RequestHeader& h = decoded->header;
  fuzz::check(h.argc == spec.argv.size() && h.envc == spec.env.size() &&
                  h.bindc == spec.binds.size() && h.box_bytes == tmpfs.box_bytes &&
                  h.tmp_bytes == tmpfs.tmp_bytes && h.flags == flags &&
                  h.limits.cpu_seconds == limits.cpu_seconds &&
                  h.limits.file_size == limits.file_size && h.limits.stack == limits.stack,
              "the decoded header is the encoded one");
  fuzz::check(decoded->cwd == (spec.cwd.empty() ? std::string("/box") : spec.cwd),
              "the cwd round-trips");
  for (std::size_t i = 0; i < spec.argv.size(); ++i) {
    fuzz::check(decoded->argv[i] == spec.argv[i], "arguments round-trip", spec.argv[i]);
  }
  for (std::size_t i = 0; i < spec.env.size(); ++i) {
    fuzz::check(decoded->envp[i] == spec.env[i], "variables round-trip", spec.env[i]);
  }
  for (std::size_t i = 0; i < spec.binds.size(); ++i) {
    const DecodedBind& b = decoded->binds[i];
    const Bind& want = spec.binds[i];
    const BindKind kind = want.host_path == "/" ? BindKind::kDirectory : BindKind::kFile;
    fuzz::check(b.host_path == want.host_path && b.sandbox_path == want.sandbox_path &&
                    b.writable == want.writable && b.kind == kind && b.extra == want.work_path,
                "binds round-trip", want.sandbox_path);
  }
  // Truncated anywhere, or with a byte more, it is refused.
  const std::size_t cut = in.ConsumeIntegralInRange<std::size_t>(0, encoded.size() - 1);
  fuzz::check(!decode(encoded.data(), cut).ok, "a truncated request is refused",
              std::to_string(cut) + " of " + std::to_string(encoded.size()) + " bytes");
  const std::string longer = encoded + static_cast<char>(in.ConsumeIntegral<char>());
  fuzz::check(!decode(longer.data(), longer.size()).ok, "a request with trailing bytes is refused");
}

void check_record(const std::uint8_t* data, std::size_t size) {
  ChildRecord record{};
  std::memcpy(&record, data, std::min(size, sizeof record));
  const char* step = step_name(record.step);
  fuzz::check(step != nullptr && *step != '\0', "every step has a name");
  fuzz::check(std::strerror(record.error) != nullptr, "every errno renders");
  fuzz::check(!syscall_name(record.blocked_syscall, record.blocked_arch).empty(),
              "every syscall number renders to a name");
}

void write_seed(const std::string& dir, const std::string& name, char mode,
                const std::string& request) {
  const std::string bytes = mode + request;
  fuzz::write_file(std::filesystem::path(dir) / name,
                   reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

void write_seeds(const std::string& dir) {
  RunSpec compile;
  compile.argv = {"/usr/bin/g++", "-O2", "-std=gnu++20", "-o", "/box/main", "/box/main.cpp"};
  compile.env = {"PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8"};
  compile.binds = {{"/dev/null", "/box/main.cpp", false}};
  ProcessLimits limits;
  limits.cpu_seconds = 31;
  limits.file_size = 64ll << 20;
  limits.open_files = 256;
  write_seed(dir, "compile", 0, encode_request(compile, limits, {256ll << 20, 1ll << 30}, 0));
  RunSpec test;
  test.argv = {"/box/main"};
  test.binds = {{"/dev/null", "/box/main", false}, {"/", "/box/feedback", true, "/tmp"}};
  write_seed(dir, "test", 0,
             encode_request(test, limits, {256ll << 20, 256ll << 20}, kFlagCgroupNamespace));
  RunSpec minimal;
  minimal.argv = {"/bin/true"};
  write_seed(dir, "minimal", 0, encode_request(minimal, {}, {}, 0));
  ChildRecord finished{};
  finished.kind = RecordKind::kFinished;
  finished.blocked_syscall = 101;      // ptrace
  finished.blocked_arch = 0xc000003e;  // AUDIT_ARCH_X86_64
  write_seed(dir, "record", 2,
             std::string(reinterpret_cast<const char*>(&finished), sizeof finished));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (const char* dir = std::getenv("JUDGE_FUZZ_WRITE_SEEDS")) {
    write_seeds(dir);
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  switch (data[0] % 3) {
    case 0:
      decode(reinterpret_cast<const char*>(data + 1), size - 1);
      break;
    case 1: {
      FuzzedDataProvider in(data + 1, size - 1);
      check_round_trip(in);
      break;
    }
    default:
      check_record(data + 1, size - 1);
  }
  return 0;
}
