// Reads and validates one languages/<id>.yaml. The field reference is languages/c.yaml.
#pragma once

#include <filesystem>

#include "lang/language.h"

namespace judge::lang::detail {

// Throws ConfigError(file, field, ...) for any missing, mistyped or inconsistent field.
Language parse_language_file(const std::filesystem::path& file);

}  // namespace judge::lang::detail
