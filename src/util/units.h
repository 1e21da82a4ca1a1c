// Human units for limits: durations ("2s", "1500ms", "0.5s") and sizes ("256m", "1g", "64k",
// "512MiB"). Parsing never guesses: a bare number is rejected with a hint, because "256" could
// mean bytes or MiB and a wrong guess silently changes the limit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace judge::units {

// Milliseconds, or nullopt when the text is not a duration. Accepts us, ms, s, m (minutes), h
// with an optional fractional part: "2s", "1.5s", "1500ms", "250us" (rounded up to whole ms).
std::optional<std::int64_t> parse_duration_ms(std::string_view text);

// Bytes, or nullopt. Suffixes (case-insensitive, binary): b, k/kb/kib, m/mb/mib, g/gb/gib.
std::optional<std::int64_t> parse_size_bytes(std::string_view text);

// "1.25 s", "87 ms"; "12.0 MiB", "640 KiB", "17 B".
std::string format_duration_ms(std::int64_t ms);
std::string format_bytes(std::int64_t bytes);

}  // namespace judge::units
