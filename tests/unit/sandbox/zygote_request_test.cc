// The sandbox request decoder (zygote_request.h): what the zygote and each run's init read from
// the judge. Valid requests round-trip; truncated, oversized and malformed ones are refused, and
// decoding never allocates (it runs in a clone of the judge that must not touch the heap).
#include "sandbox/zygote_request.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "util/error.h"

namespace {

// Counts this thread's calls to operator new, so a test can show a piece of code never allocates.
thread_local long t_allocations = 0;

}  // namespace

// ASan has its own operator new and reports our free() of its pointers as a mismatch, so the
// counting operators (and with them the allocation checks) exist only in the plain build.
#ifndef __SANITIZE_ADDRESS__
void* operator new(std::size_t size) {
  ++t_allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// gcc takes the free() below for one of a `new` pointer; here it is what operator new returned.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
#pragma GCC diagnostic pop
#endif

namespace judge::sandbox {
namespace {

RunSpec sample_spec() {
  RunSpec spec;
  spec.argv = {"/usr/bin/python3", "-S", "/box/main.py", ""};
  spec.env = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
  spec.cwd = "/box/work";
  spec.binds = {{"/dev/null", "/box/input", false}, {"/", "/box/data", true, "/tmp"}};
  return spec;
}

ProcessLimits sample_limits() {
  ProcessLimits limits;
  limits.cpu_seconds = 3;
  limits.file_size = 64ll << 20;
  limits.open_files = 256;
  limits.stack = -1;
  limits.data = 1ll << 40;
  limits.processes = 64;
  return limits;
}

// Decodes from a buffer of exactly `bytes.size()` bytes (ASan sees any read past it), counting
// the allocations made while decoding.
struct Decoded {
  bool ok = false;
  long allocations = 0;
  std::unique_ptr<char[]> buffer;
  std::unique_ptr<DecodedRequest> request = std::make_unique<DecodedRequest>();
};

Decoded decode(const std::string& bytes) {
  Decoded d;
  d.buffer = std::make_unique<char[]>(bytes.size() + (bytes.empty() ? 1 : 0));
  std::memcpy(d.buffer.get(), bytes.data(), bytes.size());
  const long before = t_allocations;
  d.ok = decode_request(d.buffer.get(), bytes.size(), d.request.get());
  d.allocations = t_allocations - before;
  return d;
}

RequestHeader header_of(const std::string& bytes) {
  RequestHeader h{};
  std::memcpy(&h, bytes.data(), sizeof h);
  return h;
}

std::string with_header(std::string bytes, const RequestHeader& h) {
  std::memcpy(bytes.data(), &h, sizeof h);
  return bytes;
}

TEST_CASE("a valid request round-trips through encode and decode", "[zygote_request]") {
  const RunSpec spec = sample_spec();
  const std::string bytes =
      encode_request(spec, sample_limits(), {64ll << 20, 32ll << 20}, kFlagCgroupNamespace);
  const Decoded d = decode(bytes);
  REQUIRE(d.ok);
  CHECK(d.allocations == 0);
  const DecodedRequest& r = *d.request;
  CHECK(r.header.argc == 4);
  CHECK(r.header.envc == 2);
  CHECK(r.header.bindc == 2);
  CHECK(r.header.box_bytes == 64ll << 20);
  CHECK(r.header.tmp_bytes == 32ll << 20);
  CHECK(r.header.flags == kFlagCgroupNamespace);
  CHECK(r.header.limits.cpu_seconds == 3);
  CHECK(r.header.limits.stack == -1);
  CHECK(r.header.limits.data == 1ll << 40);
  CHECK(std::string(r.cwd) == "/box/work");
  for (std::size_t i = 0; i < spec.argv.size(); ++i) CHECK(r.argv[i] == spec.argv[i]);
  CHECK(r.argv[4] == nullptr);
  CHECK(std::string(r.envp[0]) == "PATH=/usr/bin:/bin");
  CHECK(std::string(r.envp[1]) == "LANG=C.UTF-8");
  CHECK(r.envp[2] == nullptr);
  CHECK(std::string(r.binds[0].host_path) == "/dev/null");
  CHECK(std::string(r.binds[0].sandbox_path) == "/box/input");
  CHECK_FALSE(r.binds[0].writable);
  CHECK(r.binds[0].kind == BindKind::kFile);
  CHECK(std::string(r.binds[1].sandbox_path) == "/box/data");
  CHECK(r.binds[1].writable);
  CHECK(r.binds[1].kind == BindKind::kDirectory);
  CHECK(std::string(r.binds[1].extra) == "/tmp");  // the overlay's work directory
}

TEST_CASE("an empty cwd is sent as /box", "[zygote_request]") {
  RunSpec spec = sample_spec();
  spec.cwd.clear();
  const Decoded d = decode(encode_request(spec, {}, {}, 0));
  REQUIRE(d.ok);
  CHECK(std::string(d.request->cwd) == "/box");
}

TEST_CASE("requests at the fixed limits round-trip", "[zygote_request]") {
  RunSpec spec;
  for (std::size_t i = 0; i < kMaxArgs; ++i) spec.argv.push_back("a" + std::to_string(i));
  for (std::size_t i = 0; i < kMaxEnv; ++i) spec.env.push_back("V" + std::to_string(i) + "=1");
  for (std::size_t i = 0; i < kMaxBinds; ++i) {
    spec.binds.push_back({"/dev/null", "/box/f" + std::to_string(i), false});
  }
  const Decoded d = decode(encode_request(spec, {}, {}, 0));
  REQUIRE(d.ok);
  CHECK(d.allocations == 0);
  CHECK(std::string(d.request->argv[kMaxArgs - 1]) == "a1023");
  CHECK(d.request->argv[kMaxArgs] == nullptr);
  CHECK(d.request->envp[kMaxEnv] == nullptr);
  CHECK(std::string(d.request->binds[kMaxBinds - 1].sandbox_path) == "/box/f127");
}

TEST_CASE("every truncation of a valid request is refused", "[zygote_request]") {
  const std::string bytes = encode_request(sample_spec(), sample_limits(), {1 << 20, 1 << 20}, 0);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    const Decoded d = decode(bytes.substr(0, cut));
    INFO("cut at " << cut << " of " << bytes.size());
    CHECK_FALSE(d.ok);
    CHECK(d.allocations == 0);
  }
}

TEST_CASE("trailing bytes after a valid request are refused", "[zygote_request]") {
  const std::string bytes = encode_request(sample_spec(), sample_limits(), {}, 0);
  CHECK_FALSE(decode(bytes + '\0').ok);
  CHECK_FALSE(decode(bytes + "x").ok);
}

TEST_CASE("counts over the fixed limits are refused before any string is read",
          "[zygote_request]") {
  const std::string bytes = encode_request(sample_spec(), sample_limits(), {}, 0);
  RequestHeader h = header_of(bytes);
  SECTION("no program") {
    h.argc = 0;
  }
  SECTION("too many arguments") {
    h.argc = kMaxArgs + 1;
  }
  SECTION("argc wrapping around") {
    h.argc = 0xffffffffu;
  }
  SECTION("too many variables") {
    h.envc = kMaxEnv + 1;
  }
  SECTION("too many binds") {
    h.bindc = kMaxBinds + 1;
  }
  SECTION("wrong magic") {
    h.magic = kRequestMagic ^ 1;
  }
  const Decoded d = decode(with_header(bytes, h));
  CHECK_FALSE(d.ok);
  CHECK(d.allocations == 0);
}

TEST_CASE("counts that promise more strings than the buffer holds are refused",
          "[zygote_request]") {
  const std::string bytes = encode_request(sample_spec(), sample_limits(), {}, 0);
  RequestHeader h = header_of(bytes);
  SECTION("one argument more") {
    h.argc += 1;
  }
  SECTION("one variable more") {
    h.envc += 1;
  }
  SECTION("one bind more") {
    h.bindc += 1;
  }
  SECTION("one argument fewer: the strings no longer end where the buffer does") {
    h.argc -= 1;
  }
  CHECK_FALSE(decode(with_header(bytes, h)).ok);
}

TEST_CASE("malformed bind modes are refused", "[zygote_request]") {
  RunSpec spec;
  spec.argv = {"/bin/true"};
  spec.binds = {{"/dev/null", "/box/in", false}};
  const std::string bytes = encode_request(spec, {}, {}, 0);
  // The request ends with the bind's mode and its (empty) work directory: "rf\0\0".
  REQUIRE(bytes.substr(bytes.size() - 4) == std::string("rf\0\0", 4));
  const std::string head = bytes.substr(0, bytes.size() - 4);
  CHECK(decode(head + std::string("wd\0\0", 4)).ok);
  CHECK_FALSE(decode(head + std::string("rx\0\0", 4)).ok);   // unknown kind
  CHECK_FALSE(decode(head + std::string("r\0\0", 3)).ok);    // too short
  CHECK_FALSE(decode(head + std::string("rff\0\0", 5)).ok);  // too long
  CHECK_FALSE(decode(head + std::string("\0\0", 2)).ok);     // empty
  CHECK_FALSE(decode(head + std::string("rf\0", 3)).ok);     // no work directory
}

TEST_CASE("a buffer shorter than the header or without NUL terminators is refused",
          "[zygote_request]") {
  CHECK_FALSE(decode("").ok);
  CHECK_FALSE(decode(std::string(sizeof(RequestHeader) - 1, '\0')).ok);
  const std::string bytes = encode_request(sample_spec(), sample_limits(), {}, 0);
  std::string no_nul = bytes;
  for (std::size_t i = sizeof(RequestHeader); i < no_nul.size(); ++i) {
    if (no_nul[i] == '\0') no_nul[i] = 'x';
  }
  const Decoded d = decode(no_nul);
  CHECK_FALSE(d.ok);
  CHECK(d.allocations == 0);
}

TEST_CASE("the encoder refuses what the decoder could not take", "[zygote_request]") {
  RunSpec spec = sample_spec();
  SECTION("no argv") {
    spec.argv.clear();
  }
  SECTION("too many arguments") {
    spec.argv.resize(kMaxArgs + 1, "x");
  }
  SECTION("too many variables") {
    spec.env.resize(kMaxEnv + 1, "X=1");
  }
  SECTION("too many binds") {
    spec.binds.resize(kMaxBinds + 1, {"/dev/null", "/box/x", false});
  }
  SECTION("a NUL byte inside an argument") {
    spec.argv[1] = std::string("a\0b", 3);
  }
  SECTION("a relative bind target") {
    spec.binds[0].sandbox_path = "box/input";
  }
  SECTION("a missing host path") {
    spec.binds[0].host_path = "/nonexistent/judge-test";
  }
  SECTION("more bytes than the zygote's buffer") {
    spec.argv.push_back(std::string(kMaxRequestBytes, 'a'));
  }
  CHECK_THROWS_AS(encode_request(spec, {}, {}, 0), InternalError);
}

TEST_CASE("the largest request the encoder takes fits the zygote's buffer", "[zygote_request]") {
  RunSpec spec;
  spec.argv = {"/bin/true"};
  const std::string base = encode_request(spec, {}, {}, 0);
  spec.argv.push_back(std::string(kMaxRequestBytes - base.size() - 1, 'a'));
  const std::string bytes = encode_request(spec, {}, {}, 0);
  CHECK(bytes.size() == kMaxRequestBytes);
  CHECK(decode(bytes).ok);
}

}  // namespace
}  // namespace judge::sandbox
