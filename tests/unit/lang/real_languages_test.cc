// The languages/ directory shipped with the judge: loads, is consistent, and matches this host.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "lang/language.h"

using judge::lang::Language;
using judge::lang::Registry;

namespace {
const std::string kLanguages = std::string(JUDGE_SOURCE_DIR) + "/languages";
const std::string kSources = std::string(JUDGE_TEST_FIXTURES) + "/lang/real_sources";

bool mentions(const judge::lang::Template& tmpl, const std::string& placeholder) {
  for (const std::string& arg : tmpl) {
    if (arg.find(placeholder) != std::string::npos) return true;
  }
  return false;
}

// Every package of a (space-separated) list is installed, as dpkg sees it.
bool package_installed(const std::string& packages) {
  if (packages.empty()) return false;
  std::size_t count = 1;
  for (char c : packages) count += c == ' ' ? 1 : 0;
  const std::string command =
      "test \"$(dpkg-query -W -f='${Status}\\n' " + packages +
      " 2>/dev/null | grep -c '^install ok installed$')\" = " + std::to_string(count);
  return std::system(command.c_str()) == 0;
}
}  // namespace

TEST_CASE("the shipped languages are all there", "[lang][real]") {
  const Registry registry = Registry::load(kLanguages);
  std::vector<std::string> ids;
  for (const Language& language : registry.all()) ids.push_back(language.id);
  // What contests and classrooms use (at least); more files are welcome.
  for (const char* id :
       {"c",      "cpp",        "cpp20",      "python3", "pypy3", "java",       "kotlin",  "go",
        "rust",   "javascript", "typescript", "csharp",  "php",   "ruby",       "haskell", "ocaml",
        "pascal", "perl",       "lua",        "bash",    "scala", "commonlisp", "prolog"}) {
    INFO("language " << id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }

  const Language* cpp = registry.find("cpp");
  REQUIRE(cpp != nullptr);
  CHECK(cpp->name == "C++17 (g++)");
  CHECK(cpp->extensions == std::vector<std::string>{".cpp", ".cc", ".cxx", ".c++", ".C"});
  CHECK(registry.find("java")->source_name == "Main.java");
  CHECK(registry.find("java")->extra_readonly == std::vector<std::string>{"/etc/java-17-openjdk"});
}

TEST_CASE("the shipped languages are consistent", "[lang][real]") {
  const Registry registry = Registry::load(kLanguages);
  for (const Language& language : registry.all()) {
    INFO("language " << language.id);
    CHECK(language.file.filename() == language.id + ".yaml");
    CHECK_FALSE(language.extensions.empty());
    CHECK_FALSE(language.version_command.empty());
    CHECK_FALSE(language.debian_package.empty());
    CHECK(mentions(language.run_env, "PATH="));
    if (language.compile) {
      CHECK((mentions(*language.compile, "{source}") || mentions(*language.compile, "{sources}")));
      CHECK(mentions(language.compile_env, "PATH="));
      CHECK_FALSE(mentions(language.run, "{source}"));  // runs what compile produced
    } else {
      CHECK(mentions(language.run, "{source}"));
      CHECK(language.binary_name.empty());
    }
    // Runtimes with a baseline of their own must pay for it.
    if (language.max_processes > 1 && language.id != "python3") {
      CHECK(language.memory_extra_bytes >= 32ll << 20);
    }
    // The source name keeps an extension of the language, so tools inside see what it is.
    bool own_extension = false;
    for (const std::string& ext : language.extensions) {
      own_extension = own_extension || language.source_name.ends_with(ext);
    }
    CHECK(own_extension);
    // Every extension detects back to its own language.
    for (const std::string& ext : language.extensions) {
      INFO("extension " << ext);
      const Language* detected = registry.detect("/nowhere/solution" + ext);
      REQUIRE(detected != nullptr);
      CHECK(detected->id == language.id);
    }
  }
}

TEST_CASE("the shipped shebang patterns", "[lang][real]") {
  const Registry registry = Registry::load(kLanguages);
  auto detected = [&](const std::string& name) {
    const Language* language = registry.detect(kSources + "/" + name);
    return language == nullptr ? std::string("(none)") : language->id;
  };
  CHECK(detected("sol") == "python3");  // #!/usr/bin/env python3
  CHECK(detected("bare_python") == "python3");
  CHECK(detected("python_minor") == "python3");
  // Python 2 is not judged as anything else: a ConfigError (exit 2) says why.
  CHECK_THROWS_WITH(detected("python2"), Catch::Contains("Python 2 is not available on Debian 12"));
  CHECK(detected("node_script") == "javascript");
  CHECK(detected("shell_script") == "(none)");
}

TEST_CASE("the shipped C and C++ toolchains report gcc versions", "[lang][real][toolchain]") {
  const Registry registry = Registry::load(kLanguages);
  const auto c_version = judge::lang::toolchain_version(*registry.find("c"));
  REQUIRE(c_version.has_value());
  CHECK_THAT(*c_version, Catch::Contains("gcc") || Catch::Contains("12."));
  const auto cpp_version = judge::lang::toolchain_version(*registry.find("cpp"));
  REQUIRE(cpp_version.has_value());
  CHECK_THAT(*cpp_version, Catch::Contains("g++") || Catch::Contains("12."));
}

TEST_CASE("installed toolchains of the shipped languages answer", "[lang][real][toolchain]") {
  // Where a language's Debian package is installed, its version command must answer and its
  // extra read-only paths must exist; absent packages are the set-up's business.
  const Registry registry = Registry::load(kLanguages);
  for (const Language& language : registry.all()) {
    INFO("language " << language.id << " (package " << language.debian_package << ")");
    if (!package_installed(language.debian_package)) continue;
    CHECK(judge::lang::toolchain_version(language).has_value());
    for (const std::string& path : language.extra_readonly) {
      CHECK(std::filesystem::exists(path));
    }
  }
}

TEST_CASE("extensions and content as the archives use them", "[lang][real][archives]") {
  const Registry registry = Registry::load(kLanguages);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "judge-lang-archives";
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return dir / name;
  };
  std::string why;
  CHECK(
      registry.detect(write("a.pl", ":- use_module(library(lists)).\nmain :- true.\n"), &why)->id ==
      "prolog");
  CHECK_THAT(why, Catch::Contains("Prolog"));
  CHECK(registry.detect(write("b.pl", "use strict;\nmy $x = 1;\n"), &why)->id == "perl");
  CHECK(why.empty());
  CHECK(registry.detect(write("c.py3", "print(1)\n"))->id == "python3");
  CHECK(registry.detect(write("d.mjs", "export {};\n"))->id == "javascript");
  CHECK(registry.detect(write("e.cjs", "1;\n"))->id == "javascript");
  CHECK(registry.detect(write("f.plg", "main.\n"))->id == "prolog");
  CHECK(registry.detect(write("g.p", "program g; begin end.\n"))->id == "pascal");
  CHECK_THROWS_WITH(registry.detect(write("h.py2", "print 1\n")),
                    Catch::Contains("Python 2 is not available on Debian 12"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("profiles replace languages by id", "[lang][real][archives]") {
  const Registry kattis = Registry::load(kLanguages, "kattis");
  CHECK(kattis.find("python3")->run.front() == "/usr/bin/pypy3");
  CHECK(std::find(kattis.find("cpp")->compile->begin(), kattis.find("cpp")->compile->end(),
                  "-std=gnu++23") != kattis.find("cpp")->compile->end());
  CHECK(Registry::load(kLanguages, "default").find("python3")->run.front() == "/usr/bin/python3");
  CHECK_THROWS_WITH(Registry::load(kLanguages, "nope"), Catch::Contains("--profile"));
}
