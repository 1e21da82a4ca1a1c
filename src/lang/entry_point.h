// Where a program starts, as the archives' judges (Kattis, DOMjudge) decide it per language: the
// main file among a directory's sources, and the names its files keep in the work dir (a Java
// class stays in Different.java, an ES module in util.mjs, a Python entry in __main__.py).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lang/language.h"

namespace judge::lang {

// The entry point among `sources` (files of `language` in `dir`): per language as Kattis and
// DOMjudge choose it (Java/Kotlin/Scala: the class with main; Python: __main__.py, main.py, the
// file named like the folder, the only one with `if __name__ == "__main__"`; JavaScript:
// package.json's main, main.* / index.*; Pascal: the `program` among units; Prolog: the file
// defining main/0; C/C++: the unit defining main; shell: the file named like the folder), then
// the language's source_name or a stem "main". ConfigError listing the candidates and naming
// --entry when several remain.
std::filesystem::path find_entry_point(const Language& language, const std::filesystem::path& dir,
                                       const std::vector<std::filesystem::path>& sources);

// `language` adapted to a program whose entry point is `main_file` and whose other sources are
// `others`: the file keeps its own name in the work dir where the language needs it (JVM
// languages, interpreted ones; not compiled ones such as C, whose binary name is fixed), and
// {main} names the main class with its package (a.b.Main). nullptr when nothing changes.
// ConfigError when the main class cannot be found, or the file name is unsafe as an argument.
std::shared_ptr<const Language> adapt_to_entry(const Language& language,
                                               const std::filesystem::path& main_file,
                                               const std::vector<std::filesystem::path>& others);

}  // namespace judge::lang
