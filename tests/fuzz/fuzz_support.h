// What the harnesses share: a scratch directory for parsers that read files, and the property
// every parser of untrusted bytes must have (bad input is a ConfigError, never another exception).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <typeinfo>

#include "util/error.h"

namespace judge::fuzz {

// A directory of this process (libFuzzer's -fork and -jobs modes run several), removed at exit.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    // In memory when the machine has /dev/shm: every input is written once per run.
    const char* base = std::getenv("TMPDIR");
    std::string dir = base != nullptr && *base != '\0' ? base : "/tmp";
    if (base == nullptr && std::filesystem::is_directory("/dev/shm")) dir = "/dev/shm";
    std::string pattern = dir + "/judge-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch_dir(), ignored);
    });
    return std::filesystem::path(pattern);
  }();
  return dir;
}

inline void write_file(const std::filesystem::path& path, const std::uint8_t* data,
                       std::size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  if (!out) {
    std::perror(path.c_str());
    std::abort();
  }
}

[[noreturn]] inline void property_failed(const char* property, const std::string& detail) {
  std::fprintf(stderr, "\nPROPERTY FAILED: %s\n%s\n", property, detail.c_str());
  std::abort();
}

inline void check(bool holds, const char* property, const std::string& detail = "") {
  if (!holds) property_failed(property, detail);
}

// Runs parse(); a ConfigError is the expected way to refuse bad input, and it must name the file.
// Any other exception (yaml-cpp's, std::out_of_range, std::regex_error...) is a finding.
template <typename Parse>
void expect_only_config_errors(const std::string& file, Parse parse) {
  try {
    parse();
  } catch (const ConfigError& e) {
    check(e.file() == file, "a ConfigError names the file it is about",
          "file: '" + e.file() + "', expected '" + file + "'; message: " + e.what());
  } catch (const std::exception& e) {
    property_failed("parse errors are ConfigError",
                    std::string(typeid(e).name()) + ": " + e.what());
  }
}

}  // namespace judge::fuzz
