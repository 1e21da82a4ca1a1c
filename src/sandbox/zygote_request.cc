#include "sandbox/zygote_request.h"

#include <sys/stat.h>

#include <cstring>

#include "util/error.h"

namespace judge::sandbox {

namespace {

void append_string(std::string* out, const std::string& s) {
  if (s.find('\0') != std::string::npos) {
    throw InternalError("sandbox request: string contains a NUL byte: " + s.substr(0, 40));
  }
  out->append(s);
  out->push_back('\0');
}

// Reads one NUL-terminated string at *pos; advances *pos. nullptr when the buffer ends first.
char* next_string(char* buffer, std::size_t size, std::size_t* pos) {
  if (*pos >= size) return nullptr;
  char* start = buffer + *pos;
  const void* nul = std::memchr(start, '\0', size - *pos);
  if (nul == nullptr) return nullptr;
  *pos += static_cast<std::size_t>(static_cast<const char*>(nul) - start) + 1;
  return start;
}

}  // namespace

std::string encode_request(const RunSpec& spec, const ProcessLimits& limits,
                           const PrivateTmpfsSizes& tmpfs, std::uint32_t flags) {
  if (spec.argv.empty()) throw InternalError("sandbox request: empty argv");
  const std::size_t bind_count = spec.binds.size() + (spec.box_contents.empty() ? 0 : 1);
  if (spec.argv.size() > kMaxArgs || spec.env.size() > kMaxEnv || bind_count > kMaxBinds) {
    throw InternalError("sandbox request: too many arguments, variables or binds");
  }
  RequestHeader header{};
  header.magic = kRequestMagic;
  header.argc = static_cast<std::uint32_t>(spec.argv.size());
  header.envc = static_cast<std::uint32_t>(spec.env.size());
  header.bindc = static_cast<std::uint32_t>(bind_count);
  header.box_bytes = tmpfs.box_bytes;
  header.tmp_bytes = tmpfs.tmp_bytes;
  header.limits = limits;
  header.flags = flags;

  std::string out(reinterpret_cast<const char*>(&header), sizeof header);
  append_string(&out, spec.cwd.empty() ? "/box" : spec.cwd);
  for (const auto& arg : spec.argv) append_string(&out, arg);
  for (const auto& var : spec.env) append_string(&out, var);
  if (!spec.box_contents.empty()) {
    // Overlay options are comma- and colon-separated: such a path cannot be said in them.
    append_string(&out, spec.box_contents);
    append_string(&out, "/box");
    append_string(&out, std::string{'r', static_cast<char>(BindKind::kBoxContents)});
    append_string(&out, spec.box_files);
  } else if (!spec.box_files.empty()) {
    throw InternalError("sandbox request: box_files without box_contents");
  }
  for (const auto& bind : spec.binds) {
    struct stat st {};
    if (::stat(bind.host_path.c_str(), &st) != 0) throw_errno("stat", bind.host_path);
    if (bind.sandbox_path.empty() || bind.sandbox_path[0] != '/') {
      throw InternalError("sandbox bind target must be absolute: '" + bind.sandbox_path + "'");
    }
    append_string(&out, bind.host_path);
    append_string(&out, bind.sandbox_path);
    std::string mode;
    mode.push_back(bind.writable ? 'w' : 'r');
    mode.push_back(static_cast<char>(S_ISDIR(st.st_mode) ? BindKind::kDirectory : BindKind::kFile));
    append_string(&out, mode);
    if (bind.writable && S_ISDIR(st.st_mode) && bind.work_path.empty()) {
      throw InternalError("sandbox bind: writable directory " + bind.host_path +
                          " without a work directory");
    }
    append_string(&out, bind.work_path);
  }
  if (out.size() > kMaxRequestBytes) throw InternalError("sandbox request too large");
  return out;
}

bool decode_request(char* buffer, std::size_t size, DecodedRequest* out) {
  if (size < sizeof(RequestHeader)) return false;
  std::memcpy(&out->header, buffer, sizeof(RequestHeader));
  const RequestHeader& h = out->header;
  if (h.magic != kRequestMagic || h.argc == 0 || h.argc > kMaxArgs || h.envc > kMaxEnv ||
      h.bindc > kMaxBinds) {
    return false;
  }
  std::size_t pos = sizeof(RequestHeader);
  out->cwd = next_string(buffer, size, &pos);
  if (out->cwd == nullptr) return false;
  for (std::uint32_t i = 0; i < h.argc; ++i) {
    if ((out->argv[i] = next_string(buffer, size, &pos)) == nullptr) return false;
  }
  out->argv[h.argc] = nullptr;
  for (std::uint32_t i = 0; i < h.envc; ++i) {
    if ((out->envp[i] = next_string(buffer, size, &pos)) == nullptr) return false;
  }
  out->envp[h.envc] = nullptr;
  for (std::uint32_t i = 0; i < h.bindc; ++i) {
    DecodedBind& b = out->binds[i];
    b.host_path = next_string(buffer, size, &pos);
    b.sandbox_path = next_string(buffer, size, &pos);
    const char* mode = next_string(buffer, size, &pos);
    b.extra = next_string(buffer, size, &pos);
    if (b.host_path == nullptr || b.sandbox_path == nullptr || mode == nullptr ||
        b.extra == nullptr || std::strlen(mode) != 2) {
      return false;
    }
    b.writable = mode[0] == 'w';
    b.kind = static_cast<BindKind>(mode[1]);
    if (b.kind != BindKind::kFile && b.kind != BindKind::kDirectory &&
        b.kind != BindKind::kBoxContents) {
      return false;
    }
  }
  return pos == size;
}

}  // namespace judge::sandbox
