#include "util/sha256.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using judge::Sha256;
using judge::sha256_hex;

// Test vectors from NIST (FIPS 180-2 appendix B and the "SHA-256 examples" page).
TEST_CASE("sha256 of the empty string", "[sha256]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256 of abc", "[sha256]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256 of the 448-bit message", "[sha256]") {
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256 of the 896-bit message", "[sha256]") {
  CHECK(sha256_hex(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqkl"
            "mnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("sha256 of one million a", "[sha256]") {
  const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  CHECK(sha256_hex(std::string(1'000'000, 'a')) == expected);

  // Same input fed in uneven pieces crosses block boundaries at every offset.
  Sha256 hasher;
  std::size_t fed = 0;
  for (std::size_t piece = 1; fed < 1'000'000; piece = piece % 129 + 1) {
    const std::size_t take = std::min(piece, 1'000'000 - fed);
    hasher.update(std::string(take, 'a'));
    fed += take;
  }
  CHECK(hasher.hex_digest() == expected);
}

TEST_CASE("sha256 around the padding boundary lengths", "[sha256]") {
  // 55 bytes pad into one block, 56 need a second; both must differ from their neighbours.
  CHECK(sha256_hex(std::string(55, 'a')) ==
        "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) ==
        "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) ==
        "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}
