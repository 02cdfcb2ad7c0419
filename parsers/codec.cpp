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

namespace {

// One line of text at pos, without its line end; pos moves past the line end.
std::string_view next_line(std::string_view text, size_t& pos) {
    size_t eol = text.find('\n', pos);
    size_t end = eol == std::string_view::npos ? text.size() : eol;
    std::string_view line = text.substr(pos, end - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// "begin 644 name.ext": three-or-four octal digits, then the file name.
std::optional<std::string> begin_line_name(std::string_view line) {
    if (!line.starts_with("begin ")) return std::nullopt;
    line.remove_prefix(6);
    size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '7')
        ++digits;
    if (digits < 3 || digits > 4 || digits >= line.size() || line[digits] != ' ')
        return std::nullopt;
    std::string_view name = line.substr(digits + 1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
        name.remove_suffix(1);
    if (name.empty()) return std::nullopt;
    return std::string(name);
}

int uu_value(char c) {
    return c == '`' ? 0 : (static_cast<unsigned char>(c) - 0x20) & 0x3F;
}

// Decode one body line: the first character gives the byte count.
void decode_uu_line(std::string_view line, DecodedBytes& out) {
    if (line.empty()) return;
    size_t count = static_cast<size_t>(uu_value(line[0]));
    line.remove_prefix(1);
    for (char c : line)
        if (c < 0x20 || c > 0x60) out.damaged = true;
    size_t produced = 0;
    for (size_t i = 0; produced < count; i += 4) {
        auto at = [&](size_t k) { return i + k < line.size() ? uu_value(line[i + k]) : 0; };
        // Transports strip trailing blanks ("`" too, with some encoders): missing is zero.
        uint32_t group = (static_cast<uint32_t>(at(0)) << 18) |
                         (static_cast<uint32_t>(at(1)) << 12) |
                         (static_cast<uint32_t>(at(2)) << 6) | static_cast<uint32_t>(at(3));
        for (int shift = 16; shift >= 0 && produced < count; shift -= 8, ++produced)
            out.bytes.push_back(static_cast<char>((group >> shift) & 0xFF));
    }
}

bool is_end_line(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line == "end";
}

} // namespace

std::optional<UuFile> uudecode(std::string_view encoded) {
    size_t pos = 0;
    UuFile file;
    bool begun = false;
    while (pos < encoded.size() && !begun) {
        if (auto name = begin_line_name(next_line(encoded, pos))) {
            file.name = std::move(*name);
            begun = true;
        }
    }
    if (!begun) return std::nullopt;
    while (pos < encoded.size()) {
        std::string_view line = next_line(encoded, pos);
        if (is_end_line(line)) return file;
        decode_uu_line(line, file.content);
    }
    file.content.damaged = true; // no "end" line
    return file;
}

std::vector<UuBlock> find_uu_blocks(std::string_view text) {
    std::vector<UuBlock> blocks;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t line_start = pos;
        if (!begin_line_name(next_line(text, pos))) continue;
        // A real block: only uuencoded lines (length character in range) until "end".
        size_t scan = pos;
        bool ended = false;
        while (scan < text.size() && !ended) {
            std::string_view line = next_line(text, scan);
            ended = is_end_line(line);
            if (!ended && !line.empty() && (line[0] < 0x20 || line[0] > 0x60)) break;
        }
        if (!ended) continue;
        blocks.push_back({line_start, scan});
        pos = scan;
    }
    return blocks;
}

} // namespace mailclerk::parsers
