#include "judge/display_bytes.h"

#include <cstdio>

#include "util/utf8.h"

namespace judge {

std::string display_bytes(std::string_view bytes, std::size_t max_length, bool more_follows) {
  std::string out;
  std::size_t i = 0;
  // Cut by displayed length, not by input bytes: an escape takes up to six characters.
  while (i < bytes.size() && out.size() < max_length) {
    const utf8::CodePoint cp = utf8::decode(bytes, i);
    if (!cp.valid) {
      // The byte's value, not U+FFFD: two differing invalid tokens must not look the same.
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(bytes[i]));
      out += buffer;
    } else if (utf8::is_hidden_control(cp.value)) {
      out += utf8::escape(cp.value);
    } else {
      out += bytes.substr(i, cp.length);
    }
    i += cp.length;
  }
  if (more_follows || i < bytes.size()) out += "...";
  return out;
}

}  // namespace judge
