#include "fake_sandbox.h"

#include <fcntl.h>
#include <stdlib.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace judge::testing {

namespace fs = std::filesystem;
using sandbox::RunResult;
using sandbox::RunSpec;
using sandbox::Termination;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

RunResult exited(int code) {
  RunResult result;
  result.termination = Termination::kExited;
  result.exit_code = code;
  result.cpu_time_us = 12'000;
  result.wall_time_us = 15'000;
  result.peak_memory_bytes = 3 << 20;
  result.backend = "fake";
  return result;
}

RunResult setup_failure(const std::string& why) {
  RunResult result;
  result.termination = Termination::kSetupFailed;
  result.setup_error = why;
  return result;
}

std::string box_path(const RunSpec& spec, const std::string& name) {
  return name.starts_with('/') ? name : spec.cwd + "/" + name;
}

// The compile's /box, handed back as the real sandbox does: a fresh directory (the sources are
// not in it: the real sandbox binds them, and the judge skips what is bound).
std::string make_box(std::vector<std::string>& boxes, RunResult& result) {
  std::string pattern = (fs::path("/tmp") / "judge-fakebox-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp");
  boxes.push_back(pattern);
  result.box =
      std::make_shared<const UniqueFd>(::open(pattern.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  return pattern;
}

RunResult compile(const RunSpec& spec, std::vector<std::string>& boxes) {
  // argv: fakecc -o BINARY SOURCE
  if (spec.argv.size() != 4) return exited(2);
  const std::string source = host_path(spec, box_path(spec, spec.argv[3]));
  const std::string text = read_file(source);
  if (text.find("compile-setup-failure") != std::string::npos) {
    return setup_failure("mount(/usr): Permission denied");
  }
  if (text.find("compile-timeout") != std::string::npos) {
    RunResult result = exited(0);
    result.termination = Termination::kSignaled;
    result.signal = SIGKILL;
    result.cpu_limit_exceeded = true;
    return result;
  }
  if (text.find("syntax error") != std::string::npos) {
    RunResult result = exited(1);
    result.stderr_text = spec.argv[3] + ":1: error: syntax error\n";
    return result;
  }
  RunResult result = exited(0);
  const std::string box = make_box(boxes, result);
  fs::copy_file(source, box + "/" + spec.argv[2], fs::copy_options::overwrite_existing);
  return result;
}

RunResult act(const RunSpec& spec, const std::vector<std::string>& words,
              const std::string& input) {
  const std::string& action = words.at(1);
  std::string rest;
  for (std::size_t i = 2; i < words.size(); ++i) rest += (i > 2 ? " " : "") + words[i];
  const std::string feedback = host_path(spec, "/box/feedback");
  if (action == "cat") {
    write_file(spec.stdout_path, input);
    return exited(0);
  }
  if (action == "print") {
    write_file(spec.stdout_path, rest + "\n");
    return exited(0);
  }
  if (action == "exit") return exited(std::stoi(words.at(2)));
  if (action == "signal") {
    RunResult result = exited(0);
    result.termination = Termination::kSignaled;
    result.signal = std::stoi(words.at(2));
    return result;
  }
  if (action == "timeout") {
    RunResult result = exited(0);
    result.termination = Termination::kSignaled;
    result.signal = SIGKILL;
    result.cpu_limit_exceeded = true;
    result.cpu_time_us = spec.limits.cpu_time_ms * 1000 + 5000;
    return result;
  }
  if (action == "oom") {
    RunResult result = exited(0);
    result.termination = Termination::kSignaled;
    result.signal = SIGKILL;
    result.memory_limit_exceeded = true;
    result.peak_memory_bytes = spec.limits.memory_bytes;
    return result;
  }
  if (action == "setup-failure") return setup_failure("clone3: Operation not permitted");
  if (action == "accept") return exited(42);
  if (action == "nextpass") {
    write_file(feedback + "/nextpass.in", rest + "\n");
    return exited(42);
  }
  if (action == "reject") {
    write_file(feedback + "/judgemessage.txt", rest + "\n");
    return exited(43);
  }
  if (action == "compare") {
    if (input == read_file(host_path(spec, "/box/answer"))) return exited(42);
    write_file(feedback + "/judgemessage.txt", "output differs from the answer\n");
    return exited(43);
  }
  if (action == "echo-args") {
    std::string args;
    for (std::size_t i = 4; i < spec.argv.size(); ++i) args += spec.argv[i] + " ";
    write_file(feedback + "/judgemessage.txt", args);
    return exited(42);
  }
  return exited(99);  // an unknown action: a test bug, visible as an unexpected verdict
}

RunResult interpret(const RunSpec& spec, const std::string& program_path) {
  const std::string program = read_file(host_path(spec, program_path));
  const std::string input = spec.stdin_path.empty() ? "" : read_file(spec.stdin_path);
  std::string first_token;
  std::istringstream(input) >> first_token;
  std::istringstream lines(program);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words_in(line);
    std::vector<std::string> words(std::istream_iterator<std::string>(words_in),
                                   std::istream_iterator<std::string>{});
    if (words.size() < 2) continue;
    if (words[0] == "*" || words[0] == first_token) return act(spec, words, input);
  }
  return exited(0);  // no rule: prints nothing
}

}  // namespace

FakeSandbox::~FakeSandbox() {
  std::error_code ignored;
  for (const std::string& box : boxes_) fs::remove_all(box, ignored);
}

std::string host_path(const RunSpec& spec, const std::string& sandbox_path) {
  // The most specific bind wins, as with real mounts over /box.
  const sandbox::Bind* best = nullptr;
  for (const sandbox::Bind& bind : spec.binds) {
    const std::string& mount = bind.sandbox_path;
    const bool covers = sandbox_path == mount || sandbox_path.starts_with(mount + "/");
    if (covers && (best == nullptr || mount.size() > best->sandbox_path.size())) best = &bind;
  }
  if (best == nullptr) {
    // Below the binds: /box's layers, the test's files (box_files) over the program's.
    if (!sandbox_path.starts_with("/box/")) return "";
    const std::string relative = sandbox_path.substr(4);
    if (!spec.box_files.empty() && std::filesystem::exists(spec.box_files + relative)) {
      return spec.box_files + relative;
    }
    return spec.box_contents.empty() ? "" : spec.box_contents + relative;
  }
  return best->host_path + sandbox_path.substr(best->sandbox_path.size());
}

RunResult FakeSandbox::run(const RunSpec& spec) {
  specs.push_back(spec);
  if (spec.argv.empty()) return setup_failure("empty argv");
  if (spec.argv[0] == kFakeCompiler) return compile(spec, boxes_);
  if (spec.argv[0] == kFakeInterpreter) return interpret(spec, box_path(spec, spec.argv.at(1)));
  return interpret(spec, spec.argv[0]);
}

}  // namespace judge::testing
