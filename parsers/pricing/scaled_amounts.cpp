// Inside the prose reader: amounts written with a word for a power of ten ("118만원",
// "8만 2천원", "1,2 triệu đồng", "Rs. 1.25 lakh", "Rp 1,2 juta"), rewritten in digits before
// the sentences are read, as chinese_amounts.cpp does for 万 and capital numerals.
#include <algorithm>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing::detail {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Does a letter (ASCII or Latin with diacritics, as Vietnamese writes) start at `at`?
bool letter_at(std::string_view text, size_t at) {
    if (at >= text.size()) return false;
    char32_t c = utf8::next(text, at);
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= U'\u00C0' && c <= U'\u024F') || (c >= U'\u1E00' && c <= U'\u1EFF');
}

struct Scale {
    std::string_view word;
    int zeros;
};

// A list of words of a power of ten and their zeros (words.txt: "lakh 5"), in file order.
std::vector<Scale> scales_of(std::string_view list) {
    std::vector<Scale> out;
    for (auto [word, zeros] : word_pairs(list))
        out.push_back({word, std::stoi(std::string(zeros))});
    return out;
}

// Korean counts in 억, 만, 천 and 백 and ends in 원 ("118만원", "8만 2천원").
const std::vector<Scale>& korean_scales() {
    static const std::vector<Scale> k_scales = scales_of("korean_scales");
    return k_scales;
}

// Words of a power of ten that follow the number ("1,2 triệu đồng", "Rs. 1.25 lakh"); the money
// words that must stand before the number or after the word for it to be money are the lists
// scale_money_before and scale_money_after.
const std::vector<Scale>& scale_words() {
    static const std::vector<Scale> k_scales = scales_of("scale_words");
    return k_scales;
}

// Digits with at most one decimal mark ("1.25", "1,2"): the end of the run, or `pos`.
size_t number_end(std::string_view text, size_t pos, std::string& digits) {
    size_t end = pos;
    bool mark = false;
    digits.clear();
    while (end < text.size()) {
        char c = text[end];
        if (is_digit(c)) {
            digits += c;
        } else if ((c == '.' || c == ',') && !mark && end + 1 < text.size() &&
                   is_digit(text[end + 1]) && !digits.empty()) {
            mark = true;
            digits += '.';
        } else {
            break;
        }
        ++end;
    }
    return end;
}

// "1.25" with 5 zeros -> "125000". Whole numbers stay whole: chinese_amounts' scaled() writes
// "125000.00", which the prose reader would misread in a currency whose decimal mark is the comma.
std::string times_ten(const std::string& digits, int zeros) {
    std::string whole = digits.substr(0, digits.find('.'));
    std::string fraction =
        digits.find('.') == std::string::npos ? "" : digits.substr(digits.find('.') + 1);
    for (int i = 0; i < zeros; ++i) {
        whole += fraction.empty() ? '0' : fraction.front();
        if (!fraction.empty()) fraction.erase(0, 1);
    }
    size_t lead = whole.find_first_not_of('0');
    whole = lead == std::string::npos ? "0" : whole.substr(lead);
    return fraction.empty() ? whole : whole + "." + fraction;
}

// A Korean amount at `pos` ("118만원", "8만 2천원"): its value in digits and where 원 starts.
size_t korean_amount_at(std::string_view text, size_t pos, std::string& out) {
    long long total = 0;
    size_t at = pos;
    bool scaled = false;
    std::string digits;
    while (at < text.size() && is_digit(text[at])) {
        size_t end = number_end(text, at, digits);
        if (digits.find('.') != std::string::npos) return std::string_view::npos;
        size_t next = end;
        const Scale* scale = nullptr;
        for (const Scale& s : korean_scales())
            if (text.substr(end).starts_with(s.word)) scale = &s;
        long long value = std::stoll(digits);
        if (!scale) { // the last digits, without a scale ("8만 2500원")
            if (!text.substr(end).starts_with("원")) return std::string_view::npos;
            total += value;
            at = end;
            break;
        }
        for (int i = 0; i < scale->zeros; ++i)
            value *= 10;
        total += value;
        scaled = true;
        next += scale->word.size();
        at = next;
        while (at < text.size() && text[at] == ' ')
            ++at;
        if (!(at < text.size() && is_digit(text[at]))) at = next;
    }
    if (!scaled || !text.substr(at).starts_with("원")) return std::string_view::npos;
    out = std::to_string(total);
    return at;
}

bool money_before(std::string_view text, size_t pos) {
    std::string before = utf8::ascii_lower(text.substr(pos > 8 ? pos - 8 : 0, pos > 8 ? 8 : pos));
    while (!before.empty() && before.back() == ' ')
        before.pop_back();
    const Words& words = word_lists()["scale_money_before"];
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view m) { return before.ends_with(m); });
}

bool money_after(std::string_view text, size_t pos) {
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    std::string after = utf8::ascii_lower(text.substr(pos, 12));
    const Words& words = word_lists()["scale_money_after"];
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view m) { return after.starts_with(m); });
}

// "1,2 triệu đồng", "Rs. 1.25 lakh": the value in digits and the end of the word, or npos.
size_t word_amount_at(std::string_view text, size_t pos, std::string& out) {
    std::string digits;
    size_t end = number_end(text, pos, digits);
    size_t at = end;
    while (at < text.size() && text[at] == ' ')
        ++at;
    std::string rest = utf8::ascii_lower(text.substr(at, 12));
    for (const Scale& s : scale_words()) {
        if (!rest.starts_with(s.word)) continue;
        size_t word_end = at + s.word.size();
        bool bounded = !letter_at(text, word_end);
        if (!bounded || (!money_before(text, pos) && !money_after(text, word_end)))
            return std::string_view::npos;
        out = times_ten(digits, s.zeros);
        return word_end;
    }
    return std::string_view::npos;
}

} // namespace

std::string scaled_amounts(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        bool starts_number = is_digit(text[pos]) && (pos == 0 || !is_digit(text[pos - 1])) &&
                             (pos == 0 || (text[pos - 1] != '.' && text[pos - 1] != ','));
        std::string amount;
        if (starts_number) {
            if (size_t end = korean_amount_at(text, pos, amount); end != std::string_view::npos) {
                out += amount;
                pos = end;
                continue;
            }
            if (size_t end = word_amount_at(text, pos, amount); end != std::string_view::npos) {
                out += amount;
                pos = end;
                continue;
            }
        }
        out += text[pos++];
    }
    return out;
}

} // namespace mailclerk::pricing::detail
