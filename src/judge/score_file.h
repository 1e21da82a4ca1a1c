// score.txt and score_multiplier.txt, written by an output validator into its feedback
// directory. The validator controls these files, so they are opened without following links,
// only as regular files, and only their first bytes are read.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace judge {

struct ScoreFile {
  std::optional<double> value;  // nullopt: the file is absent (or broken, see error)
  std::string error;            // "" or why the file is not one number
};

ScoreFile read_score_file(const std::filesystem::path& file);

// The number in `text` (surrounding whitespace allowed), or nullopt.
std::optional<double> parse_score(const std::string& text);

}  // namespace judge
