#include "report/xml_escape.h"

#include "report/text_sanitize.h"

namespace judge::report {

namespace {

// The Char production of XML 1.0 (section 2.2).
bool allowed_in_xml(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

std::string_view markup_entity(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    default:
      return "";
  }
}

std::string xml_escape(std::string_view text, XmlContext context) {
  const bool attribute = context == XmlContext::kAttribute;
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode_code_point(text, pos);
    const std::string_view bytes = text.substr(pos, cp.length);
    pos += cp.length;
    if (!cp.valid) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      continue;
    }
    if (!allowed_in_xml(cp.value)) continue;
    // Hidden controls XML allows (C1, bidi and invisible format characters) are shown escaped,
    // as in the text report, so a CI page cannot be made to hide or reorder text.
    if (cp.value > 0x7F && utf8::is_hidden_control(cp.value)) {
      out += utf8::escape(cp.value);
      continue;
    }
    if (const std::string_view entity = markup_entity(cp.value); !entity.empty()) {
      out += entity;
      continue;
    }
    switch (cp.value) {
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += bytes;
    }
  }
  return out;
}

}  // namespace judge::report
