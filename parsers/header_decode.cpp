#include "parsers/header_decode.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/codec.hpp"

namespace mailclerk::parsers {
namespace {

bool is_wsp(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool is_blank(std::string_view text) {
    for (char c : text)
        if (!is_wsp(c)) return false;
    return true;
}

struct EncodedWord {
    std::string charset;
    std::string bytes; // decoded, still in charset
    size_t end = 0;    // one past the closing "?="
};

// Parse "=?charset?B|Q?text?=" starting at pos (which points at "=?").
std::optional<EncodedWord> parse_encoded_word(std::string_view value, size_t pos) {
    size_t charset_end = value.find('?', pos + 2);
    if (charset_end == std::string_view::npos || charset_end == pos + 2) return std::nullopt;
    if (charset_end + 2 >= value.size() || value[charset_end + 2] != '?') return std::nullopt;
    char encoding = value[charset_end + 1];
    size_t text_begin = charset_end + 3;
    size_t text_end = value.find("?=", text_begin);
    if (text_end == std::string_view::npos) return std::nullopt;
    std::string_view charset = value.substr(pos + 2, charset_end - pos - 2);
    if (charset.find_first_of(" \t\r\n") != std::string_view::npos) return std::nullopt;
    std::string_view text = value.substr(text_begin, text_end - text_begin);
    EncodedWord word;
    word.charset = std::string(charset);
    word.end = text_end + 2;
    if (encoding == 'B' || encoding == 'b') {
        word.bytes = base64_decode(text).bytes;
    } else if (encoding == 'Q' || encoding == 'q') {
        word.bytes = quoted_printable_decode(text, QpMode::header);
    } else {
        return std::nullopt;
    }
    return word;
}

// Raw header bytes: UTF-8 when valid, else the usual suspects (GB18030, Windows-1252).
void append_raw(std::string& out, std::string_view raw) {
    out += raw_header_to_utf8(raw).text;
}

// Control characters have no business in a subject or a name (NUL breaks C consumers).
std::string clean_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte == '\t' || byte == '\r' || byte == '\n') {
            out.push_back(' ');
        } else if (byte >= 0x20 && byte != 0x7F) {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace

std::string unfold(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c != '\r' && c != '\n') {
            out.push_back(c);
            continue;
        }
        if (c == '\r' && i + 1 < value.size() && value[i + 1] == '\n') ++i;
        // A line break not followed by whitespace is broken folding: keep the words apart.
        bool folded = i + 1 < value.size() && (value[i + 1] == ' ' || value[i + 1] == '\t');
        if (!folded) out.push_back(' ');
    }
    return out;
}

std::string decode_header_text(std::string_view value) {
    std::string input = unfold(value);
    std::string_view text = input;
    std::string out;
    std::string pending_charset, pending_bytes; // adjacent words share multi-byte characters
    auto flush = [&] {
        if (!pending_bytes.empty()) out += to_utf8(pending_bytes, pending_charset).text;
        pending_bytes.clear();
        pending_charset.clear();
    };
    size_t pos = 0;
    bool after_word = false;
    while (pos < text.size()) {
        size_t start = text.find("=?", pos);
        std::optional<EncodedWord> word;
        while (start != std::string_view::npos && !(word = parse_encoded_word(text, start)))
            start = text.find("=?", start + 2);
        std::string_view gap =
            text.substr(pos, start == std::string_view::npos ? text.npos : start - pos);
        if (!word) {
            flush();
            append_raw(out, gap);
            break;
        }
        bool joins = after_word && is_blank(gap);
        if (!joins || utf8::ascii_lower(word->charset) != utf8::ascii_lower(pending_charset)) {
            flush();
            if (!joins) append_raw(out, gap);
        }
        pending_charset = word->charset;
        pending_bytes += word->bytes;
        pos = word->end;
        after_word = true;
    }
    flush();
    return utf8::sanitize(clean_controls(out));
}

} // namespace mailclerk::parsers

namespace mailclerk::parsers {
namespace {

// Split on ';' outside quoted strings and comments.
std::vector<std::string_view> split_params(std::string_view value) {
    std::vector<std::string_view> parts;
    bool quoted = false;
    int comment = 0;
    size_t begin = 0;
    for (size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '(') {
            ++comment;
        } else if (c == ')' && comment > 0) {
            --comment;
        } else if (c == ';' && comment == 0) {
            parts.push_back(value.substr(begin, i - begin));
            begin = i + 1;
        }
    }
    parts.push_back(value.substr(begin));
    return parts;
}

std::string unquote(std::string_view raw) {
    raw = utf8::trim(raw);
    if (raw.empty() || raw.front() != '"') return std::string(raw);
    std::string out;
    for (size_t i = 1; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size())
            out.push_back(raw[++i]);
        else if (raw[i] == '"')
            break;
        else
            out.push_back(raw[i]);
    }
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        int high = i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
        int low = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
        if (text[i] == '%' && high >= 0 && low >= 0) {
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// One RFC 2231 piece: "name*1*=..." has section 1 and is percent-encoded.
struct Section {
    int index = 0;
    bool extended = false;
    std::string value;
};

struct RawParam {
    std::vector<Section> sections;
    std::string plain; // the plain "name=" form, used when no "name*" form exists
    bool has_plain = false;
};

void add_param(std::map<std::string, RawParam>& raw, std::string_view part) {
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) return;
    std::string name = utf8::ascii_lower(utf8::trim(part.substr(0, eq)));
    std::string value = unquote(part.substr(eq + 1));
    if (name.empty()) return;
    size_t star = name.find('*');
    if (star == std::string::npos) {
        raw[name].plain = std::move(value);
        raw[name].has_plain = true;
        return;
    }
    Section section;
    section.extended = name.back() == '*';
    std::string index = name.substr(star + 1, name.size() - star - 1 - (section.extended ? 1 : 0));
    if (!index.empty() && index.find_first_not_of("0123456789") == std::string::npos &&
        index.size() < 5)
        section.index = std::stoi(index);
    section.value = std::move(value);
    raw[name.substr(0, star)].sections.push_back(std::move(section));
}

// Join RFC 2231 sections in order; the first extended one carries charset'language'.
std::string assemble(std::vector<Section> sections) {
    std::stable_sort(sections.begin(), sections.end(),
                     [](const Section& a, const Section& b) { return a.index < b.index; });
    std::string charset, bytes;
    for (size_t i = 0; i < sections.size(); ++i) {
        std::string_view value = sections[i].value;
        if (i == 0 && sections[i].extended) {
            size_t first = value.find('\'');
            size_t second = first == value.npos ? value.npos : value.find('\'', first + 1);
            if (second != value.npos) {
                charset = std::string(value.substr(0, first));
                value.remove_prefix(second + 1);
            }
        }
        bytes += sections[i].extended ? percent_decode(value) : std::string(value);
    }
    // Some mailers put RFC 2047 words inside RFC 2231 values; decode those too.
    std::string text = to_utf8(bytes, charset).text;
    return text.find("=?") != std::string::npos ? decode_header_text(text) : clean_controls(text);
}

} // namespace

ParameterizedHeader parse_parameterized(std::string_view header_value) {
    std::string input = unfold(header_value);
    std::vector<std::string_view> parts = split_params(input);
    ParameterizedHeader result;
    result.value = utf8::sanitize(utf8::ascii_lower(utf8::trim(unquote(parts.front()))));
    std::map<std::string, RawParam> raw;
    for (size_t i = 1; i < parts.size(); ++i)
        add_param(raw, parts[i]);
    for (auto& [name, param] : raw) {
        if (!param.sections.empty())
            result.params[name] = assemble(std::move(param.sections));
        else
            result.params[name] = decode_header_text(param.plain);
    }
    return result;
}

} // namespace mailclerk::parsers
