// toolchain_version(): the host toolchain's version banner, cached for the process.
#include <map>
#include <mutex>

#include "lang/language.h"
#include "lang/version_command.h"

namespace judge::lang {

namespace {
// Long enough for a cold JVM (javac -version) on a loaded machine, short enough that a hung
// toolchain does not stall the judge.
constexpr std::chrono::seconds kVersionTimeout{20};
}  // namespace

std::optional<std::string> toolchain_version(const Language& language) {
  // Keyed by the command, not the id: two registries may give one id different toolchains.
  static std::mutex mutex;
  static std::map<Template, std::optional<std::string>> cache;

  const std::lock_guard<std::mutex> lock(mutex);
  const auto cached = cache.find(language.version_command);
  if (cached != cache.end()) return cached->second;
  std::optional<std::string> version =
      detail::run_version_command(language.version_command, kVersionTimeout);
  cache.emplace(language.version_command, version);
  return version;
}

}  // namespace judge::lang
