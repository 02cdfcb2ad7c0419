#include "common/sha256.hpp"

#include <array>
#include <memory>

#include <openssl/evp.h>

namespace mailclerk {
namespace {

struct DigestContextFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextFree>;

std::string to_hex(const unsigned char* digest, size_t size) {
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (size_t i = 0; i < size; ++i) {
        out.push_back(k_hex[digest[i] >> 4]);
        out.push_back(k_hex[digest[i] & 0x0f]);
    }
    return out;
}

// Feeds the digest segment by segment; `skip_cr_before_lf` drops the CR of each CRLF.
std::string digest(std::string_view bytes, bool skip_cr_before_lf) {
    DigestContext context(EVP_MD_CTX_new());
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    size_t start = 0;
    if (skip_cr_before_lf) {
        for (size_t at = bytes.find("\r\n"); at != std::string_view::npos;
             at = bytes.find("\r\n", at + 2)) {
            EVP_DigestUpdate(context.get(), bytes.data() + start, at - start);
            start = at + 1; // resume at the LF
        }
    }
    EVP_DigestUpdate(context.get(), bytes.data() + start, bytes.size() - start);
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int size = 0;
    EVP_DigestFinal_ex(context.get(), out.data(), &size);
    return to_hex(out.data(), size);
}

} // namespace

std::string sha256_hex(std::string_view bytes) {
    return digest(bytes, false);
}

std::string sha256_hex_lf(std::string_view bytes) {
    return digest(bytes, true);
}

} // namespace mailclerk
