#include "parsers/grid/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::grid {
namespace {

// A decimal with 15 significant digits (what a spreadsheet's double means): the value is
// 0.digits × 10^point, i.e. `point` digits stand before the decimal mark.
struct Decimal {
    std::string digits;
    int point = 0;
};

Decimal to_decimal(double value) {
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                      std::chars_format::scientific, 14);
    std::string_view text(buffer, error == std::errc() ? static_cast<size_t>(end - buffer) : 0);
    Decimal d;
    size_t e = text.find('e');
    if (e == std::string_view::npos) return {"0", 1};
    for (char c : text.substr(0, e))
        if (c >= '0' && c <= '9') d.digits.push_back(c);
    int exponent = 0;
    std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(),
                    exponent);
    d.point = exponent + 1;
    while (d.digits.size() > 1 && d.digits.back() == '0')
        d.digits.pop_back();
    if (d.digits == "0") d.point = 1;
    return d;
}

// Integer and fraction digits of the decimal rounded half-up to `decimals` places.
std::pair<std::string, std::string> round_fixed(const Decimal& d, int decimals) {
    std::string all; // integer digits then fraction digits, fraction exactly `decimals` long
    int integer_digits = std::max(d.point, 0);
    for (int i = 0; i < integer_digits; ++i)
        all.push_back(static_cast<size_t>(i) < d.digits.size() ? d.digits[static_cast<size_t>(i)]
                                                               : '0');
    auto digit_at = [&](int fraction_index) -> char { // 0 = first digit after the mark
        int at = d.point + fraction_index;
        if (at < 0 || static_cast<size_t>(at) >= d.digits.size()) return '0';
        return d.digits[static_cast<size_t>(at)];
    };
    for (int i = 0; i < decimals; ++i)
        all.push_back(digit_at(i));
    if (digit_at(decimals) >= '5') {
        size_t i = all.size();
        while (i > 0 && all[i - 1] == '9')
            all[--i] = '0';
        if (i == 0)
            all.insert(all.begin(), '1');
        else
            ++all[i - 1];
    }
    size_t split = all.size() - static_cast<size_t>(decimals);
    std::string integer = all.substr(0, split), fraction = all.substr(split);
    size_t first = integer.find_first_not_of('0');
    integer = first == std::string::npos ? "" : integer.substr(first);
    return {integer, fraction};
}

std::string general(double value) {
    if (value == 0 || !std::isfinite(value)) return "0";
    Decimal d = to_decimal(value);
    std::string sign = value < 0 ? "-" : "";
    if (std::fabs(value) >= 1e15 || std::fabs(value) < 1e-9) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*E", static_cast<int>(d.digits.size()) - 1, value);
        return buffer;
    }
    int decimals = std::max(0, static_cast<int>(d.digits.size()) - d.point);
    auto [integer, fraction] = round_fixed(d, decimals);
    return sign + (integer.empty() ? "0" : integer) + (fraction.empty() ? "" : "." + fraction);
}

// Sections of a format split at ';' outside quotes, escapes and brackets.
std::vector<std::string_view> sections_of(std::string_view format) {
    std::vector<std::string_view> out;
    size_t start = 0;
    bool quoted = false;
    int bracket = 0;
    for (size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\\') {
            ++i;
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']' && bracket > 0) {
            --bracket;
        } else if (c == ';' && bracket == 0) {
            out.push_back(format.substr(start, i - start));
            start = i + 1;
        }
    }
    out.push_back(format.substr(start));
    return out;
}

struct Pattern {
    std::string prefix, suffix;
    int integer_zeros = 0;
    int min_decimals = 0, max_decimals = 0;
    bool grouping = false;
    int percent = 0;
    int thousands_scale = 0; // commas right after the last digit placeholder
    bool scientific = false;
    bool has_digits = false;
};

// "[$€-407]" -> "€"; other bracketed codes (colours, conditions, locales) show nothing.
std::string bracket_text(std::string_view inside) {
    if (!inside.starts_with("$")) return {};
    inside.remove_prefix(1);
    size_t dash = inside.find('-');
    return std::string(inside.substr(0, dash));
}

Pattern parse_pattern(std::string_view section) {
    Pattern p;
    bool after_point = false, digits_done = false;
    int pending_commas = 0;
    auto literal = [&](std::string_view text) {
        (p.has_digits ? p.suffix : p.prefix) += text;
        if (p.has_digits) digits_done = true;
    };
    for (size_t i = 0; i < section.size(); ++i) {
        char c = section[i];
        if (c == '"') {
            size_t end = section.find('"', i + 1);
            if (end == std::string_view::npos) end = section.size();
            literal(section.substr(i + 1, end - i - 1));
            i = end;
        } else if (c == '\\' && i + 1 < section.size()) {
            size_t pos = i + 1;
            utf8::next(section, pos);
            literal(section.substr(i + 1, pos - i - 1));
            i = pos - 1;
        } else if (c == '[') {
            size_t end = section.find(']', i);
            if (end == std::string_view::npos) end = section.size();
            literal(bracket_text(section.substr(i + 1, end - i - 1)));
            i = end;
        } else if (c == '_' || c == '*') {
            ++i; // alignment padding and fill: nothing to read
        } else if ((c == '0' || c == '#' || c == '?') && !digits_done) {
            p.has_digits = true;
            if (pending_commas > 0 && !after_point) p.grouping = true;
            pending_commas = 0;
            if (after_point) {
                ++p.max_decimals;
                if (c == '0') ++p.min_decimals;
            } else if (c == '0') {
                ++p.integer_zeros;
            }
        } else if (c == '.' && p.has_digits && !after_point && !digits_done) {
            after_point = true;
        } else if (c == '.' && !p.has_digits) {
            after_point = true; // ".00"
            p.has_digits = true;
        } else if (c == ',' && p.has_digits && !digits_done) {
            ++pending_commas;
        } else if ((c == 'E' || c == 'e') && p.has_digits && i + 1 < section.size() &&
                   (section[i + 1] == '+' || section[i + 1] == '-')) {
            p.scientific = true;
            break;
        } else {
            if (c == '%') ++p.percent;
            if (c == ' ' && !p.has_digits && p.prefix.empty()) continue;
            literal(section.substr(i, 1));
        }
    }
    p.thousands_scale = after_point ? 0 : pending_commas;
    return p;
}

std::string group(const std::string& integer) {
    std::string out;
    for (size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(integer[i]);
    }
    return out;
}

std::string render(double value, const Pattern& p) {
    if (p.scientific || !p.has_digits) return p.prefix + general(value) + p.suffix;
    double scaled = value * std::pow(100.0, p.percent) / std::pow(1000.0, p.thousands_scale);
    auto [integer, fraction] = round_fixed(to_decimal(scaled), p.max_decimals);
    while (static_cast<int>(fraction.size()) > p.min_decimals && fraction.ends_with('0'))
        fraction.pop_back();
    while (static_cast<int>(integer.size()) < p.integer_zeros)
        integer.insert(integer.begin(), '0');
    if (p.grouping) integer = group(integer);
    std::string number = integer + (fraction.empty() ? "" : "." + fraction);
    return p.prefix + number + p.suffix;
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9u);
    y += m <= 2;
}

} // namespace

std::string_view builtin_number_format(unsigned id) {
    switch (id) {
    case 0:
        return "General";
    case 1:
        return "0";
    case 2:
        return "0.00";
    case 3:
    case 37:
    case 38:
    case 41:
    case 5:
    case 6:
    case 42:
        return "#,##0";
    case 4:
    case 39:
    case 40:
    case 43:
    case 7:
    case 8:
    case 44:
        return "#,##0.00";
    case 9:
        return "0%";
    case 10:
        return "0.00%";
    case 11:
    case 48:
        return "0.00E+00";
    case 12:
    case 13:
        return "General";
    case 14:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 34:
    case 35:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        return "yyyy-mm-dd";
    case 15:
    case 16:
    case 17:
        return "d-mmm-yy";
    case 18:
    case 19:
    case 20:
    case 21:
    case 32:
    case 33:
    case 45:
    case 46:
    case 47:
    case 55:
    case 56:
        return "h:mm:ss";
    case 22:
        return "yyyy-mm-dd h:mm";
    case 49:
        return "@";
    default:
        return "";
    }
}

bool is_date_format(std::string_view format) {
    bool quoted = false;
    for (size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\\' || c == '_' || c == '*') {
            ++i;
            continue;
        }
        if (c == '[') {
            size_t end = format.find(']', i);
            std::string inside = utf8::ascii_lower(format.substr(i + 1, end - i - 1));
            if (inside == "h" || inside == "hh" || inside == "mm" || inside == "ss") return true;
            if (end == std::string_view::npos) return false;
            i = end;
            continue;
        }
        char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (lower == 'y' || lower == 'm' || lower == 'd' || lower == 'h' || lower == 's')
            return true;
        if (lower == 'e' && i + 1 < format.size() && (format[i + 1] == '+' || format[i + 1] == '-'))
            return false;
    }
    return false;
}

std::string serial_date(double serial, bool date1904, bool with_time) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) return general(serial);
    auto days = static_cast<int64_t>(std::floor(serial));
    int64_t base =
        date1904 ? days_from_civil(1904, 1, 1) : days_from_civil(1899, 12, days >= 61 ? 30 : 31);
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(base + days, y, m, d);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    std::string out = buffer;
    auto seconds = static_cast<long>(std::llround((serial - std::floor(serial)) * 86400.0));
    if (with_time && seconds > 0) {
        std::snprintf(buffer, sizeof buffer, " %02ld:%02ld", seconds / 3600, seconds / 60 % 60);
        out += buffer;
        if (seconds % 60 != 0) out += ":" + std::to_string(100 + seconds % 60).substr(1);
    }
    return out;
}

std::string format_number(double value, std::string_view format, bool date1904) {
    std::string lower = utf8::ascii_lower(utf8::trim(format));
    if (lower.empty() || lower == "general" || lower == "@") return general(value);
    auto sections = sections_of(format);
    std::string_view section = sections[0];
    bool add_minus = value < 0;
    if (value < 0 && sections.size() > 1 && !utf8::trim(sections[1]).empty()) {
        section = sections[1];
        add_minus = false;
    } else if (value == 0 && sections.size() > 2) {
        section = sections[2];
    }
    if (is_date_format(section)) {
        std::string l = utf8::ascii_lower(section);
        bool time_only = l.find('y') == std::string::npos && l.find('d') == std::string::npos;
        if (time_only) return general(value);
        return serial_date(value, date1904, l.find('h') != std::string::npos);
    }
    std::string out = render(std::fabs(value), parse_pattern(section));
    return add_minus ? "-" + out : out;
}

} // namespace mailclerk::grid
