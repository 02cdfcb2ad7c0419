#include "parsers/pricing/money.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// utf8::ascii_lower(a) == utf8::ascii_lower(b) without making either (token_at runs at every
// number of every line the prose reader reads).
bool ascii_iequals(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

// ASCII words must stand alone (no letter on either side); other tokens match anywhere.
bool bounded(std::string_view text, size_t at, size_t length) {
    bool ascii_start = is_ascii_letter(text[at]);
    bool ascii_end = is_ascii_letter(text[at + length - 1]);
    bool left = !ascii_start || at == 0 || !is_ascii_letter(text[at - 1]);
    bool right = !ascii_end || at + length >= text.size() || !is_ascii_letter(text[at + length]);
    return left && right;
}

struct Token {
    std::string_view text;
    std::string_view code;
    bool case_insensitive = false;
};

// Longer tokens that start where a shorter one does win ("US$" over "$", "NT$" before "$").
constexpr std::array k_currencies{
    Token{"US$", "USD"},
    Token{"US $", "USD"},
    Token{"USD", "USD"},
    Token{"usd", "USD"}, // "9.80usd/pc": only against a number (is_currency_here)
    Token{"U.S.$", "USD"},
    Token{"US dollars", "USD", true},
    Token{"dollars", "USD", true},
    Token{"dólares", "USD", true},
    Token{"美元", "USD"},
    Token{"美金", "USD"},
    Token{"NT$", "TWD"},
    Token{"NTD", "TWD"},
    Token{"TWD", "TWD"},
    Token{"新台币", "TWD"},
    Token{"新臺幣", "TWD"},
    Token{"新台幣", "TWD"},
    Token{"HK$", "HKD"},
    Token{"HKD", "HKD"},
    Token{"港币", "HKD"},
    Token{"港幣", "HKD"},
    Token{"港元", "HKD"},
    Token{"S$", "SGD"},
    Token{"SGD", "SGD"},
    Token{"新加坡元", "SGD"},
    Token{"新币", "SGD"},
    Token{"RMB", "CNY"},
    Token{"CNY", "CNY"},
    Token{"yuan", "CNY", true},
    Token{"人民币", "CNY"},
    Token{"人民幣", "CNY"},
    Token{"元", "CNY"},
    Token{"JPY", "JPY"},
    Token{"円", "JPY"},
    Token{"日元", "JPY"},
    Token{"日圓", "JPY"},
    Token{"EUR", "EUR"},
    Token{"€", "EUR"},
    Token{"euro", "EUR", true},
    Token{"euros", "EUR", true},
    Token{"欧元", "EUR"},
    Token{"歐元", "EUR"},
    Token{"GBP", "GBP"},
    Token{"£", "GBP"},
    Token{"英镑", "GBP"},
    Token{"CHF", "CHF"},
    Token{"SFr.", "CHF"},
    Token{"Fr.", "CHF"},
    Token{"瑞士法郎", "CHF"},
    Token{"AUD", "AUD"},
    Token{"A$", "AUD"},
    Token{"澳元", "AUD"},
    Token{"CAD", "CAD"},
    Token{"C$", "CAD"},
    Token{"加元", "CAD"},
    Token{"NZD", "NZD"},
    Token{"NZ$", "NZD"},
    Token{"KRW", "KRW"},
    Token{"₩", "KRW"},
    Token{"韩元", "KRW"},
    Token{"원", "KRW"},
    Token{"INR", "INR"},
    Token{"₹", "INR"},
    Token{"Rs.", "INR"},
    Token{"Rs", "INR"},
    Token{"rupees", "INR", true},
    Token{"RUB", "RUB"},
    Token{"руб.", "RUB"},
    Token{"руб", "RUB"},
    Token{"рублей", "RUB"},
    Token{"₽", "RUB"},
    Token{"卢布", "RUB"},
    Token{"THB", "THB"},
    Token{"฿", "THB"},
    Token{"MYR", "MYR"},
    Token{"RM", "MYR"},
    Token{"VND", "VND"},
    Token{"₫", "VND"},
    Token{"VNĐ", "VND"},
    Token{"VNĐ", "VND"},
    Token{"đ", "VND"},
    Token{"đồng", "VND"},
    Token{"BRL", "BRL"},
    Token{"R$", "BRL"},
    Token{"MXN", "MXN"},
    Token{"MX$", "MXN"},
    Token{"M.N.", "MXN"},
    Token{"PLN", "PLN"},
    Token{"zł", "PLN"},
    Token{"CZK", "CZK"},
    Token{"Kč", "CZK"},
    Token{"SEK", "SEK"},
    Token{"NOK", "NOK"},
    Token{"DKK", "DKK"},
    Token{"TRY", "TRY"},
    Token{"₺", "TRY"},
    Token{"TL", "TRY"},
    Token{"MAD", "MAD"},
    Token{"RON", "RON"},
    Token{"HUF", "HUF"},
    Token{"UAH", "UAH"},
    Token{"EGP", "EGP"},
    Token{"PKR", "PKR"},
    Token{"BDT", "BDT"},
    Token{"ILS", "ILS"},
    Token{"QAR", "QAR"},
    Token{"KWD", "KWD"},
    Token{"AED", "AED"},
    Token{"SAR", "SAR"},
    Token{"ZAR", "ZAR"},
    Token{"KShs", "KES"},
    Token{"KSh", "KES"},
    Token{"Kshs", "KES"},
    Token{"Ksh", "KES"},
    Token{"R", "ZAR"},
    Token{"kr.", "kr"},
    Token{"kr", "kr"},
    Token{"Kr.", "kr"},
    Token{"Kr", "kr"},
    Token{"Ft", "HUF"},
    Token{"lei", "RON"},
    Token{"₪", "ILS"},
    Token{"NIS", "ILS"},
    Token{"ج.م", "EGP"},
    Token{"ج.م.", "EGP"},
    Token{"ر.س", "SAR"},
    Token{"₦", "NGN"},
    Token{"৳", "BDT"},
    Token{"Tk.", "BDT"},
    Token{"Tk", "BDT"},
    Token{"บาท", "THB"},
    Token{"S/.", "PEN"},
    Token{"S/", "PEN"},
    Token{"RD$", "DOP"},
    Token{"B/.", "PAB"},
    Token{"₲", "PYG"},
    Token{"Q", "GTQ"},
    Token{"IDR", "IDR"},
    Token{"Rp", "IDR"},
    Token{"Rp.", "IDR"},
    Token{"rupiah", "IDR", true},
    Token{"PHP", "PHP"},
    Token{"₱", "PHP"},
    Token{"¥", "CNY"},
    Token{"￥", "CNY"},
    Token{"$", "USD"},
    Token{"＄", "USD"},
};

// "元" also ends 单元 (unit) and 美元/欧元 (handled by longer tokens) and starts 元件
// (component) and 元素 (element): only a currency elsewhere.
bool yuan_is_currency(std::string_view text, size_t at) {
    std::string_view after = text.substr(at + std::string_view("元").size());
    std::string_view before = text.substr(0, at);
    return !after.starts_with("件") && !after.starts_with("素") && !after.starts_with("器") &&
           !before.ends_with("单") && !before.ends_with("單") && !before.ends_with("公");
}

// "TL" (Turkish lira) is also the prefix of part numbers ("TL-WR841N", "TL5"): a currency
// only where no hyphen, digit or letter joins it to one.
bool lira_is_currency(std::string_view text, size_t at) {
    size_t end = at + 2;
    bool joined_after = end < text.size() && (text[end] == '-' || is_ascii_digit(text[end]));
    bool joined_before = at > 0 && (text[at - 1] == '-' || is_ascii_digit(text[at - 1]));
    return !joined_after && !joined_before;
}

// "đ" (Vietnamese dong, "275.000đ") is also the first letter of many Vietnamese words
// ("điều", "đơn"), and "đồng" ends "hợp đồng" (contract): a currency only right after a number
// and before no letter.
bool dong_is_currency(std::string_view text, size_t at, std::string_view token) {
    size_t before = at;
    while (before > 0 && text[before - 1] == ' ')
        --before;
    size_t end = at + token.size();
    bool after_number = before > 0 && is_ascii_digit(text[before - 1]);
    bool letter_after = end < text.size() && (is_ascii_letter(text[end]) ||
                                              static_cast<unsigned char>(text[end]) >= 0x80);
    return after_number && !letter_after;
}

// Is a number right before `at`, past spaces (also no-break ones)?
bool number_before(std::string_view text, size_t at) {
    for (;;) {
        if (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t'))
            at -= 1;
        else if (at > 1 && text.substr(at - 2, 2) == "\xC2\xA0")
            at -= 2;
        else
            break;
    }
    if (at > 1 && text.substr(at - 2, 2) == ",-") at -= 2; // "1 186,- kr"
    return at > 0 && is_ascii_digit(text[at - 1]);
}

// A sign written as a letter or two ("R 1 250,00", "Tk 86.00", "R685.00") is a currency only
// before a number, and joined to no word or code before it ("R&D", "SR 12", "AR-15"); a number
// right against it must have a decimal or group mark ("R685.00", "R4,180.00"), or the two are
// a model ("R12", "Tk200").
bool letter_sign_is_currency(std::string_view text, size_t at, std::string_view token) {
    if (at > 0 && (is_ascii_letter(text[at - 1]) || is_ascii_digit(text[at - 1]) ||
                   text[at - 1] == '-' || text[at - 1] == '_' || text[at - 1] == '/'))
        return false;
    size_t end = at + token.size();
    if (end < text.size() && text[end] == ' ') {
        return end + 1 < text.size() && is_ascii_digit(text[end + 1]);
    }
    if (end >= text.size() || !is_ascii_digit(text[end])) return false;
    size_t run = end;
    while (run < text.size() && is_ascii_digit(text[run]))
        ++run;
    return run + 1 < text.size() && (text[run] == '.' || text[run] == ',') &&
           is_ascii_digit(text[run + 1]);
}

// A sign written after the number ("12 500 Ft", "259,00 lei") is a currency only there, and
// before no letter: "Ft" also shortens feet, "lei" is Italian for "she"/"you".
bool sign_after_number(std::string_view text, size_t at, std::string_view token) {
    size_t end = at + token.size();
    bool letter_after = end < text.size() && is_ascii_letter(text[end]);
    return number_before(text, at) && !letter_after;
}

// A sign that is also a letter or an abbreviation ("S/N", "S/S 304", "Q1 2026", "Q 3", "Fr."
// for Friday or Frau): a currency only right before a number ("S/ 489.00", "S/.1,250",
// "Q 125.00", "Fr. 1'480.–"); "Q" and "Fr." only before one written with a decimal or group
// mark or a Swiss dash.
bool sign_before_number(std::string_view text, size_t at, std::string_view token) {
    size_t end = at + token.size();
    while (end < text.size() && text[end] == ' ')
        ++end;
    if (end >= text.size() || !is_ascii_digit(text[end])) return false;
    if (token != "Q" && token != "Fr.") return true;
    while (end < text.size() && is_ascii_digit(text[end]))
        ++end;
    std::string_view rest = text.substr(end);
    bool marked = rest.size() > 1 && (rest[0] == '.' || rest[0] == ',' || rest[0] == '\'') &&
                  is_ascii_digit(rest[1]);
    return marked || rest.starts_with(".\u2013") || rest.starts_with(".-");
}

// Tokens that are a currency only in some places (see yuan_is_currency, lira_is_currency,
// dong_is_currency, letter_sign_is_currency, sign_after_number).
bool is_currency_here(std::string_view text, size_t at, std::string_view token) {
    // Alone, a letter sign is what a reader cut from beside a number it has read ("R" of
    // "R 685,00", "Ft" of "3 890 Ft").
    bool alone = utf8::trim(text) == token;
    // At the end of a cell, after its number: a column cut the sign of the next cell's
    // number ("685,00     R" | "27 400,00").
    bool cut_off = utf8::trim(text.substr(at + token.size())).empty() && number_before(text, at);
    if (token == "R" || token == "Tk" || token == "Tk.")
        return alone || cut_off || letter_sign_is_currency(text, at, token);
    if (token == "Ft" || token == "lei") return alone || sign_after_number(text, at, token);
    // "9.80usd/pc", "usd12.5": the lower-case code only against a number ("usd or eur" is none).
    if (token == "usd")
        return alone || (at > 0 && is_ascii_digit(text[at - 1])) ||
               (at + 3 < text.size() && is_ascii_digit(text[at + 3]));
    if (token == "Fr.") return alone || sign_before_number(text, at, token); // not "Fr. 12 June"
    if (token == "S/" || token == "S/." || token == "Q") {
        // "(S/)" over a column of bare numbers names their currency.
        bool bracketed =
            at > 0 && text[at - 1] == '(' && text.substr(at + token.size()).starts_with(")");
        return alone || bracketed || sign_before_number(text, at, token) ||
               (token != "Q" && cut_off);
    }
    if (token == "kr" || token == "kr." || token == "Kr" || token == "Kr.")
        return alone || number_before(text, at) || letter_sign_is_currency(text, at, token);
    if (token == "元") return yuan_is_currency(text, at);
    if (token == "TL") return lira_is_currency(text, at);
    if (token == "đ" || token == "đồng") return dong_is_currency(text, at, token);
    return true;
}

// "$" is the sign of the peso and of many dollars: where the same text names one of them by
// its code ("$86.50 MXN c/u", "$1,200.00 CAD"), "$" is that currency, not the US dollar.
std::string_view dollar_named_by_code(std::string_view text) {
    for (std::string_view code :
         {"MXN", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "ARS", "CLP", "COP"})
        for (size_t at = text.find(code); at != std::string_view::npos;
             at = text.find(code, at + 1))
            if (bounded(text, at, code.size())) return code;
    return {};
}

// ... or writes it out ("All amounts in Australian dollars" under "$6.70"; words.txt
// [dollar_names]). A text that also names the US dollar keeps "$" for it.
std::string_view dollar_named_in_words(std::string_view text) {
    static const auto k_names = word_pairs("dollar_names");
    std::string lower = utf8::ascii_lower(text);
    std::string_view found;
    for (const auto& [name, code] : k_names)
        for (size_t at = lower.find(name); found.empty() && at != std::string::npos;
             at = lower.find(name, at + 1))
            if (bounded(lower, at, name.size())) found = code;
    return found.empty() || names_us_dollar(text) ? std::string_view() : found;
}

// The dollar or peso a text means by "$" or "dollars" alone, or "" when it names none.
std::string_view dollar_named(std::string_view text) {
    std::string_view code = dollar_named_by_code(text);
    return code.empty() ? dollar_named_in_words(text) : code;
}

bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// A word list as a set: iso_code_at asks it at every three capitals of every text read.
using CodeSet = std::set<std::string_view, std::less<>>;

CodeSet set_of(std::string_view list) {
    const Words& words = word_lists()[list];
    return CodeSet(words.begin(), words.end());
}

bool listed(const CodeSet& words, std::string_view folded) {
    return words.contains(folded);
}

// Is a digit the next thing after `at` (forward) or before it (backward), spaces between?
bool digit_beside(std::string_view text, size_t at, bool forward) {
    if (forward) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
            ++at;
        return at < text.size() && is_ascii_digit(text[at]);
    }
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t'))
        --at;
    return at > 0 && is_ascii_digit(text[at - 1]);
}

// The ISO 4217 code written in capitals at `at` ("NGN", "CLP"; words.txt [iso_currency]), or
// "". A code that is also a word in capitals ([iso_currency_word]: "ALL", "PEN", "TOP") counts
// only beside a number or alone in brackets. Three capitals joined to letters, digits, '-' or
// '_' ("NGN2", "XNGN", "SRD-25") are no code.
std::string iso_code_at(std::string_view text, size_t at) {
    if (at + 3 > text.size()) return {};
    for (size_t i = at; i < at + 3; ++i)
        if (!is_ascii_upper(text[i])) return {};
    // "SRD-25", "LAK_3": a part number, not a currency.
    auto joined = [](char c) {
        return is_ascii_letter(c) || is_ascii_digit(c) || c == '-' || c == '_';
    };
    if ((at > 0 && joined(text[at - 1])) || (at + 3 < text.size() && joined(text[at + 3])))
        return {};
    static const CodeSet k_codes = set_of("iso_currency");
    static const CodeSet k_code_words = set_of("iso_currency_word");
    std::string folded = utf8::ascii_lower(text.substr(at, 3));
    if (listed(k_codes, folded)) return std::string(text.substr(at, 3));
    if (!listed(k_code_words, folded)) return {};
    bool bracketed = at > 0 && text[at - 1] == '(' && at + 3 < text.size() && text[at + 3] == ')';
    if (bracketed || digit_beside(text, at + 3, true) || digit_beside(text, at, false))
        return std::string(text.substr(at, 3));
    return {};
}

// The first ISO code written in the text before `limit`: its position (npos when none) and
// `code`. A code starts with a capital (iso_code_at), so other bytes are passed over unasked.
size_t first_iso_code(std::string_view text, std::string& code,
                      size_t limit = std::string_view::npos) {
    for (size_t at = 0; at + 3 <= text.size() && at < limit; ++at) {
        if (!is_ascii_upper(text[at])) continue;
        if (std::string found = iso_code_at(text, at); !found.empty()) {
            code = found;
            return at;
        }
    }
    return std::string_view::npos;
}

// Every currency token, ASCII lower-cased, in one matcher: find_currency reads a text once
// instead of once per token (a quarter of the price readers' time went to those searches).
const WordMatcher& currency_matcher() {
    static const std::array<std::string, k_currencies.size()> k_lowered = [] {
        std::array<std::string, k_currencies.size()> out;
        for (size_t i = 0; i < k_currencies.size(); ++i)
            out[i] = utf8::ascii_lower(k_currencies[i].text);
        return out;
    }();
    static const WordMatcher k_matcher = [] {
        std::vector<std::string_view> words(k_lowered.begin(), k_lowered.end());
        return WordMatcher(words);
    }();
    return k_matcher;
}

std::string_view code_of(const Token& token, std::string_view yen) {
    return (token.text == "¥" || token.text == "￥") ? yen : token.code;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

} // namespace

std::string find_currency(std::string_view text, std::string_view yen) {
    // The first currency in the text; of tokens starting at the same place the longest, and of
    // tokens alike the first listed.
    size_t best_at = std::string_view::npos, best_length = 0, best_index = 0;
    currency_matcher().each(utf8::ascii_lower(text), [&](size_t index, size_t at) {
        const Token& token = k_currencies[index];
        size_t length = token.text.size();
        bool better = at < best_at || (at == best_at && length > best_length) ||
                      (at == best_at && length == best_length && index < best_index);
        if (better && (token.case_insensitive || text.substr(at, length) == token.text) &&
            bounded(text, at, length) && is_currency_here(text, at, token.text)) {
            best_at = at;
            best_length = length;
            best_index = index;
        }
        return true;
    });
    // A code the reader has no token for ("Unit price (NGN)") is still the currency written.
    std::string iso;
    // Only one before the best token can win: the text past it is not searched.
    if (size_t at = first_iso_code(text, iso, best_at); at < best_at) return iso;
    if (best_at == std::string_view::npos) return {};
    const Token& token = k_currencies[best_index];
    std::string_view best = code_of(token, yen);
    // "$" and "dollars" alone are the US dollar only where no other dollar is named.
    if (token.text == "$" || token.text == "dollars")
        if (std::string_view code = dollar_named(text); !code.empty()) best = code;
    return std::string(best);
}

namespace {

bool token_at(std::string_view text, size_t at, const Token& token) {
    if (at + token.text.size() > text.size()) return false;
    std::string_view here = text.substr(at, token.text.size());
    bool same = token.case_insensitive ? ascii_iequals(here, token.text) : here == token.text;
    if (!same || !bounded(text, at, token.text.size())) return false;
    return is_currency_here(text, at, token.text);
}

} // namespace

namespace {

unsigned char lower_byte(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// The currency tokens by their first and by their last byte (ASCII lower-cased), in list order:
// currency_starting_at and currency_ending_at run at every number of every line the prose reader
// reads, and only the few tokens that can start (or end) at that byte need a closer look.
struct TokensByByte {
    std::array<std::vector<uint8_t>, 256> first, last;
    TokensByByte() {
        static_assert(k_currencies.size() < 256);
        for (size_t i = 0; i < k_currencies.size(); ++i) {
            first[lower_byte(k_currencies[i].text.front())].push_back(static_cast<uint8_t>(i));
            last[lower_byte(k_currencies[i].text.back())].push_back(static_cast<uint8_t>(i));
        }
    }
};

const TokensByByte& tokens_by_byte() {
    static const TokensByByte k_tokens;
    return k_tokens;
}

} // namespace

size_t currency_ending_at(std::string_view text, size_t end, std::string_view yen,
                          std::string& code) {
    while (end > 0 && text[end - 1] == ' ')
        --end;
    size_t best = std::string_view::npos, best_length = 0;
    if (end == 0) return best;
    for (uint8_t index : tokens_by_byte().last[lower_byte(text[end - 1])]) {
        const Token& token = k_currencies[index];
        if (token.text.size() > end || token.text.size() <= best_length) continue;
        size_t at = end - token.text.size();
        if (!token_at(text, at, token)) continue;
        best = at;
        best_length = token.text.size();
        code = std::string(code_of(token, yen));
    }
    if (best == std::string_view::npos && end >= 3)
        if (std::string iso = iso_code_at(text, end - 3); !iso.empty()) {
            code = iso;
            return end - 3;
        }
    return best;
}

size_t currency_starting_at(std::string_view text, size_t begin, std::string_view yen,
                            std::string& code) {
    while (begin < text.size() && text[begin] == ' ')
        ++begin;
    size_t best = std::string_view::npos, best_length = 0;
    if (begin >= text.size()) return best;
    for (uint8_t index : tokens_by_byte().first[lower_byte(text[begin])]) {
        const Token& token = k_currencies[index];
        if (token.text.size() <= best_length || !token_at(text, begin, token)) continue;
        best = begin + token.text.size();
        best_length = token.text.size();
        code = std::string(code_of(token, yen));
    }
    if (best == std::string_view::npos)
        if (std::string iso = iso_code_at(text, begin); !iso.empty()) {
            code = iso;
            return begin + 3;
        }
    return best;
}

std::string implied_currency(std::string_view text) {
    if (looks_japanese(text)) return "JPY";
    // Characters written differently in Simplified and Traditional Chinese.
    static constexpr std::string_view k_simplified[] = {"们", "这", "价", "单", "报", "与", "个",
                                                        "为", "对", "发", "货", "规", "数", "额",
                                                        "税", "运", "费", "号", "阀", "门", "质"};
    static constexpr std::string_view k_traditional[] = {"們", "這", "價", "單", "報", "與", "個",
                                                         "為", "對", "發", "貨", "規", "數", "額",
                                                         "稅", "運", "費", "號", "閥", "門", "質"};
    size_t simplified = 0, traditional = 0;
    for (std::string_view c : k_simplified)
        simplified += text.find(c) != std::string_view::npos ? 1u : 0u;
    for (std::string_view c : k_traditional)
        traditional += text.find(c) != std::string_view::npos ? 1u : 0u;
    return simplified >= 2 && simplified > traditional ? "CNY" : "";
}

bool looks_japanese(std::string_view text) {
    // Kana (U+3041-30FF) are encoded E3 81-83 xx: only the sequences at an E3 byte are
    // decoded, not every character of the text (this ran over every document twice). A
    // decoder walking the text meets every E3 byte too: it is never a continuation byte, and
    // utf8::next steps one byte past an invalid sequence.
    bool kana = false;
    for (size_t at = text.find('\xE3'); at != std::string_view::npos && !kana;
         at = text.find('\xE3', at + 1)) {
        size_t pos = at;
        char32_t c = utf8::next(text, pos);
        kana = (c >= U'\u3041' && c <= U'\u30FF' && c != U'\u30FB');
    }
    return kana || (text.find("円") != std::string_view::npos &&
                    !contains_any(text, {"元", "人民币", "RMB"}));
}

std::string yen_meaning(std::string_view text, std::string_view home) {
    if (looks_japanese(text) || home == "JPY") return "JPY";
    // A Chinese sender's ¥ is the yuan even in a mail to Osaka.
    if (home == "CNY") return "CNY";
    static const WordSet k_japanese(word_lists()["japanese_names"]);
    static const WordSet k_chinese(word_lists()["chinese_names"]);
    std::string folded = fold(text);
    return k_japanese.any_in(folded) && !k_chinese.any_in(folded) ? "JPY" : "CNY";
}

namespace {

// vectors, not initializer_lists: a static array of pairs would keep dangling list storage.
const std::vector<std::pair<std::vector<std::string_view>, std::string_view>>& unit_table() {
    static const std::vector<std::pair<std::vector<std::string_view>, std::string_view>> k_units = {
        {{"pc",     "pcs",    "piece",  "pieces", "pce", "pces",  "ea",     "each",     "stk",
          "stück",  "stueck", "st",     "pz",     "pzs", "pezzi", "pezzo",  "pza",      "pzas",
          "pieza",  "piezas", "pièce",  "pièces", "ud",  "uds",   "unidad", "unidades", "unidade",
          "un",     "unid",   "peça",   "peças",  "pç",  "pçs",   "nos",    "stuk",     "stuks",
          "szt",    "sztuk",  "sztuka", "adet",   "no",  "шт",    "штук",   "cái",      "chiếc",
          "batang", "buah",   "개",     "ks",     "db",  "buc",   "τεμ",    "τεμάχιο",  "قطعة",
          "حبة",    "ชิ้น",     "und"},
         "pcs"},
        {{"set", "sets", "satz", "juego", "juegos", "jeu", "jeux", "conjunto", "jgo", "세트", "bộ",
          "készlet"},
         "sets"},
        {{"kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "кг"}, "kg"},
        {{"sheet", "sheets", "lembar", "blatt", "hoja", "hojas", "feuille", "feuilles", "tờ",
          "ark"},
         "sheets"},
        {{"ton", "tons", "mt", "tonne", "tonnes", "t", "tm", "tn", "tonelada", "toneladas"}, "ton"},
        {{"m", "meter", "meters", "metre", "metres", "mtr", "mtrs", "lm", "metro", "metros",
          "metri", "mètre", "mètres", "μ", "μέτρο", "متر"},
         "m"},
        {{"yd", "yds", "yard", "yards", "yarda", "yardas", "码", "碼"}, "yd"},
        {{"dozen", "dozens", "doz", "dz", "dzn", "dúzia", "dúzias", "docena", "docenas", "douzaine",
          "douzaines", "dutzend"},
         "dozen"},
        {{"m2", "m²", "sqm"}, "m2"},
        {{"ft", "feet", "foot", "lft"}, "ft"},
        {{"ctn", "ctns", "carton", "cartons", "karton", "koli", "thùng", "dus"}, "ctns"},
        {{"pair", "pairs", "pr", "prs", "paar", "par", "pares", "paire", "双", "雙", "副"},
         "pairs"},
        {{"unit", "units", "unité", "unités", "unità", "einheit"}, "units"},
        {{"roll", "rolls", "rolle", "rollen", "rollo", "rouleau", "rouleaux", "rotolo", "rotoli",
          "rolo", "rol", "cuộn", "рулон", "ม้วน"},
         "rolls"},
        {{"box", "boxes", "bx", "bxs", "caja", "cajas", "boîte", "scatola", "caixa", "caixas", "cx",
          "doos", "kutu"},
         "boxes"},
        {{"lb", "lbs"}, "lb"},
        {{"lot", "lots"}, "lots"},
        {{"bag", "bags", "sack", "saco", "sac"}, "bags"},
        {{"drum", "drums", "fass"}, "drums"},
        {{"l", "ltr", "liter", "litre", "liters", "litres"}, "l"},
        {{"g", "gram", "grams"}, "g"},
        {{"台", "件", "吨", "噸", "套",     "个", "個",     "只",     "隻", "箱",   "米",   "卷",
          "支", "条", "條", "片", "张",     "張", "盒",     "对",     "對", "千克", "公斤", "块",
          "塊", "根", "桶", "瓶", "袋",     "包", "批",     "组",     "組", "把",   "粒",   "颗",
          "顆", "本", "枚", "式", "セット", "ケ", "平方米", "立方米", "升", "克"},
         ""},
    };
    return k_units;
}

// Letters of unit words: Latin with the diacritics of Vietnamese ("cuộn", "thùng") and
// Cyrillic ("шт", "кг").
bool is_latin_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= U'\u00C0' && c <= U'\u024F') || (c >= U'\u1E00' && c <= U'\u1EFF') ||
           (c >= U'\u0400' && c <= U'\u04FF');
}

// Characters of one-to-three-character units: kana, Han, Hangul ("/개").
bool is_cjk_char(char32_t c) {
    return (c >= U'\u3040' && c <= U'\u30FF') || (c >= U'\u4E00' && c <= U'\u9FFF') ||
           (c >= U'\uAC00' && c <= U'\uD7A3');
}

// Lower-case of Latin text: ASCII letters, and the accented capitals that units use.
std::string lower_word(std::string_view word) {
    std::string out = utf8::ascii_lower(word);
    for (auto [upper, lower] : {std::pair<std::string_view, std::string_view>{"Ü", "ü"},
                                {"Ö", "ö"},
                                {"Ä", "ä"},
                                {"É", "é"},
                                {"È", "è"},
                                {"Ç", "ç"}})
        for (size_t at = out.find(upper); at != std::string::npos; at = out.find(upper, at))
            out.replace(at, upper.size(), lower);
    return out;
}

} // namespace

std::string normalise_unit(std::string_view raw) {
    std::string word = lower_word(utf8::trim(raw));
    while (!word.empty() && (word.back() == '.' || word.back() == ')' || word.back() == ','))
        word.pop_back();
    // Quotes and brackets around a unit ("“pcs", a mark OCR saw): not part of it.
    for (std::string_view mark : {"\u201C", "\u201D", "\"", "'", "(", "["})
        while (word.starts_with(mark))
            word.erase(0, mark.size());
    for (const auto& [words, canonical] : unit_table())
        for (std::string_view w : words)
            if (word == w) return canonical.empty() ? std::string(w) : std::string(canonical);
    return {};
}

std::string first_unit_word(std::string_view text) {
    text = utf8::trim(text);
    while (text.starts_with("\u3000") || text.starts_with("\u00A0"))
        text = utf8::trim(text.substr(text.starts_with("\u3000") ? 3 : 2));
    size_t pos = 0, end = 0;
    while (pos < text.size()) {
        size_t at = pos;
        char32_t c = utf8::next(text, pos);
        if (!is_latin_letter(c) && !(end > 0 && (c == U'2' || c == U'²'))) {
            pos = at;
            break;
        }
        end = pos;
    }
    if (end > 0) return normalise_unit(text.substr(0, end));
    // CJK units are one to three characters; the longest known one wins ("平方米" over "米").
    std::string cjk;
    pos = 0;
    std::string best;
    for (int chars = 0; chars < 3 && pos < text.size(); ++chars) {
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (!is_cjk_char(c)) break;
        cjk.append(text.substr(start, pos - start));
        if (std::string unit = normalise_unit(cjk); !unit.empty()) best = unit;
    }
    return best;
}

namespace {

// Units a count of pieces is made of: 千只 is a thousand pieces, 千克 a kilogram.
bool counts_pieces(const std::string& unit) {
    static constexpr std::string_view k_pieces[] = {
        "pcs", "sets", "pairs", "units", "只", "个", "個", "件", "支", "片", "粒", "套", "枚",
        "颗",  "顆",   "条",    "條",    "根", "把", "张", "張", "副", "对", "對", "双", "雙"};
    return std::find(std::begin(k_pieces), std::end(k_pieces), unit) != std::end(k_pieces);
}

// The digits of the count at the start of the text with its thousands separators left out
// ("1,000", "10.000", "1 000", "10'000" as "1000", "10000"; a group is three digits and no
// fourth), and how many bytes it took.
std::string grouped_count(std::string_view text, size_t& used) {
    std::string digits;
    size_t at = 0;
    while (at < text.size()) {
        if (is_ascii_digit(text[at])) {
            digits += text[at++];
            continue;
        }
        bool group = !digits.empty() &&
                     std::string_view(",.' ").find(text[at]) != std::string_view::npos &&
                     at + 3 < text.size() && is_ascii_digit(text[at + 1]) &&
                     is_ascii_digit(text[at + 2]) && is_ascii_digit(text[at + 3]) &&
                     (at + 4 == text.size() || !is_ascii_digit(text[at + 4]));
        if (!group) break;
        digits += text.substr(at + 1, 3);
        at += 4;
    }
    used = at;
    return digits;
}

} // namespace

std::string count_unit(std::string_view text, std::string& unit) {
    text = utf8::trim(text);
    std::string count;
    std::string_view rest;
    for (auto [word, value] : {std::pair<std::string_view, std::string_view>{"千", "1000"},
                               {"万", "10000"},
                               {"萬", "10000"}})
        if (text.starts_with(word)) {
            count = value;
            rest = text.substr(word.size());
        }
    if (count.empty()) {
        // "1000pcs", "per 1,000 pcs", "/1.000 Stk.": a power of ten, grouped or not.
        size_t used = 0;
        std::string digits = grouped_count(text, used);
        if (digits.size() >= 2 && digits.size() <= 5 && digits[0] == '1' &&
            digits.find_first_not_of('0', 1) == std::string::npos) {
            count = digits;
        } else if (digits.empty() && !text.empty() &&
                   (text[0] == 'k' || text[0] == 'K' || text[0] == 'M')) {
            // "K pcs", "Mpcs": the letter counts a thousand only before a unit of pieces.
            count = "1000";
        } else {
            return {};
        }
        rest = text.substr(digits.empty() ? 1 : used);
    }
    std::string found = first_unit_word(rest);
    if (found.empty() || !counts_pieces(found)) return {};
    unit = found;
    return count;
}

std::string find_unit_after_slash(std::string_view text) {
    for (size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1))
        if (std::string unit = first_unit_word(text.substr(at + 1)); !unit.empty()) return unit;
    for (std::string_view key : {"每", "／"})
        for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1))
            if (std::string unit = first_unit_word(text.substr(at + key.size())); !unit.empty())
                return unit;
    std::string lower = utf8::ascii_lower(text);
    for (std::string_view key : {"per ", "pro ", "je ", "por ", "par ", "al ", "à la ", "a "})
        for (size_t at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1)) {
            if (at > 0 && is_ascii_letter(lower[at - 1])) continue;
            if (std::string unit = first_unit_word(text.substr(at + key.size())); !unit.empty())
                return unit;
        }
    // "Price ea. (USD)", "Price ea": the abbreviation with its dot, or after "price".
    for (std::string_view key : {"each", "/ea", "ea.", "price ea"})
        for (size_t at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1))
            if (bounded(lower, at, key.size())) return "pcs";
    return {};
}

std::string find_trailing_unit(std::string_view text) {
    size_t at = 0;
    while (at < text.size() &&
           (is_ascii_digit(text[at]) || text[at] == ',' || text[at] == '.' || text[at] == ' '))
        ++at;
    if (at == 0) return {};
    return first_unit_word(text.substr(at));
}

namespace {

constexpr std::string_view k_incoterms[] = {"EXW", "FCA", "FAS", "FOB", "CFR", "CNF", "C&F",
                                            "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DDU"};

bool is_stop_word(std::string_view word) {
    static constexpr std::string_view k_stop[] = {
        "price", "prices", "port", "terms", "term", "basis", "incoterms",
        "and",   "or",     "to",   "with",  "for",  "the",   "from",
        "in",    "at",     "unit", "per",   "incl", "excl",  "including"};
    std::string lower = utf8::ascii_lower(word);
    return std::find(std::begin(k_stop), std::end(k_stop), lower) != std::end(k_stop) ||
           !find_currency(word).empty() || !normalise_unit(word).empty();
}

std::string title_case(std::string_view word) {
    std::string out = utf8::ascii_lower(word);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// "Ningbo", "Hong Kong", "宁波": the place named after an incoterm, or "".
std::string place_after(std::string_view rest) {
    size_t at = 0;
    while (at < rest.size() && rest[at] == ' ')
        ++at;
    rest = rest.substr(at);
    if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z') {
        std::string place;
        for (int words = 0; words < 2 && !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
             ++words) {
            size_t end = 0;
            while (end < rest.size() && is_ascii_letter(rest[end]))
                ++end;
            std::string_view word = rest.substr(0, end);
            if (word.size() < 3 || is_stop_word(word)) break;
            if (end < rest.size() && is_ascii_digit(rest[end])) break;
            place += (place.empty() ? "" : " ") + title_case(word);
            rest = rest.substr(end);
            if (!rest.starts_with(" ")) break;
            rest.remove_prefix(1);
        }
        return place;
    }
    std::string place;
    size_t pos = 0;
    for (int chars = 0; chars < 4 && pos < rest.size(); ++chars) {
        size_t start = pos;
        char32_t c = utf8::next(rest, pos);
        if (!is_han(c) || c == U'价' || c == U'價' || c == U'港' || c == U'报' || c == U'報' ||
            c == U'的' || c == U'含' || c == U'单' || c == U'單')
            break;
        place.append(rest.substr(start, pos - start));
    }
    return place.size() >= 6 ? place : std::string(); // two characters or more
}

} // namespace

std::string find_incoterm(std::string_view text) {
    size_t best_at = std::string_view::npos;
    std::string_view best;
    for (std::string_view term : k_incoterms)
        for (size_t at = text.find(term); at != std::string_view::npos;
             at = text.find(term, at + 1)) {
            bool left = at == 0 || !(is_ascii_letter(text[at - 1]) || is_ascii_digit(text[at - 1]));
            size_t end = at + term.size();
            bool right =
                end >= text.size() || !(is_ascii_letter(text[end]) || is_ascii_digit(text[end]));
            if (left && right) {
                if (at < best_at) {
                    best_at = at;
                    best = term;
                }
                break;
            }
        }
    if (best.empty()) return {};
    std::string out(best == "CNF" || best == "C&F" ? "CFR" : best);
    std::string place = place_after(text.substr(best_at + best.size()));
    return place.empty() ? out : out + " " + place;
}

std::string find_validity(std::string_view text) {
    static constexpr std::string_view k_keys[] = {
        "valid until",  "valid till", "valid through",    "valid for",  "valid within",
        "validity",     "valid:",     "gültig bis",       "gültigkeit", "gültig",
        "válido hasta", "validez",    "valable jusqu'au", "validité",   "valido fino al",
        "validità",     "válido até", "validade",         "有效期至",   "有效期为",
        "有效期為",     "有效期限",   "有效期",           "有效至",     "有效日期"};
    std::string lower = lower_word(text);
    for (std::string_view key : k_keys) {
        size_t at = lower.find(key);
        if (at == std::string::npos) continue;
        if (at > 0 && is_ascii_letter(lower[at - 1])) continue; // "invalid"
        std::string_view rest = std::string_view(lower).substr(at + key.size());
        size_t offset = at + key.size();
        size_t start = 0;
        while (start < rest.size()) {
            std::string_view r = rest.substr(start);
            if (r[0] == ' ' || r[0] == ':' || r[0] == '\t' || r[0] == '-')
                ++start;
            else if (r.starts_with("：") || r.starts_with("为") || r.starts_with("為") ||
                     r.starts_with("至") || r.starts_with("は"))
                start += 3;
            else if (r.starts_with("is ") || r.starts_with("bis "))
                start += r.starts_with("is ") ? 3u : 4u;
            else
                break;
        }
        std::string_view value = text.substr(offset + start);
        size_t end = value.size();
        for (std::string_view stop : {"\n", "\r", ",", "，", "。", ";", "；", ")", "）"})
            end = std::min(end, value.find(stop));
        value = utf8::trim(value.substr(0, end));
        while (value.ends_with('.'))
            value.remove_suffix(1);
        if (!value.empty()) return std::string(utf8::truncate(value, 60));
    }
    return {};
}

bool names_us_dollar(std::string_view text) {
    static const WordSet k_marks(word_lists()["us_dollar_marks"]);
    return k_marks.any_in(fold(text));
}

} // namespace mailclerk::pricing
