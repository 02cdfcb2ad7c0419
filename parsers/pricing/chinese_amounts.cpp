// Inside the prose reader: amounts of money written in Chinese numerals ("壹佰伍拾元整",
// "叁拾伍元伍角") or in digits with 万/亿 ("1.5万元", "人民币12万"), rewritten in digits
// before the sentences are read.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/pricing/prose_money.hpp"

namespace mailclerk::pricing::detail {

namespace {

// The value of a Chinese numeral character: a digit 0-9, or (as a negative) a unit 10, 100,
// 1000, 10^4, 10^8; nullopt for any other character.
std::optional<int64_t> numeral(char32_t c) {
    static const std::pair<char32_t, int64_t> k_values[] = {
        {U'零', 0},     {U'〇', 0},      {U'壹', 1},      {U'一', 1},          {U'贰', 2},
        {U'貳', 2},     {U'二', 2},      {U'两', 2},      {U'兩', 2},          {U'叁', 3},
        {U'參', 3},     {U'三', 3},      {U'肆', 4},      {U'四', 4},          {U'伍', 5},
        {U'五', 5},     {U'陆', 6},      {U'陸', 6},      {U'六', 6},          {U'柒', 7},
        {U'七', 7},     {U'捌', 8},      {U'八', 8},      {U'玖', 9},          {U'九', 9},
        {U'拾', -10},   {U'十', -10},    {U'佰', -100},   {U'百', -100},       {U'仟', -1000},
        {U'千', -1000}, {U'万', -10000}, {U'萬', -10000}, {U'亿', -100000000}, {U'億', -100000000}};
    for (const auto& [ch, value] : k_values)
        if (ch == c) return value;
    return std::nullopt;
}

bool capital(std::string_view character) {
    size_t pos = 0;
    char32_t c = utf8::next(character, pos);
    return std::u32string_view(U"壹贰貳叁參肆伍陆陸柒捌玖拾佰仟").find(c) !=
           std::u32string_view::npos;
}

// 壹拾壹万柒仟叁佰 -> 117300, 壹亿贰仟万 -> 120000000: a 万 below a 亿 scales only its own part.
int64_t integer_of(const std::vector<int64_t>& values) {
    int64_t yi = 0, wan = 0, section = 0, number = 0;
    for (int64_t v : values) {
        if (v >= 0) {
            number = v;
        } else if (v == -100000000) {
            yi = (yi + wan + section + number) * 100000000;
            wan = section = number = 0;
        } else if (v == -10000) {
            wan += (section + number) * 10000;
            section = number = 0;
        } else {
            section += (number == 0 ? 1 : number) * -v;
            number = 0;
        }
    }
    return yi + wan + section + number;
}

// Money words that may follow an amount in 万/亿 ("1.5万元", "12万美元").
constexpr std::u32string_view k_money_after[] = {U"元",   U"圆",   U"圓",   U"块",   U"塊",
                                                 U"美元", U"欧元", U"歐元", U"英镑", U"英鎊",
                                                 U"日元", U"港元", U"台币", U"台幣"};
// Currencies that may stand before it ("人民币12万", "USD 1.2万").
constexpr std::string_view k_money_before[] = {"人民币", "人民幣", "rmb", "cny", "usd", "eur",
                                               "us$",    "¥",      "￥",  "$",   "€"};

bool money_follows(std::string_view text, size_t at) {
    for (std::u32string_view word : k_money_after) {
        size_t pos = at;
        bool all = true;
        for (char32_t c : word)
            if (pos >= text.size() || utf8::next(text, pos) != c) {
                all = false;
                break;
            }
        if (all) return true;
    }
    return false;
}

bool money_precedes(std::string_view text, size_t at) {
    std::string before = utf8::ascii_lower(text.substr(at > 12 ? at - 12 : 0, at > 12 ? 12 : at));
    while (!before.empty() && (before.back() == ' ' || before.back() == ':'))
        before.pop_back();
    if (before.ends_with("：")) before.resize(before.size() - std::string_view("：").size());
    return std::any_of(std::begin(k_money_before), std::end(k_money_before),
                       [&](std::string_view c) { return before.ends_with(c); });
}

// "1.5万" -> "15000", "12万" -> "120000", "1.2亿" -> "120000000": the digits with the point moved.
std::string scaled(std::string_view digits, int zeros) {
    std::string whole(digits.substr(0, digits.find('.')));
    std::string fraction;
    if (size_t dot = digits.find('.'); dot != std::string_view::npos)
        fraction = std::string(digits.substr(dot + 1));
    for (int i = 0; i < zeros; ++i) {
        whole += fraction.empty() ? '0' : fraction.front();
        if (!fraction.empty()) fraction.erase(0, 1);
    }
    size_t lead = whole.find_first_not_of('0');
    whole = lead == std::string::npos ? "0" : whole.substr(lead);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    return whole + (fraction.empty() ? ".00" : "." + fraction);
}

// An amount in Arabic digits and 万/亿 at `pos` ("1.5万元", "人民币12万"): its digits and the
// end of the 万/亿, or npos when there is none or nothing says it is money.
size_t mixed_amount_at(std::string_view text, size_t pos, std::string& out) {
    size_t end = pos;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') ||
                                 (text[end] == '.' && end > pos && end + 1 < text.size() &&
                                  text[end + 1] >= '0' && text[end + 1] <= '9')))
        ++end;
    if (end == pos || (pos > 0 && ((text[pos - 1] >= '0' && text[pos - 1] <= '9') ||
                                   text[pos - 1] == '.' || text[pos - 1] == ',')))
        return std::string_view::npos;
    size_t after = end;
    if (after >= text.size()) return std::string_view::npos;
    char32_t scale = utf8::next(text, after);
    if (scale != U'万' && scale != U'萬' && scale != U'亿' && scale != U'億')
        return std::string_view::npos;
    if (!money_follows(text, after) && !money_precedes(text, pos)) return std::string_view::npos;
    out = scaled(text.substr(pos, end - pos), scale == U'万' || scale == U'萬' ? 4 : 8);
    return after;
}

} // namespace

namespace {

// A run of Chinese capital numerals at `pos` read as an amount of money ("壹佰伍拾元整",
// "叁拾伍元伍角", "伍角"): the amount in digits and the end of the run, or npos.
size_t capital_amount_at(std::string_view text, size_t pos, std::string& out) {
    std::vector<int64_t> values;
    bool has_capital = false;
    size_t end = pos;
    while (end < text.size()) {
        size_t at = end;
        auto v = numeral(utf8::next(text, at));
        if (!v) break;
        values.push_back(*v);
        has_capital = has_capital || capital(text.substr(end, at - end));
        end = at;
    }
    if (values.empty() || !has_capital) return std::string_view::npos;
    size_t after = end;
    char32_t yuan = utf8::next(text, after);
    bool whole_yuan = yuan == U'元' || yuan == U'圆' || yuan == U'圓';
    int64_t jiao = 0, fen = 0;
    if (!whole_yuan) {
        // "伍角", "捌分": the run was the first digit of the fractions, no 元 before them.
        if (values.size() != 1 || values[0] < 0 || (yuan != U'角' && yuan != U'分'))
            return std::string_view::npos;
        after = end;
    }
    size_t fraction_from = whole_yuan ? after : pos;
    int64_t integer = whole_yuan ? integer_of(values) : 0;
    after = fraction_from;
    for (bool more = true; more && after < text.size();) {
        size_t at = after;
        auto digit = numeral(utf8::next(text, at));
        size_t unit_at = at;
        char32_t unit = at < text.size() ? utf8::next(text, unit_at) : 0;
        more = digit && *digit >= 0 && (unit == U'角' || unit == U'分');
        if (more) {
            (unit == U'角' ? jiao : fen) = *digit;
            after = unit_at;
        }
    }
    if (size_t whole_at = after; after < text.size()) {
        char32_t c = utf8::next(text, whole_at);
        if (c == U'整' || c == U'正') after = whole_at;
    }
    out = std::to_string(integer) + "." + std::to_string(jiao) + std::to_string(fen);
    return after;
}

// After a capital amount at `end`: a bracket holding the same amount in figures ("（¥12,000.00）",
// "(RMB 3,580.00)"). Sets `figures` to what the bracket holds and returns the end of the
// bracket; npos when there is none or it says anything else.
size_t same_figures_after(std::string_view text, size_t end, const std::string& amount,
                          std::string& figures) {
    std::string_view rest = text.substr(end);
    std::string_view open;
    for (std::string_view o : {"（", "("})
        if (rest.starts_with(o)) open = o;
    if (open.empty()) return std::string_view::npos;
    size_t close = std::string_view::npos;
    for (std::string_view c : {"）", ")"})
        if (size_t at = rest.find(c); at != std::string_view::npos && at < 40)
            close = std::min(close, at);
    if (close == std::string_view::npos) return std::string_view::npos;
    std::string_view inside = rest.substr(open.size(), close - open.size());
    std::string digits;
    for (char c : inside)
        if ((c >= '0' && c <= '9') || c == '.')
            digits += c;
        else if (c != ',' && c != ' ' && c != '$' && !(static_cast<unsigned char>(c) & 0x80) &&
                 !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return std::string_view::npos;
    auto number = [](std::string value) {
        if (value.find('.') != std::string::npos) {
            while (value.back() == '0')
                value.pop_back();
            if (value.back() == '.') value.pop_back();
        }
        return value;
    };
    if (digits.empty() || number(digits) != number(amount)) return std::string_view::npos;
    figures = std::string(inside);
    size_t closing = rest.substr(close).starts_with("）") ? std::string_view("）").size() : 1;
    return end + close + closing;
}

} // namespace

namespace {

// Every amount arabic_amounts writes holds a capital numeral (capital_amount_at) or a 万 / 亿
// (mixed_amount_at); a text with neither comes out as it went in, and most text has neither.
bool may_hold_amounts(std::string_view text) {
    static constexpr std::string_view k_marks[] = {"壹", "贰", "貳", "叁", "參", "肆", "伍",
                                                   "陆", "陸", "柒", "捌", "玖", "拾", "佰",
                                                   "仟", "万", "萬", "亿", "億"};
    static const WordMatcher k_matcher(k_marks);
    bool found = false;
    k_matcher.each(text, [&](size_t, size_t) { return !(found = true); });
    return found;
}

} // namespace

std::string arabic_amounts(std::string_view text) {
    if (!may_hold_amounts(text)) return std::string(text);
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        std::string amount;
        if (size_t end = capital_amount_at(text, pos, amount); end != std::string_view::npos) {
            // "壹万贰仟元整（¥12,000.00）/台": the figures beside the capitals are the same
            // amount; they are kept (once) and the capitals dropped.
            std::string figures;
            if (size_t close = same_figures_after(text, end, amount, figures);
                close != std::string_view::npos) {
                out += figures;
                pos = close;
                continue;
            }
            out += amount + "元";
            pos = end;
            continue;
        }
        if (size_t end = mixed_amount_at(text, pos, amount); end != std::string_view::npos) {
            out += amount;
            pos = end;
            continue;
        }
        size_t start = pos;
        utf8::next(text, pos);
        out.append(text.substr(start, pos - start));
    }
    return out;
}

} // namespace mailclerk::pricing::detail
