#include "judge/grade/merge.h"

#include <algorithm>
#include <map>

#include "judge/grade/results_file.h"

namespace judge::grade {

namespace fs = std::filesystem;

namespace {

std::string shard_name(const ResultsHeader& header) {
  return "shard " + to_string(header.shard);
}

// Why `file` is not a finished shard, or "".
std::string unfinished(const fs::path& path, const ResultsFile& file) {
  const ResultsHeader& header = *file.header;
  if (file.torn_tail || !file.bad_lines.empty() ||
      file.records.size() != header.shard_submissions) {
    return path.string() + ": " + shard_name(header) + " is unfinished (" +
           std::to_string(file.records.size()) + " of " + std::to_string(header.shard_submissions) +
           " records); run its judge grade command again to finish it";
  }
  return "";
}

}  // namespace

MergeResult merge_results(const std::vector<fs::path>& files) {
  MergeResult result;
  std::vector<ResultsFile> shards;
  for (const fs::path& path : files) {
    ResultsFile file = read_results(path);
    if (!file.exists) {
      result.refusal = path.string() + ": no such file: a shard is missing";
      return result;
    }
    if (std::string why = unfinished(path, file); !why.empty()) {
      result.refusal = why;
      return result;
    }
    shards.push_back(std::move(file));
  }
  if (shards.empty()) {
    result.refusal = "no shard files given";
    return result;
  }
  const ResultsHeader& first = *shards[0].header;
  std::map<int, const fs::path*> by_index;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const ResultsHeader& header = *shards[i].header;
    if (header.format != first.format || header.set_sha256 != first.set_sha256 ||
        header.submissions != first.submissions || header.shard.count != first.shard.count) {
      result.refusal = files[i].string() + ": " + shard_name(header) +
                       " is not of the same run as " + files[0].string() + " (" +
                       shard_name(first) +
                       "): another submission set, problem, options or shard count";
      return result;
    }
    const auto [it, inserted] = by_index.emplace(header.shard.index, &files[i]);
    if (!inserted) {
      result.refusal = files[i].string() + ": " + shard_name(header) + " is given twice (also " +
                       it->second->string() + ")";
      return result;
    }
  }
  std::string missing;
  for (int index = 1; index <= first.shard.count; ++index) {
    if (by_index.count(index) == 0) {
      missing += (missing.empty() ? "" : ", ") + to_string(Shard{index, first.shard.count});
    }
  }
  if (!missing.empty()) {
    result.refusal = "missing shard " + missing + " of the run of " + files[0].string();
    return result;
  }

  std::vector<ResultRecord> records;
  std::map<std::string, const fs::path*> owner;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    for (const ResultRecord& record : shards[i].records) {
      const auto [it, inserted] = owner.emplace(record.id, &files[i]);
      if (!inserted) {
        result.refusal = files[i].string() + ": the record of '" + record.id + "' is also in " +
                         it->second->string();
        return result;
      }
      records.push_back(record);
    }
  }
  std::sort(records.begin(), records.end(),
            [](const ResultRecord& a, const ResultRecord& b) { return a.id < b.id; });
  ResultsHeader merged = first;
  merged.shard = Shard{};
  merged.shard_submissions = merged.submissions;
  result.content = results_content(merged, records);
  return result;
}

}  // namespace judge::grade
