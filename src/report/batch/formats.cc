#include "report/batch/formats.h"

namespace judge::report::batch {

namespace {

struct Named {
  const char* name;
  Format format;
};
constexpr Named kFormats[] = {{"junit", Format::kJunit},
                              {"classroom", Format::kClassroom},
                              {"annotations", Format::kAnnotations},
                              {"csv", Format::kCsv},
                              {"html", Format::kHtml}};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const Named& named : kFormats) {
    if (name == named.name) return named.format;
  }
  return std::nullopt;
}

const char* format_names() {
  return "junit, classroom, annotations, csv, html";
}

std::string render(Format format, const std::vector<Submission>& submissions) {
  switch (format) {
    case Format::kJunit:
      return to_junit(submissions);
    case Format::kClassroom:
      return to_classroom(submissions);
    case Format::kAnnotations:
      return to_annotations(submissions);
    case Format::kCsv:
      return to_csv(submissions);
    case Format::kHtml:
      return to_html(submissions);
  }
  return "";
}

}  // namespace judge::report::batch
