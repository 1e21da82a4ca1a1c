// languages/*.yaml: a language file may come from a user's own directory. Properties: only
// ConfigError, naming the file; what parses has an id, a run command starting with an absolute
// path, and extensions that start with a dot.
#include "fuzz_support.h"
#include "lang/language_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace judge;
  const std::filesystem::path file = fuzz::scratch_dir() / "lang.yaml";
  fuzz::write_file(file, data, size);
  fuzz::expect_only_config_errors(file.string(), [&] {
    const lang::Language language = lang::detail::parse_language_file(file);
    fuzz::check(!language.id.empty(), "a parsed language has an id");
    fuzz::check(!language.run.empty() && language.run[0].starts_with('/'),
                "a parsed run command starts with an absolute path");
    for (const std::string& ext : language.extensions) {
      fuzz::check(ext.size() >= 2 && ext[0] == '.', "a parsed extension starts with a dot", ext);
    }
  });
  return 0;
}
