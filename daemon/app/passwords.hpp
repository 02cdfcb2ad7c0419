#pragma once
// Password hashes and secret tokens, through libsodium (wrapped here only): the web page's
// logins and sessions, and `mailclerk user` setting passwords, use the same functions.
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace mailclerk::app {

// libsodium's one-time initialisation; false when it cannot start (no entropy source).
bool init_crypto();

// crypto_pwhash_str with OPSLIMIT/MEMLIMIT_INTERACTIVE: "$argon2id$v=19$m=...". Fails for an
// empty password or when memory runs out.
Result<std::string> hash_password(std::string_view password);
// True when `password` matches `hash` (constant time inside libsodium); false for "" hashes.
bool check_password(std::string_view password, const std::string& hash);

// 256 random bits as 64 lower-case hex digits.
std::string random_token();
// Equal strings, compared in time independent of where they differ.
bool same_token(std::string_view a, std::string_view b);

} // namespace mailclerk::app
