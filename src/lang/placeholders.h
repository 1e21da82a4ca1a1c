// The placeholder syntax of argv templates ("{source}", "{{" for a literal brace), shared by the
// registry (which validates templates when a language file is loaded) and expand_template().
#pragma once

#include <array>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace judge::lang::detail {

inline constexpr std::array<std::string_view, 6> kPlaceholders = {
    "source", "binary", "main", "memory_mb", "stack_mb", "sources"};

bool is_known_placeholder(std::string_view name);
std::string known_placeholders_list();  // "{source}, {binary}, ..." for error messages

// A "{" without its "}", a stray "}", or an empty "{}".
class TemplateSyntaxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Copies `arg`, replacing each {name} with value_of(name) and "{{" / "}}" with one brace.
// value_of may throw to reject a name.
std::string substitute(std::string_view arg,
                       const std::function<std::string(std::string_view name)>& value_of);

}  // namespace judge::lang::detail
