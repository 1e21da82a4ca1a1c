// --shard I/N: a deterministic share of the submissions, so N machines can each grade one and
// `judge merge` can put the results together.
//
// I is 1-based (1..N), like Slurm's --array=1-N. The submissions are sorted by id; the one at
// 0-based position p belongs to shard (p mod N) + 1, so shards differ in size by one at most.
#pragma once

#include <cstddef>
#include <string>

namespace judge::grade {

struct Shard {
  int index = 1;  // 1..count
  int count = 1;
};

// "2/4" -> {2, 4}. ConfigError naming --shard for anything else (0/4 says I is 1-based).
Shard parse_shard(const std::string& text);

// Whether the submission at `position` of the id-sorted list belongs to `shard`.
bool in_shard(std::size_t position, const Shard& shard);

std::string to_string(const Shard& shard);  // "2/4"

}  // namespace judge::grade
