#include "judge/grade/manifest.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/error.h"

namespace judge::grade {

namespace fs = std::filesystem;

namespace {

std::string read_manifest(const fs::path& manifest) {
  std::ifstream in(manifest, std::ios::binary);
  if (!in) {
    throw ConfigError(manifest.string(), "",
                      "cannot read the manifest; expected a CSV (id,path[,language]) or JSON "
                      "([{\"id\", \"path\"}]) file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

fs::path resolve(const fs::path& manifest, const std::string& path) {
  const fs::path given(path);
  return given.is_absolute() ? given : manifest.parent_path() / given;
}

std::string where(const fs::path& manifest, std::size_t line) {
  return manifest.string() + ":" + std::to_string(line);
}

}  // namespace

std::vector<std::string> split_csv_line(const std::string& line, const std::string& location) {
  std::vector<std::string> fields(1);
  bool quoted = false, closed = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c != '"') {
        fields.back() += c;
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else {
        quoted = false;
        closed = true;
      }
    } else if (c == ',') {
      fields.emplace_back();
      closed = false;
    } else if (c == '"' && fields.back().empty() && !closed) {
      quoted = true;
    } else if (closed) {
      throw ConfigError(location, "",
                        "text after a closing quote; quote the whole field (\"a \"\"b\"\"\")");
    } else {
      fields.back() += c;
    }
  }
  if (quoted) throw ConfigError(location, "", "a quoted field is not closed on its line");
  return fields;
}

std::vector<Submission> read_csv_manifest(const fs::path& manifest) {
  std::istringstream in(read_manifest(manifest));
  std::vector<Submission> submissions;
  std::string line;
  std::size_t number = 0;
  bool header_seen = false;
  bool has_language = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // files saved on Windows
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::vector<std::string> fields = split_csv_line(line, where(manifest, number));
    if (!header_seen) {
      header_seen = true;
      const bool two = fields == std::vector<std::string>{"id", "path"};
      const bool three = fields == std::vector<std::string>{"id", "path", "language"};
      if (!two && !three) {
        throw ConfigError(where(manifest, number), "header",
                          "expected the header id,path or id,path,language, got '" + line + "'");
      }
      has_language = three;
      continue;
    }
    const std::size_t expected = has_language ? 3 : 2;
    if (fields.size() != expected) {
      throw ConfigError(where(manifest, number), "",
                        "expected " + std::to_string(expected) + " fields like the header, got " +
                            std::to_string(fields.size()) + "; quote a field holding a comma");
    }
    if (fields[1].empty()) throw ConfigError(where(manifest, number), "path", "is empty");
    submissions.push_back({fields[0], resolve(manifest, fields[1]), has_language ? fields[2] : "",
                           where(manifest, number), true});
  }
  if (!header_seen) {
    throw ConfigError(manifest.string(), "", "is empty; expected the header id,path[,language]");
  }
  return submissions;
}

std::vector<Submission> read_json_manifest(const fs::path& manifest) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(read_manifest(manifest));
  } catch (const nlohmann::json::parse_error& error) {
    throw ConfigError(manifest.string(), "", std::string("is not valid JSON: ") + error.what());
  }
  if (!document.is_array()) {
    throw ConfigError(manifest.string(), "",
                      "expected an array of objects [{\"id\": ..., \"path\": ...}]");
  }
  std::vector<Submission> submissions;
  for (std::size_t i = 0; i < document.size(); ++i) {
    const nlohmann::json& item = document[i];
    const std::string location = manifest.string() + ": [" + std::to_string(i) + "]";
    if (!item.is_object()) throw ConfigError(location, "", "expected an object with id and path");
    for (const auto& [key, value] : item.items()) {
      if (key != "id" && key != "path" && key != "language") {
        throw ConfigError(location, key, "unknown key; expected id, path and language");
      }
      if (!value.is_string()) throw ConfigError(location, key, "expected a string");
    }
    if (!item.contains("id")) throw ConfigError(location, "id", "is missing");
    if (!item.contains("path") || item["path"].get<std::string>().empty()) {
      throw ConfigError(location, "path", "is missing or empty");
    }
    submissions.push_back({item["id"].get<std::string>(),
                           resolve(manifest, item["path"].get<std::string>()),
                           item.value("language", ""), location, true});
  }
  return submissions;
}

}  // namespace judge::grade
