#include "daemon/app/passwords.hpp"

#include <sodium.h>

namespace mailclerk::app {

bool init_crypto() {
    return sodium_init() >= 0;
}

Result<std::string> hash_password(std::string_view password) {
    if (password.empty()) return fail(ErrorCode::usage, "the password is empty");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return fail(ErrorCode::io, "cannot hash the password (out of memory)");
    return std::string(out);
}

bool check_password(std::string_view password, const std::string& hash) {
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return std::string(hex, sizeof bytes * 2);
}

bool same_token(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace mailclerk::app
