// Cutting program-produced text (compiler output, validator messages, excerpts) down to what a
// report can show. The bytes are kept as they are: reporters make them printable, so escaping
// here would escape twice.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace judge {

// At most max_bytes bytes of the file's beginning ("" if it cannot be read: a program that wrote
// nothing, or never ran, has no output to show). Read under the rules of read_untrusted_file: a
// link or a FIFO in the file's place reads as "".
std::string read_prefix(const std::filesystem::path& file, std::size_t max_bytes);

// The first max_lines lines and at most max_bytes bytes of text, cut on a UTF-8 character
// boundary; when anything was left out a final line "..." says so.
std::string head_lines(std::string_view text, std::size_t max_lines, std::size_t max_bytes);

}  // namespace judge
