// The results file of `judge grade` (JSON lines, documented in man/judge.1 GRADING): a header
// line, then one record per graded submission, the `judge run --json` object with id, source,
// submission_sha256 and record_key first.
//
// Records are appended one write(2) each on an O_APPEND descriptor and synced, so after a crash
// the file holds whole records plus at most one torn last line, which readers drop.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/grade/shard.h"
#include "util/unique_fd.h"

namespace judge::grade {

constexpr int kResultsFormat = 1;

struct ResultsHeader {
  int format = kResultsFormat;
  std::string problem_dir;
  std::string problem_sha256;
  std::string options_sha256;
  std::string set_sha256;       // every submission's id and contents, the problem and the options
  std::size_t submissions = 0;  // in the whole set
  Shard shard;
  std::size_t shard_submissions = 0;  // in this shard
};

struct ResultRecord {
  std::string id;
  std::string record_key;
  std::string line;  // the whole JSON object, without the newline
};

struct ResultsFile {
  bool exists = false;
  std::optional<ResultsHeader> header;
  std::vector<ResultRecord> records;   // in file order
  bool torn_tail = false;              // the last line has no newline: a write cut by a crash
  std::vector<std::size_t> bad_lines;  // 1-based numbers of lines that are not records
};

// One line (with its newline) for the header.
std::string header_line(const ResultsHeader& header);

// The record line (with its newline): run_json (the `judge run --json` object) with id, source,
// submission_sha256 and record_key put first. Throws InternalError when run_json is not a JSON
// object.
std::string record_line(const std::string& id, const std::string& source,
                        const std::string& submission_sha256, const std::string& record_key,
                        const std::string& run_json);

// Reads a results file. A missing file gives exists = false. ConfigError naming the file when it
// exists but its first line is not a header (so `-o` never overwrites some other file).
ResultsFile read_results(const std::filesystem::path& path);

// The header line plus records, each with its newline: the content of a rewritten file.
std::string results_content(const ResultsHeader& header, const std::vector<ResultRecord>& records);

// Appends records to a results file: one write(2) per record on an O_APPEND descriptor, then
// fsync, so a record is on disk whole or not at all before the next one starts.
class RecordAppender {
 public:
  explicit RecordAppender(const std::filesystem::path& path);  // ConfigError if not writable
  // InternalError when the write is short or fails (a full disk): the record is not kept.
  void append(const std::string& line);

 private:
  std::filesystem::path path_;
  UniqueFd fd_;
};

}  // namespace judge::grade
