// Modified UTF-7 for mailbox names (RFC 3501 5.1.3): printable ASCII stands for itself except
// "&", which is written "&-"; everything else is UTF-16 in base64 (',' instead of '/', no
// padding) between "&" and "-".
#include <optional>

#include "common/utf8.hpp"
#include "daemon/imap/client.hpp"

namespace mailclerk::imap {
namespace {

constexpr std::string_view k_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

bool is_direct(char32_t c) {
    return c >= 0x20 && c <= 0x7e;
}

int sextet(char c) {
    size_t pos = k_alphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// The UTF-16 units of one base64 run, or nothing when the run is malformed.
std::optional<std::u16string> decode_units(std::string_view run) {
    std::u16string units;
    uint32_t bits = 0;
    int count = 0;
    for (char c : run) {
        int value = sextet(c);
        if (value < 0) return std::nullopt;
        bits = (bits << 6) | static_cast<uint32_t>(value);
        count += 6;
        if (count >= 16) {
            count -= 16;
            units.push_back(static_cast<char16_t>((bits >> count) & 0xffff));
        }
    }
    // Leftover bits are padding: fewer than 6 of them, all zero.
    if (count >= 6 || (bits & ((1u << count) - 1)) != 0 || units.empty()) return std::nullopt;
    return units;
}

// Append the code points of UTF-16 units; false on an unpaired surrogate or NUL.
bool append_units(std::string& out, const std::u16string& units) {
    for (size_t i = 0; i < units.size(); ++i) {
        char32_t c = units[i];
        if (c >= 0xdc00 && c <= 0xdfff) return false;
        if (c >= 0xd800 && c <= 0xdbff) {
            if (i + 1 >= units.size() || units[i + 1] < 0xdc00 || units[i + 1] > 0xdfff)
                return false;
            c = 0x10000 + ((c - 0xd800) << 10) + (char32_t{units[++i]} - 0xdc00);
        }
        if (c == 0) return false;
        utf8::append(out, c);
    }
    return true;
}

std::optional<std::string> try_decode(std::string_view wire) {
    std::string out;
    for (size_t i = 0; i < wire.size(); ++i) {
        if (wire[i] != '&') {
            out.push_back(wire[i]);
            continue;
        }
        size_t end = wire.find('-', i + 1);
        if (end == std::string_view::npos) return std::nullopt;
        if (end == i + 1) {
            out.push_back('&');
        } else {
            auto units = decode_units(wire.substr(i + 1, end - i - 1));
            if (!units || !append_units(out, *units)) return std::nullopt;
        }
        i = end;
    }
    return out;
}

void append_base64(std::string& out, const std::u16string& units) {
    uint32_t bits = 0;
    int count = 0;
    out.push_back('&');
    for (char16_t unit : units) {
        bits = (bits << 16) | unit;
        count += 16;
        while (count >= 6) {
            count -= 6;
            out.push_back(k_alphabet[(bits >> count) & 0x3f]);
        }
    }
    if (count > 0) out.push_back(k_alphabet[(bits << (6 - count)) & 0x3f]);
    out.push_back('-');
}

void append_utf16(std::u16string& units, char32_t c) {
    if (c < 0x10000) {
        units.push_back(static_cast<char16_t>(c));
        return;
    }
    c -= 0x10000;
    units.push_back(static_cast<char16_t>(0xd800 + (c >> 10)));
    units.push_back(static_cast<char16_t>(0xdc00 + (c & 0x3ff)));
}

} // namespace

std::string decode_mutf7(std::string_view wire) {
    auto decoded = try_decode(wire);
    return decoded ? std::move(*decoded) : std::string(wire);
}

std::string encode_mutf7(std::string_view text) {
    std::string out;
    std::u16string pending; // a run of characters that need base64
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos); // invalid bytes become U+FFFD
        if (!is_direct(c)) {
            append_utf16(pending, c);
            continue;
        }
        if (!pending.empty()) append_base64(out, pending);
        pending.clear();
        out.push_back(static_cast<char>(c));
        if (c == '&') out.push_back('-');
    }
    if (!pending.empty()) append_base64(out, pending);
    return out;
}

} // namespace mailclerk::imap
