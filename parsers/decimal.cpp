#include "parsers/decimal.hpp"

#include <algorithm>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

// Full-width digits and marks to ASCII, thin and no-break spaces dropped; anything else kept.
std::string half_width(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        if (c >= U'\uFF10' && c <= U'\uFF19')
            c = c - U'\uFF10' + U'0';
        else if (c == U'\uFF0C')
            c = U',';
        else if (c == U'\uFF0E')
            c = U'.';
        else if (c == U'\uFF0D')
            c = U'-';
        if (c == U'\u2009' || c == U'\u202F' || c == U'\u00A0') continue;
        utf8::append(out, c);
    }
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split(std::string_view s, char mark) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t at = s.find(mark); at != std::string_view::npos; at = s.find(mark, start)) {
        parts.push_back(s.substr(start, at - start));
        start = at + 1;
    }
    parts.push_back(s.substr(start));
    return parts;
}

// The integer part with its grouping removed, or nullopt when the groups are not threes.
std::optional<std::string> ungroup(std::string_view integer, char group) {
    if (group == 0) return all_digits(integer) ? std::optional<std::string>(integer) : std::nullopt;
    auto parts = split(integer, group);
    if (parts.front().empty() || parts.front().size() > 3 || !all_digits(parts.front()))
        return std::nullopt;
    std::string out(parts.front());
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].size() != 3 || !all_digits(parts[i])) return std::nullopt;
        out += parts[i];
    }
    return out;
}

std::string strip_leading_zeros(std::string integer) {
    size_t first = integer.find_first_not_of('0');
    if (first == std::string::npos) return "0";
    return integer.substr(first);
}

// Which character is the decimal mark and which groups thousands (0 = none).
void pick_marks(std::string_view s, char& decimal, char& group) {
    size_t last_dot = s.rfind('.'), last_comma = s.rfind(',');
    size_t apostrophe = s.find('\'');
    decimal = 0;
    group = apostrophe != std::string_view::npos ? '\'' : 0;
    if (last_dot != std::string_view::npos && last_comma != std::string_view::npos) {
        decimal = last_dot > last_comma ? '.' : ',';
        group = last_dot > last_comma ? ',' : '.';
        return;
    }
    char mark = last_dot != std::string_view::npos ? '.' : ',';
    size_t at = mark == '.' ? last_dot : last_comma;
    if (at == std::string_view::npos) return;
    bool repeated = s.find(mark) != at;
    bool three_after = s.size() - at - 1 == 3;
    if (repeated || (mark == ',' && three_after))
        group = mark;
    else
        decimal = mark;
}

} // namespace

std::optional<std::string> parse_decimal(std::string_view raw) {
    std::string text = half_width(utf8::trim(raw));
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.front() < '0' || s.front() > '9') {
        // ".5" is a number too
        if (!(s.size() > 1 && s.front() == '.' && all_digits(s.substr(1)))) return std::nullopt;
    }
    char decimal = 0, group = 0;
    pick_marks(s, decimal, group);
    std::string_view integer = s, fraction;
    if (decimal != 0) {
        size_t at = s.rfind(decimal);
        integer = s.substr(0, at);
        fraction = s.substr(at + 1);
        if (!all_digits(fraction)) return std::nullopt;
    }
    if (integer.empty() && decimal == '.') integer = "0";
    auto digits = ungroup(integer, group);
    if (!digits) return std::nullopt;
    std::string out = strip_leading_zeros(*digits);
    if (!fraction.empty()) out += "." + std::string(fraction);
    bool zero = out.find_first_not_of("0.") == std::string::npos;
    if (negative && !zero) out.insert(out.begin(), '-');
    return out;
}

} // namespace mailclerk::parsers
