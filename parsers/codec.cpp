#include "parsers/codec.hpp"

#include <array>
#include <cstdint>

namespace mailclerk::parsers {
namespace {

constexpr int k_invalid = -1;
constexpr int k_space = -2;

constexpr std::array<int, 256> make_base64_table() {
    std::array<int, 256> table{};
    for (auto& entry : table)
        entry = k_invalid;
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
    // URL-safe variants show up in the wild; accepting them costs nothing.
    table['-'] = 62;
    table['_'] = 63;
    for (char c : {' ', '\t', '\r', '\n', '\f', '\v'})
        table[static_cast<unsigned char>(c)] = k_space;
    return table;
}
constexpr auto k_base64 = make_base64_table();

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

} // namespace

namespace {
// Emit what a partial quantum (2 or 3 sextets) holds; a lone sextet holds no whole byte.
void flush_partial(uint32_t accumulator, int pending, DecodedBytes& out) {
    if (pending == 1) out.damaged = true;
    if (pending == 2) out.bytes.push_back(static_cast<char>((accumulator >> 4) & 0xFF));
    if (pending == 3) {
        out.bytes.push_back(static_cast<char>((accumulator >> 10) & 0xFF));
        out.bytes.push_back(static_cast<char>((accumulator >> 2) & 0xFF));
    }
}
} // namespace

DecodedBytes base64_decode(std::string_view encoded) {
    DecodedBytes out;
    out.bytes.reserve(encoded.size() / 4 * 3 + 3);
    uint32_t accumulator = 0;
    int pending = 0; // sextets in the accumulator
    for (char c : encoded) {
        int value = k_base64[static_cast<unsigned char>(c)];
        if (value == k_space) continue;
        if (c == '=') {
            // Padding ends a quantum; some mailers concatenate encoded blocks, so keep going.
            flush_partial(accumulator, pending, out);
            accumulator = 0;
            pending = 0;
            continue;
        }
        if (value == k_invalid) {
            out.damaged = true;
            continue;
        }
        accumulator = (accumulator << 6) | static_cast<uint32_t>(value);
        if (++pending == 4) {
            const char triple[3] = {static_cast<char>((accumulator >> 16) & 0xFF),
                                    static_cast<char>((accumulator >> 8) & 0xFF),
                                    static_cast<char>(accumulator & 0xFF)};
            out.bytes.append(triple, 3);
            accumulator = 0;
            pending = 0;
        }
    }
    flush_partial(accumulator, pending, out);
    return out;
}

std::string quoted_printable_decode(std::string_view encoded, QpMode mode) {
    std::string out;
    out.reserve(encoded.size());
    for (size_t i = 0; i < encoded.size(); ++i) {
        char c = encoded[i];
        if (c == '_' && mode == QpMode::header) {
            out.push_back(' ');
            continue;
        }
        if (c != '=') {
            out.push_back(c);
            continue;
        }
        // Soft line break: "=" then optional trailing blanks then (CR)LF.
        size_t j = i + 1;
        while (j < encoded.size() && (encoded[j] == ' ' || encoded[j] == '\t'))
            ++j;
        if (j < encoded.size() && (encoded[j] == '\r' || encoded[j] == '\n')) {
            if (encoded[j] == '\r' && j + 1 < encoded.size() && encoded[j + 1] == '\n') ++j;
            i = j;
            continue;
        }
        if (j == encoded.size() && mode == QpMode::body) {
            i = j;
            continue;
        }
        int high = i + 1 < encoded.size() ? hex_value(encoded[i + 1]) : -1;
        int low = i + 2 < encoded.size() ? hex_value(encoded[i + 2]) : -1;
        if (high < 0 || low < 0) {
            out.push_back('=');
            continue;
        }
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return out;
}

} // namespace mailclerk::parsers
