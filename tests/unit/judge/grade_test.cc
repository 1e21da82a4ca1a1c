// judge grade's pure parts: manifests, ids, shards, the results file (torn lines, headers),
// content hashes that follow no link, and merge's refusals.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "judge/grade/content_hash.h"
#include "judge/grade/manifest.h"
#include "judge/grade/merge.h"
#include "judge/grade/results_file.h"
#include "judge/grade/shard.h"
#include "judge/grade/submission_set.h"
#include "temp_dir.h"
#include "util/error.h"

namespace fs = std::filesystem;
using namespace judge::grade;

namespace {

using judge::testing::TempDir;

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

ResultsHeader header_of(int index, int count, std::size_t in_shard) {
  ResultsHeader header;
  header.problem_dir = "problems/hello";
  header.problem_sha256 = "p";
  header.options_sha256 = "o";
  header.set_sha256 = "s";
  header.submissions = 3;
  header.shard = {index, count};
  header.shard_submissions = in_shard;
  return header;
}

std::string record(const std::string& id) {
  return record_line(id, id + ".py", "h", "k-" + id, R"({"schema_version":1,"verdict":"AC"})");
}

}  // namespace

TEST_CASE("CSV fields: quotes, doubled quotes, commas inside quotes", "[grade]") {
  CHECK(split_csv_line("a,b,c", "x") == std::vector<std::string>{"a", "b", "c"});
  CHECK(split_csv_line(R"("o'neil, jr","say ""hi""",)", "x") ==
        std::vector<std::string>{"o'neil, jr", "say \"hi\"", ""});
  CHECK_THROWS_AS(split_csv_line(R"("open,b)", "x"), judge::ConfigError);
  CHECK_THROWS_AS(split_csv_line(R"("a"b,c)", "x"), judge::ConfigError);
}

TEST_CASE("CSV manifest: header, relative paths, languages, line numbers in errors", "[grade]") {
  TempDir dir;
  write(dir.path() / "m.csv", "id,path,language\r\nalice,subs/a.py,\n\nbob,/abs/b.cpp,cpp20\n");
  const std::vector<Submission> subs = read_csv_manifest(dir.path() / "m.csv");
  REQUIRE(subs.size() == 2);
  CHECK(subs[0].path == dir.path() / "subs/a.py");
  CHECK(subs[0].language_id.empty());
  CHECK(subs[1].path == "/abs/b.cpp");
  CHECK(subs[1].language_id == "cpp20");
  CHECK(subs[1].origin == (dir.path() / "m.csv").string() + ":4");
  CHECK(subs[1].listed);

  write(dir.path() / "bad.csv", "id,file\n");
  CHECK_THROWS_WITH(read_csv_manifest(dir.path() / "bad.csv"),
                    Catch::Contains("bad.csv:1") && Catch::Contains("id,path"));
  write(dir.path() / "short.csv", "id,path\nalice\n");
  CHECK_THROWS_WITH(read_csv_manifest(dir.path() / "short.csv"), Catch::Contains("short.csv:2"));
}

TEST_CASE("JSON manifest: an array of {id, path, language}", "[grade]") {
  TempDir dir;
  write(dir.path() / "m.json", R"([{"id": "a", "path": "x/a.py", "language": "python3"}])");
  const std::vector<Submission> subs = read_json_manifest(dir.path() / "m.json");
  REQUIRE(subs.size() == 1);
  CHECK(subs[0].path == dir.path() / "x/a.py");
  CHECK(subs[0].language_id == "python3");
  write(dir.path() / "obj.json", R"({"a": "x.py"})");
  CHECK_THROWS_WITH(read_json_manifest(dir.path() / "obj.json"), Catch::Contains("array"));
  write(dir.path() / "key.json", R"([{"id": "a", "path": "x.py", "lang": "c"}])");
  CHECK_THROWS_WITH(read_json_manifest(dir.path() / "key.json"), Catch::Contains("lang"));
}

TEST_CASE("ids: unique, UTF-8, no control characters, sorted by id", "[grade]") {
  TempDir dir;
  fs::create_directory(dir.path() / "class");
  write(dir.path() / "class/b.py", "");
  write(dir.path() / "class/a.py", "");
  write(dir.path() / "class/.git", "");
  const std::vector<Submission> subs = collect_submissions({dir.path() / "class"});
  REQUIRE(subs.size() == 2);
  CHECK(subs[0].id == "a.py");
  CHECK(subs[1].id == "b.py");
  CHECK_THROWS_WITH(collect_submissions({dir.path() / "class", dir.path() / "class/a.py"}),
                    Catch::Contains("unique"));
  CHECK_THROWS_AS(check_id("bad\x1b[2J", "x"), judge::ConfigError);
  CHECK_THROWS_AS(check_id("bad\xff", "x"), judge::ConfigError);
  CHECK_THROWS_AS(check_id("", "x"), judge::ConfigError);
  CHECK_NOTHROW(check_id("Zoë Müller", "x"));
}

TEST_CASE("shards: I/N, 1-based, every position in exactly one shard", "[grade]") {
  CHECK(parse_shard("2/4").index == 2);
  CHECK(parse_shard("2/4").count == 4);
  CHECK_THROWS_WITH(parse_shard("0/4"), Catch::Contains("1-based"));
  CHECK_THROWS_AS(parse_shard("5/4"), judge::ConfigError);
  CHECK_THROWS_AS(parse_shard("2"), judge::ConfigError);
  CHECK_THROWS_AS(parse_shard("a/b"), judge::ConfigError);
  for (std::size_t position = 0; position < 10; ++position) {
    int owners = 0;
    for (int index = 1; index <= 3; ++index) owners += in_shard(position, {index, 3}) ? 1 : 0;
    CHECK(owners == 1);
  }
  CHECK(in_shard(0, {1, 3}));
  CHECK(in_shard(4, {2, 3}));
}

TEST_CASE("results file: torn last line and foreign lines are told apart", "[grade]") {
  TempDir dir;
  const fs::path path = dir.path() / "r.jsonl";
  CHECK_FALSE(read_results(path).exists);
  write(path, header_line(header_of(1, 1, 3)) + record("a") + "not json\n" + record("b") +
                  R"({"id": "c", "rec)");
  const ResultsFile file = read_results(path);
  CHECK(file.header->shard_submissions == 3);
  REQUIRE(file.records.size() == 2);
  CHECK(file.records[1].id == "b");
  CHECK(file.records[1].record_key == "k-b");
  CHECK(file.bad_lines == std::vector<std::size_t>{3});
  CHECK(file.torn_tail);

  write(path, "my notes\n");
  CHECK_THROWS_WITH(read_results(path), Catch::Contains("not a results file"));
}

TEST_CASE("a record is the run document with the grade keys first, on one line", "[grade]") {
  const std::string line = record_line("a\nb", "s", "h", "k", R"({"verdict": "WA", "tests": []})");
  CHECK(line.find('\n') == line.size() - 1);
  CHECK(line.rfind(R"({"id":"a\nb","source":"s","submission_sha256":"h","record_key":"k",)", 0) ==
        0);
  CHECK_THROWS_AS(record_line("a", "s", "h", "k", "[1]"), judge::InternalError);
}

TEST_CASE("appending: one write per record, readable back", "[grade]") {
  TempDir dir;
  const fs::path path = dir.path() / "r.jsonl";
  write(path, header_line(header_of(1, 1, 2)));
  RecordAppender appender(path);
  appender.append(record("a"));
  appender.append(record("b"));
  CHECK(read_results(path).records.size() == 2);
  CHECK_THROWS_AS(RecordAppender(dir.path() / "missing/r.jsonl"), judge::ConfigError);
}

TEST_CASE("content hash: follows no link, sees changes, names what is not plain", "[grade]") {
  TempDir dir;
  fs::create_directory(dir.path() / "sub");
  write(dir.path() / "sub/main.py", "print(1)\n");
  const TreeHash first = tree_sha256(dir.path() / "sub", false);
  CHECK(first.not_plain.empty());
  write(dir.path() / "sub/main.py", "print(2)\n");
  CHECK(tree_sha256(dir.path() / "sub", false).sha256 != first.sha256);

  fs::create_symlink("/etc/passwd", dir.path() / "sub/leak.py");
  const TreeHash linked = tree_sha256(dir.path() / "sub", false);
  CHECK_THAT(linked.not_plain, Catch::Contains("leak.py is a symbolic link"));
  fs::create_symlink(dir.path() / "sub/main.py", dir.path() / "top.py");
  CHECK_THAT(tree_sha256(dir.path() / "top.py", false).not_plain, Catch::Contains("symbolic link"));
  CHECK(tree_sha256(dir.path() / "top.py", true).not_plain.empty());
  CHECK(tree_sha256(dir.path() / "nothing", false).sha256 != first.sha256);
}

TEST_CASE("merge: complete shards in id order, refusals name the shard", "[grade]") {
  TempDir dir;
  const fs::path one = dir.path() / "1.jsonl", two = dir.path() / "2.jsonl";
  write(one, header_line(header_of(1, 2, 2)) + record("c") + record("a"));
  write(two, header_line(header_of(2, 2, 1)) + record("b"));
  const MergeResult merged = merge_results({two, one});
  REQUIRE(merged.refusal.empty());
  const std::string expected =
      header_line(header_of(1, 1, 3)) + record("a") + record("b") + record("c");
  CHECK(merged.content == expected);

  CHECK_THAT(merge_results({one}).refusal, Catch::Contains("missing shard 2/2"));
  CHECK_THAT(merge_results({one, two, one}).refusal, Catch::Contains("given twice"));
  CHECK_THAT(merge_results({one, dir.path() / "3.jsonl"}).refusal, Catch::Contains("missing"));
  write(two, header_line(header_of(2, 2, 2)) + record("b"));
  CHECK_THAT(merge_results({one, two}).refusal, Catch::Contains("unfinished"));
  ResultsHeader other = header_of(2, 2, 1);
  other.set_sha256 = "another";
  write(two, header_line(other) + record("b"));
  CHECK_THAT(merge_results({one, two}).refusal, Catch::Contains("not of the same run"));
  write(two, header_line(header_of(2, 2, 1)) + record("a"));
  CHECK_THAT(merge_results({one, two}).refusal, Catch::Contains("also in"));
}
