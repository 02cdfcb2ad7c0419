#include "parsers/date.hpp"

#include <array>
#include <cstdio>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

struct Fields {
    int year = -1, month = -1, day = -1;
    int hour = 0, minute = 0, second = 0;
    bool has_time = false;
    bool invalid = false;            // a part was recognised but out of range (25:00)
    std::optional<int> zone_minutes; // east of UTC
};

bool is_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

int month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> k_months = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) return -1;
    std::string lower = utf8::ascii_lower(word.substr(0, 3));
    for (size_t i = 0; i < k_months.size(); ++i)
        if (lower == k_months[i]) return static_cast<int>(i) + 1;
    return -1;
}

std::optional<int> named_zone(std::string_view word) {
    static constexpr std::pair<std::string_view, int> k_zones[] = {
        {"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300},
        {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
        {"pst", -480}, {"pdt", -420}, {"cet", 60},   {"cest", 120}, {"met", 60},
        {"mest", 120}, {"bst", 60},   {"eet", 120},  {"eest", 180}, {"jst", 540},
        {"kst", 540},  {"hkt", 480},  {"sgt", 480},  {"awst", 480}, {"aest", 600},
    };
    std::string lower = utf8::ascii_lower(word);
    for (const auto& [name, minutes] : k_zones)
        if (lower == name) return minutes;
    return std::nullopt;
}

// "+0800", "-05:00", "+8", optionally after "GMT"/"UTC".
std::optional<int> numeric_zone(std::string_view word) {
    std::string lower = utf8::ascii_lower(word);
    std::string_view text = lower;
    for (std::string_view prefix : {"gmt", "utc", "ut"})
        if (text.starts_with(prefix)) text.remove_prefix(prefix.size());
    if (text.size() < 2 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
    int sign = text[0] == '-' ? -1 : 1;
    std::string digits;
    for (char c : text.substr(1))
        if (c != ':') digits.push_back(c);
    if (!is_digits(digits) || digits.size() > 4) return std::nullopt;
    int hours = digits.size() <= 2 ? to_int(digits) : to_int(digits.substr(0, digits.size() - 2));
    int minutes = digits.size() <= 2 ? 0 : to_int(digits.substr(digits.size() - 2));
    if (hours > 14 || minutes > 59) return std::nullopt;
    return sign * (hours * 60 + minutes);
}

bool parse_time(std::string_view word, Fields& fields) {
    std::vector<std::string_view> pieces;
    size_t begin = 0;
    for (size_t i = 0; i <= word.size(); ++i) {
        if (i == word.size() || word[i] == ':') {
            pieces.push_back(word.substr(begin, i - begin));
            begin = i + 1;
        }
    }
    if (pieces.size() < 2 || pieces.size() > 3) return false;
    for (auto piece : pieces)
        if (!is_digits(piece) || piece.size() > 2) return false;
    fields.hour = to_int(pieces[0]);
    fields.minute = to_int(pieces[1]);
    fields.second = pieces.size() == 3 ? to_int(pieces[2]) : 0;
    fields.has_time = true;
    return fields.hour < 24 && fields.minute < 60 && fields.second <= 60;
}

int expand_year(std::string_view digits) {
    int year = to_int(digits);
    if (digits.size() == 2) return year < 50 ? 2000 + year : 1900 + year;
    if (digits.size() == 3) return 1900 + year; // RFC 5322 obs-year
    return year;
}

// "2026-11-03" or "2026/11/03", as some gateways write.
bool parse_iso_date(std::string_view word, Fields& fields) {
    if (word.size() != 10 || (word[4] != '-' && word[4] != '/') || word[7] != word[4]) return false;
    auto y = word.substr(0, 4), m = word.substr(5, 2), d = word.substr(8, 2);
    if (!is_digits(y) || !is_digits(m) || !is_digits(d)) return false;
    fields.year = to_int(y);
    fields.month = to_int(m);
    fields.day = to_int(d);
    return true;
}

// A time with a zone glued on: "09:42:00+0800", "09:42:00Z".
void parse_time_and_zone(std::string_view word, Fields& fields) {
    size_t split = word.find_first_not_of("0123456789:");
    if (!parse_time(word.substr(0, split), fields)) fields.invalid = true;
    if (split == std::string_view::npos) return;
    std::string_view zone = word.substr(split);
    if (auto minutes = numeric_zone(zone))
        fields.zone_minutes = minutes;
    else if (auto named = named_zone(zone))
        fields.zone_minutes = named;
}

void take_number(std::string_view word, Fields& fields) {
    if (word.size() > 4) return; // no date field has more digits (and to_int must not overflow)
    if (word.size() >= 3 && fields.year < 0) {
        fields.year = expand_year(word);
    } else if (word.size() <= 2 && fields.day < 0) {
        fields.day = to_int(word);
    } else if (word.size() <= 2 && fields.year < 0) {
        fields.year = expand_year(word);
    }
}

void take_token(std::string_view word, Fields& fields) {
    if (word.empty()) return;
    size_t t = word.find('T');
    if (t == 10 && parse_iso_date(word.substr(0, 10), fields)) {
        parse_time_and_zone(word.substr(11), fields);
    } else if (parse_iso_date(word, fields)) {
    } else if (word[0] >= '0' && word[0] <= '9' && word.find(':') != std::string_view::npos) {
        parse_time_and_zone(word, fields);
    } else if (is_digits(word)) {
        take_number(word, fields);
    } else if (auto zone = numeric_zone(word)) {
        fields.zone_minutes = zone;
    } else if (int month = month_of(word); month > 0 && fields.month < 0) {
        fields.month = month;
    } else if (auto named = named_zone(word); named && !fields.zone_minutes) {
        fields.zone_minutes = named;
    }
}

// Words of the value with (comments) removed; ',' separates like whitespace.
std::vector<std::string_view> tokenize(std::string_view value) {
    std::vector<std::string_view> words;
    int depth = 0;
    size_t begin = std::string_view::npos;
    for (size_t i = 0; i <= value.size(); ++i) {
        char c = i < value.size() ? value[i] : ' ';
        bool separator = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '(' ||
                         c == ')' || depth > 0;
        if (separator && begin != std::string_view::npos) {
            words.push_back(value.substr(begin, i - begin));
            begin = std::string_view::npos;
        }
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (!separator && begin == std::string_view::npos)
            begin = i;
    }
    return words;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : k_days[static_cast<size_t>(month - 1)];
}

} // namespace

std::optional<int64_t> parse_date(std::string_view value) {
    Fields fields;
    for (auto word : tokenize(value))
        take_token(word, fields);
    if (fields.invalid || fields.year < 1900 || fields.year > 9999 || fields.month < 1 ||
        fields.month > 12)
        return std::nullopt;
    if (fields.day < 1 || fields.day > days_in_month(fields.year, fields.month))
        return std::nullopt;
    if (fields.second == 60) fields.second = 59; // a leap second is not worth a failure
    int64_t days = days_from_civil(fields.year, fields.month, fields.day);
    int64_t seconds = days * 86400 + fields.hour * 3600 + fields.minute * 60 + fields.second;
    return seconds - int64_t{fields.zone_minutes.value_or(0)} * 60;
}

// Howard Hinnant's well-known formula.
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2 ? 1 : 0;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string format_iso8601(int64_t epoch_seconds) {
    int64_t days = epoch_seconds / 86400;
    int64_t rest = epoch_seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    // Inverse of days_from_civil (same source).
    days += 719468;
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t day = doy - (153 * mp + 2) / 5 + 1;
    int64_t month = mp < 10 ? mp + 3 : mp - 9;
    int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(year), static_cast<long long>(month),
                  static_cast<long long>(day), static_cast<long long>(rest / 3600),
                  static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60));
    return buffer;
}

} // namespace mailclerk::parsers
