// Inside the prose reader: where a sentence names a price (a number with a currency beside
// it, or after a price word when the document names its currency).
#include "parsers/pricing/prose_money.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "common/utf8.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing::detail {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Price words that let a number without a currency be a price (the context names it).
constexpr std::string_view k_price_words[] = {"单价",  "單價",   "价格",   "價格",       "报价",
                                              "報價",  "售价",   "price",  "unit price", "prix",
                                              "preis", "precio", "prezzo", "preço",      "単価"};

} // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back(line);
        pos = end + 1;
    }
    return lines;
}

namespace {

// The unit a price is for, written before it: Korean "개당 3,500원" (per piece), "세트당",
// Japanese "１本あたり８，８００円", "1個当たり" (per one piece). Empty when there is none.
std::string unit_before(std::string_view head) {
    head = utf8::trim(head);
    for (std::string_view mark : {"：", ":", "、", ","})
        if (head.ends_with(mark)) head = utf8::trim(head.substr(0, head.size() - mark.size()));
    std::string_view word;
    for (std::string_view per : {"당", "あたり", "当たり", "当り"})
        if (head.ends_with(per)) word = head.substr(0, head.size() - per.size());
    if (word.data() == nullptr) return {};
    size_t start = word.find_last_of(" 、，,：:");
    word = start == std::string_view::npos ? word : word.substr(start + 1);
    while (!word.empty() && word.front() >= '0' && word.front() <= '9') // "1本あたり"
        word.remove_prefix(1);
    std::string unit = first_unit_word(word);
    return unit.empty() ? normalise_unit(word) : unit;
}

// Does the text say a price includes the tax (words.txt [tax_included]; 不含税 says it does not)?
bool says_taxed(std::string_view text) {
    std::string folded = fold(text);
    for (std::string_view negated : {"不含税", "不含稅", "未含税", "未含稅"}) // tax excluded
        for (size_t at = folded.find(negated); at != std::string::npos; at = folded.find(negated))
            folded.erase(at, negated.size());
    for (std::string_view word : word_lists()["tax_included"])
        if (folded.find(word) != std::string::npos) return true;
    return false;
}

// "８，８００円（税抜、税込９，６８０円）", "17 900 руб. (с НДС 21 480 руб.)": between a price and
// the next, a bracket that opens on the tax-included figure of the same price.
bool taxed_aside(std::string_view between) {
    // Only inside a bracket still open where the next price starts.
    size_t open = std::string_view::npos;
    for (std::string_view bracket : {"(", "（"})
        if (size_t at = between.rfind(bracket);
            at != std::string_view::npos && (open == std::string_view::npos || at > open))
            open = at;
    if (open == std::string_view::npos) return false;
    std::string_view inside = between.substr(open);
    if (inside.find(')') != std::string_view::npos || inside.find("）") != std::string_view::npos)
        return false;
    return says_taxed(inside);
}

// "JPY 3,135 (tax included)", "2.30 USD with VAT 20%)": is the price just read said, right
// after it, to include the tax? Only up to the clause's end or the next number ("，含税含运费"
// after a list of prices qualifies them all), and not in a bracket that opens on the next
// price ("USD 14.00 (incl. VAT USD 16.80)": that one is the taxed one, taxed_aside).
bool taxed_after(std::string_view rest) {
    size_t end = rest.size();
    for (std::string_view stop : {")", "）", ",", "，", "、", ";", "；", "。"})
        end = std::min(end, rest.find(stop));
    size_t digit = rest.find_first_of("0123456789");
    std::string_view said = rest.substr(0, std::min(end, digit));
    bool opens =
        said.find('(') != std::string_view::npos || said.find("（") != std::string_view::npos;
    if (opens && digit < end) return false;
    return says_taxed(said);
}

size_t currency_before(std::string_view line, size_t at, const std::string& yen,
                       std::string& code) {
    return currency_ending_at(line, at, yen, code);
}

size_t currency_after(std::string_view line, size_t at, const std::string& yen, std::string& code) {
    return currency_starting_at(line, at, yen, code);
}

bool price_word_before(std::string_view line, size_t at) {
    std::string before = fold(line.substr(0, at));
    while (!before.empty() && (before.back() == ' ' || before.back() == ':'))
        before.pop_back();
    for (std::string_view end : {"：", "为", "為", " is", "是"})
        if (before.ends_with(end)) before.resize(before.size() - end.size());
    while (!before.empty() && before.back() == ' ')
        before.pop_back();
    return std::any_of(std::begin(k_price_words), std::end(k_price_words),
                       [&](std::string_view w) { return before.ends_with(w); });
}

// The unit after a price: "/只", "/pc", " per set", " each"; advances `end` past it. A
// count of pieces ("/千只", " per 1000pcs") sets `per`.
std::string unit_after(std::string_view line, size_t& end, std::string& per) {
    std::string_view rest = line.substr(end);
    size_t skip = 0;
    while (skip < rest.size() && rest[skip] == ' ')
        ++skip;
    // "人民币35.00元/只": the currency was read before the number, its 元 stands after it.
    for (std::string_view yuan : {"元", "圆"})
        if (rest.substr(skip).starts_with(yuan)) skip += yuan.size();
    // "Rs. 1,18,500/- per No.", "Rp 187.500,- per batang": the whole-amount mark before the unit.
    for (std::string_view whole : {"/-", ",-", ".-"})
        if (rest.substr(skip).starts_with(whole) &&
            rest.substr(skip + whole.size()).starts_with(" ")) {
            skip += whole.size();
            while (skip < rest.size() && rest[skip] == ' ')
                ++skip;
        }
    std::string_view r = rest.substr(skip);
    // "c/u" (cada uno), "ea": each
    for (std::string_view each : {"c/u", "ea.", "ea"})
        if (r.starts_with(each) && (r.size() == each.size() ||
                                    !std::isalpha(static_cast<unsigned char>(r[each.size()])))) {
            end += skip + each.size();
            return "pcs";
        }
    // "∕" (U+2215): what Big5 decoders make of the slash 0xA1FE ("US$58.50∕支"); "一" as
    // chats write it ("0.12元一个": 0.12 yuan a piece).
    for (std::string_view key :
         {"/",   "／",   "∕",   "per ", "每",  "一",  "each", "a ",  "por ", "pro ",
          "je ", "par ", "al ", "à ",   "le ", "la ", "il ",  "el ", "za ",  "за "}) {
        if (!utf8::ascii_lower(r.substr(0, key.size())).starts_with(key)) continue;
        if (key == "each") {
            end += skip + 4;
            return "pcs";
        }
        std::string unit;
        per = count_unit(r.substr(key.size()), unit);
        if (!per.empty()) {
            // Past the count and its unit word: "千只", "1000pcs", "1000 pcs".
            size_t stop = key.size();
            while (stop < r.size() && r[stop] == ' ')
                ++stop;
            while (stop < r.size() && r[stop] != ' ' && r[stop] != ',' && r[stop] != ')' &&
                   r.substr(stop, 3) != "，" && r.substr(stop, 3) != "。")
                ++stop;
            end += skip + stop;
            return unit;
        }
        unit = first_unit_word(r.substr(key.size()));
        if (unit.empty()) continue;
        size_t after = key.size();
        while (after < r.size() && r[after] == ' ')
            ++after;
        std::string_view word = r.substr(after);
        size_t length = 0;
        while (length < word.size() && word[length] != ' ' && word[length] != ',' &&
               word[length] != ')' && static_cast<unsigned char>(word[length]) < 0x80)
            ++length;
        if (length == 0) length = std::min<size_t>(word.size(), 3); // one CJK unit
        end += skip + after + length;
        return unit;
    }
    return {};
}

} // namespace

size_t old_mark_at(std::string_view before) {
    std::string folded = fold(before);
    while (!folded.empty() &&
           (folded.back() == ' ' || folded.back() == '(' || folded.back() == ':'))
        folded.pop_back();
    for (std::string_view end :
         {"由",          "从",       "從",          "原价",       "原價",       "原单价",
          "原为",        "原来",     "而非",        "而不是",     "bisher",     "alt",
          "previously",  "was",      "from",        "old price",  "instead of", "rather than",
          "in place of", "statt",    "anstatt",     "antes",      "avant",      "anteriormente",
          "prima",       "anterior", "en lugar de", "au lieu de", "invece di",  "em vez de",
          "earlier",     "formerly", "ранее",       "было",       "trước đây",  "기존"})
        if (folded.ends_with(end) &&
            (static_cast<unsigned char>(end.front()) >= 0x80 || folded.size() == end.size() ||
             !std::isalpha(static_cast<unsigned char>(folded[folded.size() - end.size() - 1])))) {
            // The same place in `before`: fold() keeps the bytes of these words, but collapses
            // spaces, so count back in words from the end of the original.
            std::string_view original = utf8::trim(before);
            size_t at = utf8::ascii_lower(original).rfind(end);
            return at == std::string::npos
                       ? 0
                       : static_cast<size_t>(original.data() - before.data()) + at;
        }
    return std::string_view::npos;
}

bool marks_old(std::string_view before) {
    return old_mark_at(before) != std::string_view::npos;
}

bool tabular(std::string_view line) {
    if (line.find('\t') != std::string_view::npos || std::count(line.begin(), line.end(), '|') >= 2)
        return true;
    int gaps = 0;
    std::string_view t = utf8::trim(line);
    for (size_t at = t.find("  "); at != std::string_view::npos; at = t.find("  ", at)) {
        ++gaps;
        at = t.find_first_not_of(' ', at);
        if (at == std::string_view::npos) break;
    }
    return gaps >= 2;
}

bool mentions_prices(std::string_view text) {
    static constexpr std::string_view k_words[] = {
        "price",  "prices",  "pricing", "价格",   "價格",   "单价",  "單價",   "preis", "preise",
        "precio", "precios", "prix",    "prezzo", "prezzi", "preço", "preços", "価格",  "単価"};
    static const WordSet k_set(k_words);
    return k_set.any_in(fold(text));
}

namespace {

// "3.80/pc", "45.50 / pc", "12.5元/个": a number followed by the unit it is the price of.
bool per_unit_after(std::string_view line, size_t last) {
    size_t end = last + 1;
    std::string_view rest = utf8::trim(line.substr(end));
    std::string per;
    for (std::string_view slash : {"/", "／", "∕"})
        if (rest.starts_with(slash)) return !unit_after(line, end, per).empty();
    // "18.50 per 1000pcs": a price for a count of pieces.
    std::string unit;
    return utf8::ascii_lower(rest).starts_with("per ") && !count_unit(rest.substr(4), unit).empty();
}

// "6204-2RS:   0.44": a line that pairs a model with a bare price, in a text about prices; or
// a number with its unit after a slash ("-- 3.80/pc"), which only a price is written with.
bool list_line(std::string_view line, size_t first, size_t last) {
    if (per_unit_after(line, last)) return true;
    std::string_view after = utf8::trim(line.substr(last + 1));
    std::string_view before = utf8::trim(line.substr(0, first));
    while (before.ends_with(":") || before.ends_with("=") || before.ends_with("\uFF1A"))
        before = utf8::trim(before.substr(
            0, before.size() - (before.ends_with(":") || before.ends_with("=") ? 1 : 3)));
    if (!after.empty() || before.empty() || before.size() > 40) return false;
    return looks_like_model(before) &&
           line.substr(first, last + 1 - first).find('.') != std::string_view::npos;
}

// The width of a group separator at `at`: a space, a no-break or a narrow no-break space.
size_t group_space(std::string_view line, size_t at) {
    for (std::string_view space : {" ", "\u00A0", "\u202F"})
        if (line.substr(at).starts_with(space)) return space.size();
    return 0;
}

// "17 900 руб.", "1 250,00 €", "12 450,00 zł": a number of 1-3 digits continued by groups of
// three after single spaces, where a currency stands right after the whole number or right
// before it. Returns the last digit of the whole number (`last` when there is none).
size_t space_grouped_end(std::string_view line, size_t first, size_t last, const std::string& yen) {
    if (last - first > 2) return last;
    for (size_t k = first; k <= last; ++k)
        if (!is_digit(line[k])) return last;
    // "DN50 118元/只", "M10 250 pcs": digits glued to a size's letters end the size, they begin
    // no grouped number ("USD1 250" may: a currency's letters)
    std::string glued;
    if (first > 0 && std::isalpha(static_cast<unsigned char>(line[first - 1])) &&
        currency_before(line, first, yen, glued) == std::string_view::npos)
        return last;
    size_t end = last;
    for (size_t gap = group_space(line, end + 1); gap > 0; gap = group_space(line, end + 1)) {
        size_t g = end + 1 + gap;
        if (g + 3 > line.size() || !is_digit(line[g]) || !is_digit(line[g + 1]) ||
            !is_digit(line[g + 2]) || (g + 3 < line.size() && is_digit(line[g + 3])))
            break;
        end = g + 2;
    }
    if (end == last) return last;
    if (end + 2 < line.size() && (line[end + 1] == ',' || line[end + 1] == '.') &&
        is_digit(line[end + 2])) { // the decimals: ",00"
        end += 2;
        while (end + 1 < line.size() && is_digit(line[end + 1]))
            ++end;
    }
    std::string code;
    bool money = currency_after(line, end + 1, yen, code) != std::string_view::npos ||
                 currency_before(line, first, yen, code) != std::string_view::npos;
    return money ? end : last;
}

size_t skip_spaces(std::string_view line, size_t at) {
    while (at < line.size() && line[at] == ' ')
        ++at;
    return at;
}

// "EUR 1200 x 800" (a Euro pallet), "(1200 × 1000 mm)": a whole number times another that ends
// the size (a length unit, another "x", a bracket or the line's end follows) is a size, not
// money. "EUR 150.00 x 2" and "EUR 85 x 10 pcs" (a price times a count) stay prices.
bool size_after(std::string_view line, size_t first, size_t last) {
    std::string_view number = line.substr(first, last + 1 - first);
    if (number.find_first_not_of("0123456789") != std::string_view::npos) return false;
    size_t at = skip_spaces(line, last + 1);
    if (line.substr(at).starts_with("\u00D7"))
        at += std::string_view("\u00D7").size();
    else if (at < line.size() && (line[at] == 'x' || line[at] == 'X'))
        ++at;
    else
        return false;
    at = skip_spaces(line, at);
    if (at >= line.size() || !is_digit(line[at])) return false;
    while (at < line.size() && is_digit(line[at]))
        ++at;
    at = skip_spaces(line, at);
    std::string_view rest = line.substr(at);
    if (rest.empty() || rest[0] == ')' || rest[0] == 'x' || rest[0] == 'X' ||
        rest.starts_with("\u00D7"))
        return true;
    size_t word = 0;
    while (word < rest.size() && std::isalpha(static_cast<unsigned char>(rest[word])))
        ++word;
    std::string_view unit = rest.substr(0, word);
    return unit == "mm" || unit == "cm" || unit == "m";
}

// "4.5p each", "62p per roll" in a mail of pounds, "38¢ ea": a number of pence or cents, a
// hundredth of the pound or dollar. Sets `code` and returns where the mark ends; npos when no
// such mark follows ("62pcs", "4p" where no pound is named).
size_t hundredths_after(std::string_view line, size_t at, const TableContext& context,
                        std::string& code) {
    static constexpr std::string_view k_cent = "\u00A2";
    if (line.substr(at).starts_with(k_cent)) {
        code = "USD";
        return at + k_cent.size();
    }
    bool pence = at < line.size() && line[at] == 'p' && context.terms.currency == "GBP" &&
                 (at + 1 == line.size() || !std::isalpha(static_cast<unsigned char>(line[at + 1])));
    if (!pence) return std::string_view::npos;
    // "4.5p each", "62p per roll", "62p/roll", "62p." — but "4p connector" counts pins
    std::string_view next = utf8::trim(line.substr(at + 1));
    std::string word(next.substr(0, next.find_first_of(" ,.;:)/")));
    if (!word.empty() && std::isalpha(static_cast<unsigned char>(word[0])) && word != "per" &&
        normalise_unit(word).empty())
        return std::string_view::npos;
    code = "GBP";
    return at + 1;
}

} // namespace

std::vector<Hit> money_in(std::string_view line, size_t index, const TableContext& context,
                          bool about_prices) {
    std::vector<Hit> hits;
    for (size_t i = 0; i < line.size(); ++i) {
        if (!is_digit(line[i]) ||
            (i > 0 && (is_digit(line[i - 1]) || line[i - 1] == '.' || line[i - 1] == ',')))
            continue;
        size_t first = i, last = i;
        for (size_t j = i; j < line.size(); ++j) {
            if (is_digit(line[j]))
                last = j;
            else if (line[j] != '.' && line[j] != ',' && line[j] != '\'')
                break;
        }
        last = space_grouped_end(line, first, last, context.yen);
        i = last;
        // Not part of a date, a phone number, a model, a percentage or a range.
        char before = first > 0 ? line[first - 1] : ' ';
        char after = last + 1 < line.size() ? line[last + 1] : ' ';
        char after2 = last + 2 < line.size() ? line[last + 2] : ' ';
        std::string code_left, code_right;
        bool currency_left =
            currency_before(line, first, context.yen, code_left) != std::string_view::npos;
        bool currency_right =
            currency_after(line, last + 1, context.yen, code_right) != std::string_view::npos;
        bool glued_left = (std::isalpha(static_cast<unsigned char>(before)) && !currency_left) ||
                          before == '-' || before == '/' || before == '+' || before == '#' ||
                          before == '.';
        // "1/2", "28/410": a fraction or a neck size; "27.80/1000pcs" is a price per count.
        std::string counted;
        std::string hundredth;
        size_t past_hundredth = currency_left
                                    ? std::string_view::npos
                                    : hundredths_after(line, last + 1, context, hundredth);
        bool glued_right = (std::isalpha(static_cast<unsigned char>(after)) && !currency_right &&
                            past_hundredth == std::string_view::npos) ||
                           after == '-' || after == '%' || after == ':' ||
                           (after == '/' && is_digit(after2) &&
                            count_unit(line.substr(last + 2), counted).empty());
        if (glued_left || glued_right || size_after(line, first, last)) continue;
        if (!hits.empty() && taxed_aside(line.substr(hits.back().end, first - hits.back().end)))
            continue;
        Hit hit;
        hit.line = index;
        std::string code;
        size_t begin = currency_before(line, first, context.yen, code);
        size_t end = last + 1;
        if (past_hundredth != std::string_view::npos) {
            code = hundredth;
            end = past_hundredth;
            begin = first;
        } else if (begin == std::string_view::npos) {
            size_t past = currency_after(line, last + 1, context.yen, code);
            // "20  £24.80": a currency followed by a number is that number's.
            size_t next = past == std::string_view::npos ? past : line.find_first_not_of(' ', past);
            if (next != std::string_view::npos && next < line.size() && is_digit(line[next])) {
                past = std::string_view::npos;
                code.clear();
            }
            if (past != std::string_view::npos) end = past;
            begin = first;
        } else if (code == "USD" && line[begin] == '$') {
            // "$86.50 MXN": the peso's (or another dollar's) sign, its code after the number.
            std::string named;
            size_t past = currency_after(line, last + 1, context.yen, named);
            if (past != std::string_view::npos && !named.empty() && named != "USD") {
                code = named;
                end = past;
            }
        }
        if (code.empty()) {
            // "USD 12.80 instead of 13.50": the old price is in the new one's currency.
            bool old_after =
                !hits.empty() && marks_old(line.substr(hits.back().end, first - hits.back().end));
            bool named = price_word_before(line, first) ||
                         (about_prices && list_line(line, first, last)) || old_after;
            if (!named || (context.terms.currency.empty() && !old_after)) continue;
            code = context.terms.currency.empty() ? hits.back().currency : context.terms.currency;
        }
        Mark mark = context.mark != Mark::unknown ? context.mark : usual_mark(code);
        auto value = read_number(line.substr(first, last + 1 - first), mark);
        if (!value || value->find_first_not_of("0.") == std::string::npos) continue;
        hit.begin = begin;
        hit.value = hundredth.empty() ? *value : divide_by_power_of_ten(*value, 2);
        hit.currency = code;
        hit.unit = unit_after(line, end, hit.per);
        if (hit.unit.empty()) {
            // "每只118元", "每千个90元": the unit before the price
            std::string_view head = line.substr(0, begin);
            if (size_t each = head.rfind("每");
                each != std::string_view::npos && begin - each <= 12) {
                hit.per = count_unit(head.substr(each + 3), hit.unit);
                if (hit.per.empty()) hit.unit = first_unit_word(head.substr(each + 3));
            }
            if (hit.unit.empty()) hit.unit = unit_before(head); // "개당", "1本あたり"
        }
        hit.end = end;
        // "JPY 2,850 (tax excluded) / JPY 3,135 (tax included)": the taxed price of the one
        // before it, unless that one is taxed too (two products' prices with tax).
        if (!hits.empty() && taxed_after(line.substr(end)) &&
            !taxed_after(line.substr(hits.back().end, first - hits.back().end)))
            continue;
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace mailclerk::pricing::detail
