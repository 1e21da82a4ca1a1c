// SHA-256, for cache keys (compiled solutions and checkers are cached by the hash of their
// source, language and compiler version).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace judge {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::string hex_digest();  // 64 lowercase hex characters; call once.

 private:
  void compress(const std::uint8_t* block);
  std::uint32_t state_[8];
  std::uint8_t buffer_[64];
  std::uint64_t length_ = 0;
  std::size_t buffered_ = 0;
};

std::string sha256_hex(std::string_view data);

}  // namespace judge
