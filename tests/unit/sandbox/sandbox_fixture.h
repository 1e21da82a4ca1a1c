// Shared by the tests that run real programs in the real sandbox: one sandbox per test binary (as
// one judge run has), scratch directories the sandbox user can read, and run specs.
//
// These tests need user namespaces; on a machine without them they SKIP with the reason
// (JUDGE_SANDBOX_MUST_WORK=1 turns that into a failure, as CI sets it).
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox_fixture {

namespace fs = std::filesystem;
using judge::sandbox::RunSpec;
using judge::sandbox::Sandbox;

// One sandbox for the whole test binary, as a judge run would have.
inline Sandbox* shared_sandbox() {
  static std::unique_ptr<Sandbox> sandbox = [] {
    ::setenv("JUDGE_DATA_DIR", JUDGE_SOURCE_DIR, 0);
    return judge::sandbox::make_sandbox({});
  }();
  return sandbox.get();
}

// A scratch directory reachable by the sandbox's unprivileged user.
struct Scratch {
  fs::path dir;
  Scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpl =
        std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/judge-sandbox-test-XXXXXX";
    dir = ::mkdtemp(tmpl.data());
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  fs::path write(const std::string& name, const std::string& content) const {
    std::ofstream(dir / name) << content;
    fs::permissions(dir / name, fs::perms::owner_read | fs::perms::owner_write |
                                    fs::perms::group_read | fs::perms::others_read);
    return dir / name;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir / name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
};

// Compiles a C program statically into the scratch dir; returns the host path.
inline fs::path compile_c(const Scratch& scratch, const std::string& name,
                          const std::string& source) {
  const fs::path src = scratch.write(name + ".c", source);
  const fs::path bin = scratch.dir / name;
  const std::string cmd = "cc -O2 -static -o " + bin.string() + " " + src.string() + " 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  fs::permissions(bin, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  return bin;
}

// The CPU limit of a test program that is not about limits: under emulation on a busy host
// (JUDGE_TEST_EMULATED=1, set by the VM suite under TCG) a dozen short processes take seconds.
inline std::int64_t roomy_cpu_ms() {
  const char* emulated = std::getenv("JUDGE_TEST_EMULATED");
  return emulated != nullptr && std::string(emulated) == "1" ? 60'000 : 5000;
}

inline RunSpec shell(const std::string& script, const Scratch& scratch) {
  RunSpec spec;
  spec.argv = {"/bin/sh", "-c", script};
  spec.env = {"PATH=/usr/bin:/bin"};
  spec.stdout_path = (scratch.dir / "stdout").string();
  spec.limits.cpu_time_ms = roomy_cpu_ms();
  spec.limits.memory_bytes = 256ll << 20;
  return spec;
}

inline RunSpec program(const fs::path& binary, const Scratch& scratch) {
  RunSpec spec;
  spec.argv = {"/box/prog"};
  spec.binds = {{binary.string(), "/box/prog", false}};
  spec.stdout_path = (scratch.dir / "stdout").string();
  spec.limits.cpu_time_ms = roomy_cpu_ms();
  spec.limits.memory_bytes = 256ll << 20;
  return spec;
}

inline std::string join_numbers(const std::vector<std::int64_t>& values) {
  std::string out;
  for (std::int64_t v : values) out += (out.empty() ? "" : " ") + std::to_string(v);
  return out;
}

inline bool sandbox_available(std::string* why) {
  try {
    shared_sandbox();
    return true;
  } catch (const std::exception& e) {
    *why = e.what();
    return false;
  }
}

}  // namespace sandbox_fixture

#define REQUIRE_SANDBOX()                                                   \
  do {                                                                      \
    std::string why_not;                                                    \
    if (!sandbox_fixture::sandbox_available(&why_not)) {                    \
      if (std::getenv("JUDGE_SANDBOX_MUST_WORK") != nullptr) FAIL(why_not); \
      WARN("SKIP: no sandbox on this machine: " << why_not);                \
      return;                                                               \
    }                                                                       \
  } while (0)
