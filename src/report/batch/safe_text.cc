#include "report/batch/safe_text.h"

#include "report/describe.h"
#include "report/text_sanitize.h"
#include "report/xml_escape.h"

namespace judge::report::batch {

namespace {

// The HTML page is HTML5, where &apos; is as valid as in XML.
std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const std::string_view entity = markup_entity(static_cast<unsigned char>(c));
    if (entity.empty()) {
      out += c;
    } else {
      out += entity;
    }
  }
  return out;
}

}  // namespace

std::string visible_text(std::string_view text) {
  return printable(text);
}

std::string visible_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    out += printable(text.substr(start, stop - start), /*keep_tabs=*/true);
    if (end == std::string_view::npos) break;
    out += '\n';
    start = end + 1;
  }
  return out;
}

std::string html_text(std::string_view text) {
  return html_escape(visible_text(text));
}

std::string html_lines(std::string_view text) {
  return html_escape(visible_lines(text));
}

std::string format_number(double value) {
  return format_score(value);
}

}  // namespace judge::report::batch
