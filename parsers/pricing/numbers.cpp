#include "parsers/pricing/numbers.hpp"

#include <algorithm>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::pricing {

char32_t ascii_digit(char32_t c) {
    for (char32_t zero : {U'\uFF10', U'\u0660', U'\u06F0'})
        if (c >= zero && c <= zero + 9) return U'0' + (c - zero);
    return c;
}

namespace {

bool is_space(char32_t c) {
    return c == U' ' || c == U'\u00A0' || (c >= U'\u2000' && c <= U'\u200A') || c == U'\u202F' ||
           c == U'\u205F' || c == U'\u3000';
}

// Digits of any script and full-width marks to ASCII, every space to ' ', apostrophes to '\''.
// nullopt when a character cannot be part of a number.
std::optional<std::string> normalised(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        c = ascii_digit(c);
        if (c == U'\uFF0C') c = U',';
        if (c == U'\uFF0E') c = U'.';
        if (c == U'\uFF0D' || c == U'\u2212') c = U'-';
        if (c == U'\u2019' || c == U'\u2032' || c == U'\u02BC') c = U'\'';
        if (is_space(c)) c = U' ';
        bool ok = (c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U' ' || c == U'\'' ||
                  c == U'-' || c == U'+';
        if (!ok) return std::nullopt;
        out.push_back(static_cast<char>(c));
    }
    return std::string(utf8::trim(out));
}

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// India's grouping with commas: the last three digits, then pairs ("1,25,000", "12,34,567",
// "1,00,00,000" = lakh and crore); the digits, or nullopt for any other pattern.
std::optional<std::string> ungroup_lakh(std::string_view integer) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        size_t at = integer.find(',', start);
        parts.push_back(
            integer.substr(start, at == std::string_view::npos ? integer.npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    if (parts.size() < 3 || parts.back().size() != 3) return std::nullopt;
    if (parts.front().empty() || parts.front().size() > 2 || parts.front()[0] == '0')
        return std::nullopt;
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        bool middle = i > 0 && i + 1 < parts.size();
        if (!all_digits(parts[i]) || (middle && parts[i].size() != 2)) return std::nullopt;
        out += parts[i];
    }
    return out;
}

// The integer part without its grouping; nullopt when the groups are not threes after a
// first group of one to three digits that does not start with 0 (or, with commas, India's
// lakh grouping).
std::optional<std::string> ungroup(std::string_view integer, std::string_view groups) {
    size_t first_mark = integer.find_first_of(groups);
    if (first_mark == std::string_view::npos)
        return all_digits(integer) ? std::optional<std::string>(integer) : std::nullopt;
    char mark = integer[first_mark];
    if (mark == ',')
        if (auto lakh = ungroup_lakh(integer)) return lakh;
    std::string out;
    size_t start = 0;
    bool first = true;
    while (true) {
        size_t at = integer.find(mark, start);
        std::string_view part =
            integer.substr(start, at == std::string_view::npos ? integer.npos : at - start);
        if (!all_digits(part)) return std::nullopt;
        if (first && (part.size() > 3 || (part[0] == '0'))) return std::nullopt;
        if (!first && part.size() != 3) return std::nullopt;
        out += part;
        first = false;
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

std::string canonical(std::string integer, std::string_view fraction, bool negative) {
    size_t first = integer.find_first_not_of('0');
    integer = first == std::string::npos ? "0" : integer.substr(first);
    std::string out = integer;
    if (!fraction.empty()) out += "." + std::string(fraction);
    bool zero = out.find_first_not_of("0.") == std::string::npos;
    if (negative && !zero) out.insert(out.begin(), '-');
    return out;
}

// The reading with `decimal` as the decimal mark (0: an integer) and the other marks grouping.
std::optional<std::string> read_with(std::string_view s, char decimal, bool negative) {
    std::string groups = decimal == '.' ? ", '" : decimal == ',' ? ". '" : ",. '";
    std::string_view integer = s, fraction;
    if (decimal != 0) {
        size_t at = s.find(decimal);
        if (at != std::string_view::npos) {
            if (s.find(decimal, at + 1) != std::string_view::npos) return std::nullopt;
            integer = s.substr(0, at);
            fraction = s.substr(at + 1);
            if (!all_digits(fraction)) return std::nullopt;
            if (integer.empty()) integer = "0";
        }
    }
    // Only one kind of grouping character in the integer part.
    int kinds = 0;
    for (char g : groups)
        kinds += integer.find(g) != std::string_view::npos ? 1 : 0;
    if (kinds > 1) return std::nullopt;
    auto digits = ungroup(integer, groups);
    if (!digits) return std::nullopt;
    return canonical(*digits, fraction, negative);
}

struct Prepared {
    std::string text;
    bool negative = false;
};

std::optional<Prepared> prepare(std::string_view raw) {
    auto text = normalised(raw);
    if (!text || text->empty()) return std::nullopt;
    Prepared p;
    std::string_view s = *text;
    if (s.front() == '-' || s.front() == '+') {
        p.negative = s.front() == '-';
        s = utf8::trim(s.substr(1));
    }
    if (s.empty() || s.find_first_of("-+") != std::string_view::npos) return std::nullopt;
    if (!(s.front() >= '0' && s.front() <= '9') && !(s.front() == '.' || s.front() == ','))
        return std::nullopt;
    if (!(s.back() >= '0' && s.back() <= '9')) return std::nullopt;
    p.text = std::string(s);
    return p;
}

} // namespace

std::optional<std::string> read_number(std::string_view text, Mark mark) {
    auto p = prepare(text);
    if (!p) return std::nullopt;
    if (mark == Mark::dot) return read_with(p->text, '.', p->negative);
    if (mark == Mark::comma) return read_with(p->text, ',', p->negative);
    auto dot = read_with(p->text, '.', p->negative);
    auto comma = read_with(p->text, ',', p->negative);
    if (dot && comma && *dot != *comma) return std::nullopt; // "1,250" / "1.250"
    return dot ? dot : comma;
}

Mark mark_evidence(std::string_view number) {
    auto p = prepare(number);
    if (!p) return Mark::unknown;
    auto dot = read_with(p->text, '.', p->negative);
    auto comma = read_with(p->text, ',', p->negative);
    if (dot && !comma) return Mark::dot;
    if (comma && !dot) return Mark::comma;
    return Mark::unknown;
}

Mark decimal_mark_of(const std::vector<std::string>& numbers, Mark fallback) {
    int dot = 0, comma = 0;
    for (const std::string& n : numbers) {
        Mark m = mark_evidence(n);
        dot += m == Mark::dot ? 1 : 0;
        comma += m == Mark::comma ? 1 : 0;
    }
    if (dot > comma) return Mark::dot;
    if (comma > dot) return Mark::comma;
    return fallback;
}

std::optional<std::string> parse_decimal(std::string_view text) {
    auto p = prepare(text);
    if (!p) return std::nullopt;
    // Ambiguous "1,250" / "1.250": the English reading (',' groups, '.' is a decimal mark).
    auto dot = read_with(p->text, '.', p->negative);
    return dot ? dot : read_with(p->text, ',', p->negative);
}

std::string divide_by_power_of_ten(std::string_view decimal, int places) {
    std::string digits;
    int scale = decimals_of(decimal);
    for (char c : decimal)
        if (c != '.') digits.push_back(c);
    scale += places;
    while (static_cast<int>(digits.size()) <= scale)
        digits.insert(digits.begin(), '0');
    std::string out = digits.substr(0, digits.size() - static_cast<size_t>(scale)) + "." +
                      digits.substr(digits.size() - static_cast<size_t>(scale));
    while (out.ends_with('0') && decimals_of(out) > 2)
        out.pop_back();
    return canonical(out.substr(0, out.find('.')), out.substr(out.find('.') + 1), false);
}

std::string multiply_by_power_of_ten(std::string_view decimal, int places) {
    size_t dot = decimal.find('.');
    std::string integer(decimal.substr(0, dot));
    std::string fraction =
        dot == std::string_view::npos ? "" : std::string(decimal.substr(dot + 1));
    while (places-- > 0) {
        integer.push_back(fraction.empty() ? '0' : fraction.front());
        if (!fraction.empty()) fraction.erase(0, 1);
    }
    while (integer.size() > 1 && integer.front() == '0')
        integer.erase(0, 1);
    return fraction.empty() ? integer : integer + "." + fraction;
}

std::optional<std::string> apply_percent(std::string_view price, std::string_view percent,
                                         Rounding rounding) {
    __extension__ using Int = __int128;
    auto to_int = [](std::string_view text, int& scale) -> std::optional<Int> {
        bool negative = text.starts_with('-');
        if (negative || text.starts_with('+')) text.remove_prefix(1);
        if (text.empty() || text.size() > 24) return std::nullopt;
        Int value = 0;
        scale = 0;
        bool fraction = false;
        for (char c : text) {
            if (c == '.') {
                if (fraction) return std::nullopt;
                fraction = true;
                continue;
            }
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + (c - '0');
            scale += fraction ? 1 : 0;
        }
        return negative ? -value : value;
    };
    int price_scale = 0, percent_scale = 0;
    auto p = to_int(price, price_scale);
    auto q = to_int(percent, percent_scale);
    if (!p || !q || *p <= 0) return std::nullopt;
    Int hundred = 100;
    for (int i = 0; i < percent_scale; ++i)
        hundred *= 10;
    Int factor = hundred + *q; // (100 + percent) at the percent's scale
    if (factor <= 0) return std::nullopt;
    int decimals = std::max(price_scale, 2);
    Int value = *p; // at price_scale
    for (int i = price_scale; i < decimals; ++i)
        value *= 10;
    Int scaled = value * factor;                         // at decimals, times `hundred`
    Int result = (scaled * 2 + hundred) / (hundred * 2); // half-up
    if (rounding == Rounding::exact) {
        result = scaled; // at decimals + 2 + percent_scale: `hundred` is 10^(2 + percent_scale)
        decimals += 2 + percent_scale;
    }
    std::string digits;
    for (Int v = result; v > 0 || digits.size() <= static_cast<size_t>(decimals); v /= 10)
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    std::string integer = digits.substr(0, digits.size() - static_cast<size_t>(decimals));
    std::string fraction = digits.substr(integer.size());
    while (fraction.size() > 2 && fraction.back() == '0')
        fraction.pop_back();
    return canonical(integer, fraction, false);
}

Mark usual_mark(std::string_view currency) {
    static constexpr std::string_view k_dot[] = {"CNY", "JPY", "TWD", "HKD", "USD", "GBP",
                                                 "AUD", "CAD", "SGD", "NZD", "INR", "MYR",
                                                 "THB", "PHP", "KRW", "MXN", "CHF"};
    // Currencies whose countries write "1.250.000" and "2 450,00": the comma is the decimal mark.
    static constexpr std::string_view k_comma[] = {"IDR", "VND", "BRL", "RUB", "ARS", "CLP", "COP"};
    for (std::string_view code : k_dot)
        if (currency == code) return Mark::dot;
    for (std::string_view code : k_comma)
        if (currency == code) return Mark::comma;
    return Mark::unknown;
}

int decimals_of(std::string_view decimal) {
    size_t dot = decimal.find('.');
    return dot == std::string_view::npos ? 0 : static_cast<int>(decimal.size() - dot - 1);
}

} // namespace mailclerk::pricing
