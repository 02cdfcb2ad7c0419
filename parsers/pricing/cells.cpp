#include "parsers/pricing/cells.hpp"

#include "common/utf8.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"

namespace mailclerk::pricing {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_number_char(char c) {
    return is_digit(c) || c == '.' || c == ',' || c == '\'' || c == ' ';
}

// Where the number of the cell starts and ends: from the first digit to the last digit of the
// run of digits, marks and spaces that follows it.
bool number_span(std::string_view text, size_t& first, size_t& last) {
    first = text.find_first_of("0123456789");
    if (first == std::string_view::npos) return false;
    if (first > 0 && text[first - 1] == '.') --first; // ".5"
    last = first;
    for (size_t i = first; i < text.size(); ++i) {
        if (is_digit(text[i]))
            last = i;
        else if (!is_number_char(text[i]) && !text.substr(i).starts_with("\xC2\xA0") &&
                 !text.substr(i).starts_with("\xE2\x80\xAF") &&
                 !text.substr(i).starts_with("\xE2\x80\x89") &&
                 !text.substr(i).starts_with("\xE2\x80\x99") && // ’ (Swiss grouping)
                 !text.substr(i).starts_with("\xCA\xBC") &&
                 !text.substr(i).starts_with("\xE2\x80\xB2"))
            break;
        else if (text[i] == '\xC2' || text[i] == '\xCA' || text[i] == '\xE2')
            i += text[i] == '\xE2' ? 2u : 1u;
    }
    return true;
}

// Letters OCR confuses with digits, repaired where they sit between digits or marks.
std::string repair_ocr(std::string_view text) {
    std::string out(text);
    for (size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        bool suspicious = c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == '|';
        if (!suspicious) continue;
        bool left = i > 0 && (is_digit(out[i - 1]) || out[i - 1] == '.' || out[i - 1] == ',');
        bool right =
            i + 1 < out.size() && (is_digit(out[i + 1]) || out[i + 1] == '.' || out[i + 1] == ',');
        if (left || right) out[i] = (c == 'O' || c == 'o') ? '0' : '1';
    }
    // "8.600.00": a thousands comma read as a dot; all but the last dot group thousands.
    size_t last_dot = out.rfind('.');
    if (last_dot != std::string::npos && out.find('.') != last_dot)
        for (size_t i = 0; i < last_dot; ++i)
            if (out[i] == '.' && i + 4 <= last_dot && is_digit(out[i + 1])) out[i] = ',';
    return out;
}

bool is_filler(std::string_view text, std::string_view yen) {
    text = utf8::trim(text);
    if (text.empty()) return true;
    static constexpr std::string_view k_fillers[] = {
        "net", "nett", "netto", "only", "each", "ea", "ea.", "含税", "含稅", "不含税", "未税",
        "未稅", "excl. vat", "incl. vat", "ex vat", "+vat", "+ vat", "ht", "ttc", "/", "-", "=",
        ":", "：", "approx.", "ca.", "@",
        // "Rp 1.250.000,-", "Rs. 4,850/-", "CHF 12.-", "€ 25,=": a whole amount, no cents
        ",-", ",--", "/-", ".-", ",=", ".\u2013", ",\u2013", ".\u2014", ",\u2014"};
    std::string folded = fold(text);
    for (std::string_view f : k_fillers)
        if (folded == f) return true;
    std::string currency = find_currency(text, yen);
    if (!currency.empty()) {
        // Only currency tokens (and spaces or brackets) around the number.
        std::string rest = folded;
        for (std::string_view token :
             {"rd$",  "us $", "us$",    "usd",  "rmb",    "cny",    "eur",  "gbp",   "jpy",
              "chf",  "sgd",  "hkd",    "twd",  "ntd",    "nt$",    "hk$",  "s$",    "a$",
              "c$",   "aud",  "cad",    "nzd",  "krw",    "inr",    "myr",  "thb",   "rm",
              "r$",   "brl",  "pln",    "czk",  "sek",    "nok",    "dkk",  "€",     "£",
              "¥",    "￥",   "$",      "元",   "人民币", "人民幣", "美元", "美金",  "欧元",
              "歐元", "円",   "日元",   "港币", "新台币", "新臺幣", "euro", "euros", "sfr.",
              "fr.",  "₩",    "₹",      "₽",  "฿",      "₫",      "zł",   "kč",    "원",
              "rs.",  "rs",   "rupees", "try",  "tl",     "₺",      "mad",  "ron",   "huf",
              "uah",  "egp",  "pkr",    "bdt",  "ils",    "qar",    "kwd",  "aed",   "sar",
              "zar",  "idr",  "php",    "vnd",  "mxn",    "rub",    "₱",    "rp",    "руб.",
              "руб",  "vnđ",  "đồng",   "đ",    "ksh",    "kshs",   "kr.",  "kr",    "ft",
              "lei",  "₪",    "nis",    "ج.م.", "ج.م",    "ر.س",    "₦",    "৳",     "tk.",
              "tk",   "บาท",  "r",      "s/.",  "s/",     "b/.",    "₲",    "q",     "pen",
              "pyg",  "gtq",  "dop",    "pab",  "cop",    "clp",    "ars"})
            for (size_t at = rest.find(token); at != std::string::npos; at = rest.find(token))
                rest.erase(at, token.size());
        for (char c : std::string_view(" ()（）[].:"))
            std::erase(rest, c);
        // A currency sign this list lacks leaves the text as it was: no filler, and no
        // recursion on the same text (it overflowed the stack on "₱").
        if (rest.size() == folded.size()) return false;
        return rest.empty() || is_filler(rest, yen);
    }
    return false;
}

// Digits of any script, and full-width marks between them ("１０．９０", "１，７９０円／個") as
// ASCII, as Chinese and Japanese input methods write them.
std::string halfwidth_numbers(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = ascii_digit(utf8::next(text, pos));
        if (c == U'\uFF0E' || c == U'\uFF0C' || c == U'\uFF0F') c = c - U'\uFF01' + U'!';
        utf8::append(out, c);
    }
    return out;
}

// "/ 100 Stk.", "per 1000 pcs", "/100m", "je 100 Stück", "每100米", "/千只": a price for 10,
// 100, 1000 or 10000 units. Returns the count and sets `at` (where the expression starts) and
// `unit`.
std::string per_count(std::string_view text, size_t& at, std::string& unit) {
    std::string lower = utf8::ascii_lower(text);
    for (std::string_view key : {"/", " per ", " je ", " pro ", "每"})
        for (size_t k = lower.find(key); k != std::string::npos; k = lower.find(key, k + 1)) {
            std::string_view rest = utf8::trim(std::string_view(text).substr(k + key.size()));
            // "/千只", "每千个", "per K pcs": a count of pieces written as a word.
            if (std::string count = count_unit(rest, unit); !count.empty()) {
                at = k;
                return count;
            }
            size_t digits = rest.find_first_not_of("0123456789");
            std::string count(rest.substr(0, digits));
            if (count.size() < 2 || count.size() > 4 || count[0] != '1' ||
                count.find_first_not_of('0', 1) != std::string::npos)
                continue;
            std::string_view after = digits == std::string_view::npos ? "" : rest.substr(digits);
            unit = first_unit_word(after);
            at = k;
            return count;
        }
    return {};
}

} // namespace

std::string number_text(std::string_view cell) {
    size_t first = 0, last = 0;
    if (!number_span(cell, first, last)) return {};
    return std::string(cell.substr(first, last + 1 - first));
}

namespace {

// "3.9¢", "38¢/ft": cents of the dollar the text names ("$" alone: USD). The cent sign goes;
// `cents` says the value is a hundredth of the number.
std::string without_cents(std::string text, bool& cents) {
    static constexpr std::string_view k_cent = "\u00A2";
    size_t at = text.find(k_cent);
    cents =
        at != std::string::npos && at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]));
    if (cents) text.erase(at, k_cent.size());
    return text;
}

// "78.6万", "3.2億": a Chinese or Japanese word of a power of ten right after the number. Its
// zeros (0 when none) and where it ends.
int cell_scale(std::string_view text, size_t& at) {
    static constexpr std::pair<std::string_view, int> k_scales[] = {
        {"万", 4}, {"萬", 4}, {"亿", 8}, {"億", 8}};
    size_t from = at;
    while (from < text.size() && text[from] == ' ')
        ++from;
    for (auto [word, zeros] : k_scales)
        if (text.substr(from).starts_with(word)) {
            at = from + word.size();
            return zeros;
        }
    return 0;
}

} // namespace

std::optional<Money> scaled(std::optional<Money> money, int zeros) {
    if (money && zeros > 0 && !money->scaled)
        money->value = multiply_by_power_of_ten(money->value, zeros);
    return money;
}

std::optional<Money> read_money(std::string_view raw, Mark mark, std::string_view yen, bool ocr) {
    bool cents = false;
    std::string text = without_cents(grid::collapse_spaces(halfwidth_numbers(raw)), cents);
    if (ocr) text = repair_ocr(text);
    Money money;
    money.currency = find_currency(cents ? "$" + text : text, yen);
    // "12.50/pc", "USD 8 per set", "118元/只": the unit ends the price; "/ 100 Stk." too, with
    // the count the price is for.
    size_t cut = text.size();
    std::string unit;
    money.per = per_count(text, cut, unit);
    if (money.per.empty()) {
        unit = find_unit_after_slash(text);
        std::string lower = utf8::ascii_lower(text);
        for (std::string_view key : {"/", " per ", "／", "每", " pro ", " je ", " por ", " par "})
            if (size_t at = lower.find(key); at != std::string::npos && !unit.empty())
                cut = std::min(cut, at);
    }
    std::string_view body = std::string_view(text).substr(0, cut);
    size_t first = 0, last = 0;
    if (!number_span(body, first, last)) return std::nullopt;
    // Only currency and filler words may stand around a price: a unit after the number
    // ("500 pcs") makes it a quantity. A unit before it is the price's ("Stk 7,45", where a
    // layout joined the unit column to the price).
    std::string_view prefix = utf8::trim(body.substr(0, first));
    std::string prefix_unit = is_filler(prefix, yen) ? "" : normalise_unit(prefix);
    size_t after = last + 1;
    int zeros = cell_scale(body, after);
    // "$1.25 ea", "$14.50 pr", "€ 9,60 doz": after a price the cell marks as money, a unit word
    // is what it is the price of; without money beside it "500 pcs" stays a quantity.
    std::string suffix_unit = money.currency.empty() ? "" : normalise_unit(body.substr(after));
    if ((!is_filler(prefix, yen) && prefix_unit.empty()) ||
        (suffix_unit.empty() && !is_filler(body.substr(after), yen)))
        return std::nullopt;
    if (first > 0 && (body[first - 1] == '-' || body[first - 1] == '+')) {
        std::string_view before = utf8::trim(body.substr(0, first - 1));
        if (before.empty() || !find_currency(before, yen).empty()) return std::nullopt;
    }
    money.number = std::string(body.substr(first, last + 1 - first));
    auto value = read_number(money.number, mark);
    // A number that proves the other convention by itself ("3.200,00" in a table of "12.50")
    // has one reading only; ambiguous ones ("1,250") are read by the table's mark.
    if (!value && mark != Mark::unknown)
        if (Mark own = mark_evidence(money.number); own != Mark::unknown && own != mark)
            value = read_number(money.number, own);
    if (!value || value->starts_with('-') || value->find_first_not_of("0.") == std::string::npos)
        return std::nullopt;
    money.value = cents ? divide_by_power_of_ten(*value, 2) : *value;
    money.scaled = zeros > 0;
    if (money.scaled) money.value = multiply_by_power_of_ten(money.value, zeros);
    money.unit = !unit.empty() ? unit : !prefix_unit.empty() ? prefix_unit : suffix_unit;
    return money;
}

std::optional<Quantity> read_quantity(std::string_view raw, Mark mark) {
    std::string text = grid::collapse_spaces(halfwidth_numbers(raw)); // "２０本"
    size_t first = text.find_first_of("0123456789");
    if (first == std::string::npos) return std::nullopt;
    size_t end = first;
    while (end < text.size() &&
           (is_digit(text[end]) || text[end] == ',' || text[end] == '.' || text[end] == '\''))
        ++end;
    while (end > first && !is_digit(text[end - 1]))
        --end;
    auto value = read_number(std::string_view(text).substr(first, end - first), mark);
    if (!value) value = read_number(std::string_view(text).substr(first, end - first), Mark::dot);
    if (!value || value->starts_with('-')) return std::nullopt;
    Quantity q;
    q.value = *value;
    // "50千只", "20 K pcs": so many thousand pieces.
    std::string count = count_unit(std::string_view(text).substr(end), q.unit);
    if (!count.empty())
        q.value = multiply_by_power_of_ten(q.value, static_cast<int>(count.size()) - 1);
    else
        q.unit = first_unit_word(std::string_view(text).substr(end));
    return q;
}

} // namespace mailclerk::pricing
