// Manifests mapping submission ids to paths, as course tools export them.
//
//   CSV:  a header `id,path` or `id,path,language`, then one row per submission; a field may be
//         quoted ("a, b"; "" inside quotes is one quote); blank lines are ignored.
//   JSON: [{"id": "alice", "path": "alice/sol.py", "language": "python3"}, ...]
//
// Paths are relative to the manifest's folder (absolute ones are kept).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/grade/submission_set.h"

namespace judge::grade {

// ConfigError naming the manifest (and line or index), the field and the expected shape.
std::vector<Submission> read_csv_manifest(const std::filesystem::path& manifest);
std::vector<Submission> read_json_manifest(const std::filesystem::path& manifest);

// The fields of one CSV line (RFC 4180 quoting, no newline inside a field). ConfigError naming
// `where` for an unterminated quote or text after a closing quote.
std::vector<std::string> split_csv_line(const std::string& line, const std::string& where);

}  // namespace judge::grade
