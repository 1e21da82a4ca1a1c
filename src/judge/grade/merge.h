// `judge merge OUT SHARD_FILE...`: the results files of the shards of one grade run combined into
// the file one unsharded run would have written (header of shard 1/1, records in id order).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge::grade {

struct MergeResult {
  std::string content;  // the merged results file; empty when refused
  std::string refusal;  // why the shards do not make one whole run, naming the shard or file
};

// Refuses (MergeResult::refusal) a missing shard (a file that does not exist, or an index no
// file has), a shard given twice, an unfinished shard (fewer records than its header announces,
// or a torn last line), and shards of different sets, problems, options or shard counts.
// ConfigError naming the file when it is not a results file of judge grade.
MergeResult merge_results(const std::vector<std::filesystem::path>& files);

}  // namespace judge::grade
