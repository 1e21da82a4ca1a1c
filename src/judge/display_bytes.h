// Bytes from a program's output made safe to show in one line of a report: terminals, JSON and
// JUnit XML all need valid UTF-8 without control characters, and an output can hold anything.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace judge {

// `bytes` with hidden controls escaped by the policy of util/utf8.h (\n, \0, \x1b, \u202e) and
// bytes that are not valid UTF-8 as \xNN, cut (between characters) once about `max_length`
// characters are shown, and "..." appended when something was cut or `more_follows` (the caller
// kept only a prefix).
std::string display_bytes(std::string_view bytes, std::size_t max_length = 60,
                          bool more_follows = false);

}  // namespace judge
