#include "judge/grade/results_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/error.h"

namespace judge::grade {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kHeaderKey = "judge_grade_header";

std::optional<ResultsHeader> parse_header(const Json& line) {
  if (!line.is_object() || !line.contains(kHeaderKey)) return std::nullopt;
  const Json& h = line[kHeaderKey];
  try {
    ResultsHeader header;
    header.format = h.at("format").get<int>();
    header.problem_dir = h.at("problem_dir").get<std::string>();
    header.problem_sha256 = h.at("problem_sha256").get<std::string>();
    header.options_sha256 = h.at("options_sha256").get<std::string>();
    header.set_sha256 = h.at("set_sha256").get<std::string>();
    header.submissions = h.at("submissions").get<std::size_t>();
    header.shard.index = h.at("shard").at("index").get<int>();
    header.shard.count = h.at("shard").at("count").get<int>();
    header.shard_submissions = h.at("shard_submissions").get<std::size_t>();
    return header;
  } catch (const Json::exception&) {
    return std::nullopt;
  }
}

std::optional<ResultRecord> parse_record(const std::string& text) {
  const Json line = Json::parse(text, nullptr, false);
  if (!line.is_object()) return std::nullopt;
  const auto id = line.find("id");
  const auto key = line.find("record_key");
  if (id == line.end() || key == line.end() || !id->is_string() || !key->is_string()) {
    return std::nullopt;
  }
  return ResultRecord{id->get<std::string>(), key->get<std::string>(), text};
}

}  // namespace

std::string header_line(const ResultsHeader& header) {
  Json h;
  h["format"] = header.format;
  h["problem_dir"] = header.problem_dir;
  h["problem_sha256"] = header.problem_sha256;
  h["options_sha256"] = header.options_sha256;
  h["set_sha256"] = header.set_sha256;
  h["submissions"] = header.submissions;
  h["shard"] = {{"index", header.shard.index}, {"count", header.shard.count}};
  h["shard_submissions"] = header.shard_submissions;
  return Json{{kHeaderKey, h}}.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string record_line(const std::string& id, const std::string& source,
                        const std::string& submission_sha256, const std::string& record_key,
                        const std::string& run_json) {
  const Json run = Json::parse(run_json, nullptr, false);
  if (!run.is_object()) throw InternalError("judge run --json printed no JSON object");
  Json record;
  record["id"] = id;
  record["source"] = source;
  record["submission_sha256"] = submission_sha256;
  record["record_key"] = record_key;
  for (const auto& [key, value] : run.items()) record[key] = value;
  // One line: the dump has no newline inside, strings escape theirs.
  return record.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

ResultsFile read_results(const std::filesystem::path& path) {
  ResultsFile file;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code error;
    if (std::filesystem::exists(path, error)) {
      throw ConfigError(path.string(), "", std::string("cannot read: ") + std::strerror(errno));
    }
    return file;
  }
  file.exists = true;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::size_t start = 0, number = 0;
  while (start < text.size()) {
    ++number;
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      file.torn_tail = true;
      break;
    }
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    if (number == 1) {
      file.header = parse_header(Json::parse(line, nullptr, false));
      if (!file.header) {
        throw ConfigError(path.string(), "",
                          "is not a results file of judge grade (its first line is no "
                          "judge_grade_header); remove it or write to another file");
      }
      continue;
    }
    if (std::optional<ResultRecord> record = parse_record(line)) {
      file.records.push_back(std::move(*record));
    } else {
      file.bad_lines.push_back(number);
    }
  }
  if (number == 1 && file.torn_tail) {
    throw ConfigError(path.string(), "",
                      "is not a results file of judge grade (no complete header line); remove "
                      "it or write to another file");
  }
  return file;
}

std::string results_content(const ResultsHeader& header, const std::vector<ResultRecord>& records) {
  std::string content = header_line(header);
  for (const ResultRecord& record : records) content += record.line + "\n";
  return content;
}

RecordAppender::RecordAppender(const std::filesystem::path& path)
    : path_(path), fd_(::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC)) {
  if (!fd_) {
    throw ConfigError(path.string(), "-o", std::string("cannot append: ") + std::strerror(errno));
  }
}

void RecordAppender::append(const std::string& line) {
  // One write(2): on a regular file a write is not cut by a signal once it has started, so the
  // record is either whole or (after a crash of the machine) a torn tail the reader drops.
  ssize_t n;
  do {
    n = ::write(fd_.get(), line.data(), line.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) throw_errno("write", path_.string());
  if (static_cast<std::size_t>(n) != line.size()) {
    throw InternalError("write(" + path_.string() + "): only " + std::to_string(n) + " of " +
                        std::to_string(line.size()) + " bytes written (disk full?)");
  }
  if (::fsync(fd_.get()) != 0) throw_errno("fsync", path_.string());
}

}  // namespace judge::grade
