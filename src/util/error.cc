#include "util/error.h"

#include <cerrno>
#include <cstring>

namespace judge {

namespace {
std::string join_location(const std::string& file, const std::string& field,
                          const std::string& message) {
  std::string out;
  if (!file.empty()) out += file + ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}
}  // namespace

ConfigError::ConfigError(std::string file, std::string field, std::string message)
    : std::runtime_error(join_location(file, field, message)),
      file_(std::move(file)),
      field_(std::move(field)) {}

ConfigError::ConfigError(std::string message) : std::runtime_error(std::move(message)) {}

void throw_errno(const std::string& operation, const std::string& path) {
  throw_errno(operation, path, errno);
}

void throw_errno(const std::string& operation, const std::string& path, int err) {
  std::string what = operation;
  if (!path.empty()) what += "(" + path + ")";
  throw InternalError(what + ": " + std::strerror(err));
}

}  // namespace judge
