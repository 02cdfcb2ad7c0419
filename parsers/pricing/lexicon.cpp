// Header words per role (parsers/pricing/words.txt), in the order roles are tried: the
// first role with a word in the cell wins, so "Total Qty" is a quantity, "Unit price" a price
// (not a unit), "Part No." a model (not a row number) and "Target price" nothing anyone quoted.
#include "parsers/pricing/lexicon.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {

// The bytes of words.txt (compiled in by cmake/EmbedText.cmake).
std::string_view words_text();

const WordLists& word_lists() {
    static const WordLists k_lists(words_text());
    return k_lists;
}

std::vector<std::pair<std::string_view, std::string_view>> word_pairs(std::string_view list) {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (std::string_view line : word_lists()[list]) {
        size_t space = line.rfind(' ');
        if (space == std::string_view::npos) continue;
        out.emplace_back(utf8::trim(line.substr(0, space)), line.substr(space + 1));
    }
    return out;
}

namespace {

// One role's words (parsers/pricing/words.txt).
const Words& words(std::string_view role) {
    return word_lists()[role];
}

bool is_latin_letter_at(std::string_view text, size_t at, bool before) {
    // Looks at the code point just before `at` (before = true) or starting at `at`.
    if (before) {
        if (at == 0) return false;
        size_t start = at - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        size_t pos = start;
        char32_t c = utf8::next(text, pos);
        return (c >= U'a' && c <= U'z') || (c >= U'\u00C0' && c <= U'\u024F');
    }
    if (at >= text.size()) return false;
    size_t pos = at;
    char32_t c = utf8::next(text, pos);
    return (c >= U'a' && c <= U'z') || (c >= U'\u00C0' && c <= U'\u024F');
}

// The letters right before `at` back to the start of their word ("vertrags" of
// "vertragspreis").
std::string_view word_head(std::string_view text, size_t at) {
    size_t start = at;
    while (is_latin_letter_at(text, start, true)) {
        --start;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
    }
    return text.substr(start, at - start);
}

// Does a word of the text end in one of the words, joined to letters before it: German and
// Dutch write a price's kind into one word ("Vertragspreis", "Angebotsprijs"), which no list of
// whole words can hold. Not two headers a PDF set too close ("Einheit" + "Preis CHF" read as
// "EinheitPreis CHF"): a head that is a unit or quantity header is no compound.
bool ends_a_compound(std::string_view text, const Words& endings) {
    for (std::string_view w : endings)
        for (size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
            std::string_view head = word_head(text, at);
            if (head.empty() || is_latin_letter_at(text, at + w.size(), false)) continue;
            if (!is_any(head, words("unit_exact")) && !is_any(head, words("quantity"))) return true;
        }
    return false;
}

bool has_any(std::string_view text, const Words& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return has_word(text, w); });
}

// A quantity break named in a header: its least quantity, and whether the text says it is a
// break (a range or "at least") rather than only a counted quantity ("1,000 pcs").
struct Tier {
    std::string least;
    bool marked = false;
};

// Does what starts at `at` follow a "per" word: a number giving the quantity a price is for
// ("Rate/100 Mtr", "per 1000", "je 100 Stk.") rather than a quantity break, or a count a price
// is for ("Price per '000 pcs") rather than a scale?
bool follows_per(std::string_view folded, size_t at) {
    std::string_view before = utf8::trim(folded.substr(0, at));
    for (std::string_view key : {"/", "per", "je", "pro", "每", "／"})
        if (before.ends_with(key)) return true;
    return false;
}

// Is the '.' at `at` a thousands group: three digits after it and no fourth?
bool is_dot_group(std::string_view text, size_t at) {
    if (at + 3 >= text.size()) return false;
    for (size_t i = at + 1; i <= at + 3; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return at + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[at + 4]));
}

// "100-499 pcs", "≥500", "500+", ">=1000", "1,000 pcs", "MOQ 1000", "ab 50", "1000个以上".
Tier tier_in(std::string_view folded) {
    size_t first = folded.find_first_of("0123456789");
    while (first != std::string_view::npos && follows_per(folded, first)) {
        size_t past = folded.find_first_not_of("0123456789,", first);
        if (past == std::string_view::npos) return {};
        first = folded.find_first_of("0123456789", past);
    }
    if (first == std::string_view::npos) return {};
    size_t end = first;
    bool dot_groups = false; // "1.000 pcs", "10.000 Stk.": a count grouped by dots
    while (end < folded.size()) {
        char c = folded[end];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == ',') {
            ++end;
        } else if (c == '.' && folded[first] != '0' && is_dot_group(folded, end)) {
            dot_groups = true;
            end += 4;
        } else {
            break;
        }
    }
    std::string digits(folded.substr(first, end - first));
    if (dot_groups) std::erase(digits, '.');
    auto value = read_number(digits, Mark::dot);
    if (!value) return {};
    std::string_view before = utf8::trim(folded.substr(0, first));
    std::string_view after = utf8::trim(folded.substr(end));
    // "1K", "5K", "10K+", "2k pcs": thousands (not "5kg", a weight).
    if (after.starts_with("k") && value->find('.') == std::string::npos &&
        (after.size() == 1 || !std::isalpha(static_cast<unsigned char>(after[1])))) {
        *value += "000";
        after = utf8::trim(after.substr(1));
        if (after.empty()) return {*value, true};
    }
    // "up to 299 m", "fino a 299 mt", "bis 99 Stk.": the first break, from one piece (a
    // counted quantity, not "bis 31.12.").
    bool up_to = before.ends_with("up to") || has_word(before, "fino a") ||
                 has_word(before, "bis") || has_word(before, "hasta") ||
                 has_word(before, "jusqu'à") || has_word(before, "até") || has_word(before, "tot");
    if (up_to && (after.empty() || !first_unit_word(after).empty())) return {"1", true};
    bool range = after.starts_with("-") || after.starts_with("~") || after.starts_with("～") ||
                 after.starts_with("to ") || after.starts_with("+") || after.starts_with("以上") ||
                 after.starts_with("\u2013") || after.find("以上") != std::string_view::npos ||
                 after.ends_with("+");
    bool at_least = before.ends_with("≥") || before.ends_with(">=") || before.ends_with(">") ||
                    before.ends_with("moq") || before.ends_with("min.") ||
                    before.ends_with("min") || has_word(before, "ab") || has_word(before, "from") ||
                    has_word(before, "desde") || has_word(before, "a partir de") ||
                    has_word(before, "à partir de") || has_word(before, "dès") ||
                    has_word(before, "da") || has_word(before, "vanaf") || has_word(before, "od");
    bool counted = !first_unit_word(after).empty();
    if (range || at_least || counted) return {*value, range || at_least};
    return {};
}

std::string tier_of(std::string_view folded) {
    return tier_in(folded).least;
}

// What a break header says besides its number: "at least" and range marks, thousands.
constexpr std::string_view k_break_marks[] = {"以上", ">=", "≥",    "moq", "min.",
                                              "min",  "ab", "from", "to",  "k"};

// Is the cell only a quantity: its number, range or "at least" marks and one unit word?
bool only_quantity(std::string_view folded) {
    std::string rest;
    for (char c : folded)
        if (!std::isdigit(static_cast<unsigned char>(c)) &&
            std::string_view(",.-~+>=").find(c) == std::string_view::npos)
            rest += c;
    for (std::string_view mark : k_break_marks)
        for (size_t at = rest.find(mark); at != std::string::npos; at = rest.find(mark))
            rest.erase(at, mark.size());
    for (std::string_view dash : {"\u2013", "\uFF5E"})
        for (size_t at = rest.find(dash); at != std::string::npos; at = rest.find(dash))
            rest.erase(at, dash.size());
    std::string_view left = utf8::trim(rest);
    return left.empty() ||
           (left.find(' ') == std::string_view::npos && !first_unit_word(left).empty());
}

// "Preis/100 Stk", "price per 1000 pcs", "€/100": the quantity a price is for, when over one;
// `unit` is the unit it counts when the header names one ("USD/1,000pcs": pcs).
std::string per_of(std::string_view folded, std::string& unit) {
    for (std::string_view key : {"/", "per ", "je ", "pro ", "每"}) {
        for (size_t at = folded.find(key); at != std::string_view::npos;
             at = folded.find(key, at + 1)) {
            std::string_view rest = utf8::trim(folded.substr(at + key.size()));
            // "单价(元/千个)", "Price per K pcs": a count of pieces written as a word.
            if (std::string count = count_unit(rest, unit); !count.empty()) return count;
            size_t digits = 0;
            while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
                ++digits;
            if (digits == 0) continue;
            std::string number(rest.substr(0, digits));
            if (number != "1" && number.find_first_not_of('0', 1) == std::string::npos &&
                number[0] == '1')
                return number;
        }
    }
    return {};
}

// "单价（万元）", "Price (USD '000)", "in thousands", "百万円": the power of ten every number
// of the column is written in (words.txt [header_scales]), 0 when none. "Price per '000 pcs"
// and "USD/千只" name a count the price is for (per_of), not a scale.
int scale_of(std::string_view folded) {
    static const auto k_scales = word_pairs("header_scales");
    for (const auto& [word, zeros] : k_scales)
        for (size_t at = folded.find(word); at != std::string_view::npos;
             at = folded.find(word, at + 1)) {
            if (!word_at(folded, at, word)) continue;
            return follows_per(folded, at) ? 0 : std::stoi(std::string(zeros));
        }
    return 0;
}

// A currency sign in brackets that find_currency does not know: a currency symbol ("(₡)") or
// one or two letters ended by '/' or '.' ("(Bs.)", "(S/)", "(B/.)", "(Gs.)"), that is no unit
// ("(No.)", "(pc.)") and no word of the header lexicon ("(ca.)", "(c/u)").
bool unknown_sign(std::string_view cell) {
    size_t open = cell.find('(');
    size_t close = open == std::string_view::npos ? open : cell.find(')', open);
    if (close == std::string_view::npos) return false;
    std::string_view inside = utf8::trim(cell.substr(open + 1, close - open - 1));
    size_t pos = 0, letters = 0;
    bool symbol = false;
    while (pos < inside.size()) {
        char32_t c = utf8::next(inside, pos);
        symbol = symbol || (c >= U'\u20A0' && c <= U'\u20CF') || c == U'$' || c == U'\u00A4';
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) ++letters;
    }
    if (inside.empty() || inside.size() > 8 || !normalise_unit(inside).empty()) return false;
    if (symbol) return true;
    size_t end = inside.find_first_of("/.");
    std::string_view tail = end == std::string_view::npos ? "" : inside.substr(end);
    bool shape = letters >= 1 && letters <= 2 && letters == end &&
                 (tail == "/" || tail == "." || tail == "/.");
    return shape && !has_any(fold(inside), words("not_a_sign"));
}

// "Qty (pcs)", "数量(只)", "Menge [Stk.]": a unit named in brackets.
std::string unit_in_brackets(std::string_view cell) {
    for (std::string_view open : {"(", "（", "["}) {
        size_t at = cell.find(open);
        if (at == std::string_view::npos) continue;
        if (std::string unit = first_unit_word(cell.substr(at + open.size())); !unit.empty())
            return unit;
    }
    return {};
}

HeaderSense with_extras(Role role, std::string_view cell, std::string_view folded,
                        std::string_view yen) {
    HeaderSense sense;
    sense.role = role;
    sense.currency = find_currency(cell, yen);
    if (sense.currency.empty() && (role == Role::price || role == Role::amount) &&
        unknown_sign(cell))
        sense.currency = k_unknown_currency;
    sense.unit = find_unit_after_slash(cell);
    sense.incoterm = find_incoterm(cell);
    if (role == Role::price || role == Role::old_price || role == Role::money)
        sense.tier = tier_of(folded);
    sense.list_price = has_any(folded, words("list")) && !has_any(folded, words("net"));
    sense.net_price = has_any(folded, words("net"));
    std::string counted; // "USD/1,000pcs": the price is for a thousand pieces
    sense.per = per_of(folded, counted);
    if (sense.unit.empty()) sense.unit = normalise_unit(counted);
    if (role == Role::price || role == Role::old_price || role == Role::money ||
        role == Role::amount)
        sense.scale = scale_of(folded);
    if (sense.unit.empty()) sense.unit = unit_in_brackets(cell);
    sense.tax_included =
        has_any(folded, {"含税", "含稅", "incl. vat", "incl vat", "inkl. mwst", "inkl mwst",
                         "iva incluido", "ttc", "tax included", "including vat", "税込", "с ндс",
                         "incl. gst", "termasuk ppn", "đã bao gồm vat"}) &&
        !has_any(folded, {"不含税", "不含稅", "未含税", "未含稅", "excl. vat", "excl vat",
                          "без ндс", "税抜"});
    return sense;
}

} // namespace

bool is_any(std::string_view text, const Words& words) {
    return std::find(words.begin(), words.end(), text) != words.end();
}

const char* to_string(Role role) {
    switch (role) {
    case Role::none:
        return "none";
    case Role::index:
        return "index";
    case Role::product:
        return "product";
    case Role::model:
        return "model";
    case Role::spec:
        return "spec";
    case Role::quantity:
        return "quantity";
    case Role::unit:
        return "unit";
    case Role::price:
        return "price";
    case Role::price_unit:
        return "price_unit";
    case Role::discount:
        return "discount";
    case Role::old_price:
        return "old_price";
    case Role::amount:
        return "amount";
    case Role::money:
        return "money";
    case Role::currency:
        return "currency";
    case Role::incoterm:
        return "incoterm";
    case Role::delivery:
        return "delivery";
    case Role::remarks:
        return "remarks";
    case Role::ignored:
        return "ignored";
    }
    return "none";
}

char32_t fold_char(char32_t c) {
    if (c >= U'\uFF01' && c <= U'\uFF5E') c = c - U'\uFF01' + U'!';
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (c >= U'\u0410' && c <= U'\u042F') c += 0x20; // Cyrillic capitals
    if (c >= U'\u0400' && c <= U'\u040F') c += 0x50; // Ё and the other Cyrillic capitals
    if (c >= U'\u0391' && c <= U'\u03A9') c += 0x20; // Greek capitals
    if (c == U'\u0386') c = U'\u03AC';               // Greek capitals with tonos
    if (c >= U'\u0388' && c <= U'\u038A') c += 0x25;
    if (c == U'\u038C') c = U'\u03CC';
    if (c == U'\u038E' || c == U'\u038F') c += 0x3F;
    if (c == U'\u0110') c = U'\u0111'; // Vietnamese Đ
    return c;
}

namespace {

std::string fold_now(std::string_view text) {
    // Folded and collapsed in one pass: fold runs on every cell and line many times over.
    grid::SpaceCollapser out(text.size());
    std::string encoded;
    size_t pos = 0;
    while (pos < text.size()) {
        if (char c = text[pos]; static_cast<unsigned char>(c) < 0x80) {
            // ASCII: only A-Z changes (the same as fold_char, without decoding).
            out.add_ascii(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
            ++pos;
            continue;
        }
        size_t start = pos;
        char32_t decoded = utf8::next(text, pos);
        char32_t c = fold_char(decoded);
        if (c >= U'\u00C0' && c <= U'\u00DE' && c != U'\u00D7') c += 0x20;
        // A character fold keeps is its own bytes (a valid sequence: a broken one reads as
        // U+FFFD and is written as that).
        if (c == decoded && c != U'\uFFFD') {
            out.add(c, text.substr(start, pos - start));
            continue;
        }
        encoded.clear();
        utf8::append(encoded, c);
        out.add(c, encoded);
    }
    return out.take();
}

} // namespace

std::string fold(std::string_view text) {
    // A document's whole text is folded by several readers in turn (what its yen means, the
    // unit it states, whether its sentences speak of prices): the thread keeps its last
    // answer for a text of a page or more, compared byte for byte. Lines and cells are folded
    // afresh, so that they do not push the document out; the bound keeps the copies small.
    constexpr size_t k_memo_from = 2048, k_memo_to = 256 * 1024;
    if (text.size() < k_memo_from || text.size() > k_memo_to) return fold_now(text);
    thread_local std::string last_text, last_folded;
    if (text != last_text) {
        last_folded = fold_now(text);
        last_text = text;
    }
    return last_folded;
}

bool word_at(std::string_view text, size_t at, std::string_view word) {
    bool left = is_latin_letter_at(word, 0, false) && is_latin_letter_at(text, at, true);
    bool right = is_latin_letter_at(word, word.size(), true) &&
                 is_latin_letter_at(text, at + word.size(), false);
    return !left && !right;
}

bool has_word(std::string_view text, std::string_view word) {
    if (word.empty()) return false;
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1))
        if (word_at(text, at, word)) return true;
    return false;
}

WordSet::WordSet(std::span<const std::string_view> words)
    : m_words(words.begin(), words.end()), m_matcher(words) {}

std::vector<bool> WordSet::in(std::string_view text) const {
    return m_matcher.found(
        text, [&](size_t word, size_t at) { return word_at(text, at, m_words[word]); });
}

bool WordSet::any_in(std::string_view text) const {
    bool any = false;
    m_matcher.each(text, [&](size_t word, size_t at) {
        any = word_at(text, at, m_words[word]);
        return !any;
    });
    return any;
}

namespace {

HeaderSense read_one_header(std::string_view cell, std::string_view yen);

bool ascii_only(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A word with a letter of a script other than Latin (Greek, Cyrillic, Hebrew, Arabic, Thai,
// Chinese, Japanese, Korean, ...); accented Latin ("Ürün", "Đơn") and signs ("≥5k") are not.
bool foreign_word(std::string_view word) {
    size_t pos = 0;
    while (pos < word.size()) {
        char32_t c = utf8::next(word, pos);
        if ((c >= 0x0370 && c < 0x1E00) || (c >= 0x2E80 && c < 0xD800) ||
            (c >= 0xF900 && c < 0xFB00) || (c >= 0xFF66 && c < 0xFFDD))
            return true;
    }
    return false;
}

// "单位 Unit", "品名 Description", "Unit Price 单价": the two languages side by side, words of
// one script and then words of the other (the script changes once); the offset where the second
// half starts, or npos ("含税价 RMB (含13%增值税)" changes twice: one header).
size_t script_change(std::string_view cell) {
    size_t change = std::string_view::npos, changes = 0, at = 0;
    bool previous = false;
    while (at < cell.size()) {
        size_t end = std::min(cell.find(' ', at), cell.size());
        bool foreign = foreign_word(cell.substr(at, end - at));
        if (at > 0 && foreign != previous) {
            change = at;
            ++changes;
        }
        previous = foreign;
        at = end + 1;
    }
    return changes == 1 ? change : std::string_view::npos;
}

// "Đơn giá / Unit price", "单价/Unit Price", "STT / No.", "单位 Unit": one header in two
// languages, the halves split at the slash, or else where the script changes, when one half is
// ASCII and the other is not. Empty otherwise.
std::vector<std::string_view> bilingual_halves(std::string_view cell) {
    size_t slash = cell.find('/');
    if (slash != std::string_view::npos && cell.find('/', slash + 1) != std::string_view::npos)
        return {};
    size_t cut = slash, skip = 1;
    if (slash == std::string_view::npos) {
        cut = script_change(cell);
        skip = 0;
    }
    if (cut == std::string_view::npos) return {};
    std::string_view left = utf8::trim(cell.substr(0, cut));
    std::string_view right = utf8::trim(cell.substr(cut + skip));
    if (left.empty() || right.empty() || ascii_only(left) == ascii_only(right)) return {};
    std::string_view latin = ascii_only(left) ? left : right;
    if (std::none_of(latin.begin(), latin.end(), [](char c) { return std::isalpha(c) != 0; }))
        return {};
    return {left, right};
}

} // namespace

std::string break_quantity(std::string_view cell) {
    std::string folded = fold(cell);
    if (folded.empty() || !only_quantity(folded)) return {};
    return tier_in(folded).least;
}

HeaderSense read_header(std::string_view cell, std::string_view yen) {
    // Each half read alone, so that "/ Unit price" is not read as a price per unit; the first
    // half that names a role is the header, the other half adds what it lacks.
    std::vector<std::string_view> halves = bilingual_halves(cell);
    std::vector<HeaderSense> senses;
    for (std::string_view half : halves)
        senses.push_back(read_one_header(half, yen));
    // Split only where the English half is a header by itself: "单价 USD/PCS" is one header
    // with its unit after the slash.
    bool english_named = false;
    for (size_t i = 0; i < halves.size(); ++i)
        english_named = english_named || (ascii_only(halves[i]) && senses[i].role != Role::none);
    auto named = std::find_if(senses.begin(), senses.end(),
                              [](const HeaderSense& s) { return s.role != Role::none; });
    if (!english_named || named == senses.end()) return read_one_header(cell, yen);
    HeaderSense out = *named;
    for (const HeaderSense& other : senses) {
        if (out.currency.empty()) out.currency = other.currency;
        if (out.unit.empty() && other.role == out.role) out.unit = other.unit;
        if (out.incoterm.empty()) out.incoterm = other.incoterm;
        if (out.scale == 0 && other.role == out.role) out.scale = other.scale;
        out.tax_included = out.tax_included || other.tax_included;
    }
    return out;
}

namespace {

// The label of a header before its brackets or slash ("old" of "Old (USD)", "current" of
// "Current (USD/1,000pcs)"), without a trailing colon.
std::string_view label_of(std::string_view folded) {
    size_t end = folded.size();
    for (std::string_view mark : {"(", "\uFF08", "/", "["})
        end = std::min(end, folded.find(mark));
    std::string_view label = utf8::trim(folded.substr(0, end));
    while (label.ends_with(":"))
        label.remove_suffix(1);
    return label;
}

HeaderSense read_one_header(std::string_view cell, std::string_view yen) {
    std::string h = fold(cell);
    if (h.empty() || utf8::trim(cell).size() > 60) return {};
    std::string bare = h; // without trailing punctuation: "No." and "No" alike
    while (bare.ends_with(":") || bare.ends_with("\uFF1A"))
        bare.resize(bare.size() - (bare.ends_with(":") ? 1 : 3));
    auto sense = [&](Role role) { return with_extras(role, cell, h, yen); };
    if (has_any(h, words("ignored"))) return sense(Role::ignored);
    if (has_any(h, words("old_price"))) return sense(Role::old_price);
    if (has_any(h, words("new_price"))) return sense(Role::price);
    // "Old (USD)", "Current (USD/1,000pcs)", "New (USD)": a notice's columns named by one
    // word; with a currency only, so that "Current (mA)" of a LED driver stays no price.
    if (std::string_view label = label_of(h); !find_currency(cell, yen).empty()) {
        if (is_any(label, words("old_alone"))) return sense(Role::old_price);
        if (is_any(label, words("new_alone"))) return sense(Role::price);
    }
    // "Price unit", "PE": how many units the price is for, though "price" is a price word.
    if (is_any(bare, words("price_unit"))) return sense(Role::price_unit);
    bool price_word = has_any(h, words("price")) || ends_a_compound(h, words("price_endings"));
    if (has_any(h, words("quantity")) && !price_word && !has_any(h, words("amount_not_quantity")))
        return sense(Role::quantity);
    if (has_any(h, words("amount"))) return sense(Role::amount);
    if (price_word || !find_incoterm(cell).empty()) return sense(Role::price);
    // "Net", "Netto", "List": a price column in a table of list and net prices.
    if ((has_any(h, words("net")) || has_any(h, words("list"))) &&
        std::count(h.begin(), h.end(), ' ') < 3)
        return sense(Role::price);
    if (has_any(h, words("discount"))) return sense(Role::discount);
    if (has_any(h, words("ignored_numbers"))) return sense(Role::ignored);
    if (has_any(h, words("currency"))) return sense(Role::currency);
    if (is_any(bare, words("unit_exact"))) return sense(Role::unit);
    if (has_any(h, words("delivery"))) return sense(Role::delivery);
    if (has_any(h, words("remarks"))) return sense(Role::remarks);
    if (has_any(h, words("incoterm"))) return sense(Role::incoterm);
    if (is_any(bare, words("index_exact"))) return sense(Role::index);
    if (has_any(h, words("model"))) return sense(Role::model);
    if (has_any(h, words("spec"))) return sense(Role::spec);
    if (has_any(h, {"material", "materiale", "matériel", "物料"})) {
        HeaderSense weak = sense(Role::spec);
        weak.weak_model = true;
        return weak;
    }
    if (has_any(h, words("product"))) return sense(Role::product);
    if (bare == "item" || bare == "items" || bare == "item." || bare == "artikel") {
        return sense(Role::index); // a row number or a name: the reader looks at its cells
    }
    // A quantity break alone ("100-499个", "ab 50", "500+", "1000个以上"): the price for it.
    if (Tier tier = tier_in(h); tier.marked) {
        HeaderSense price = sense(Role::price);
        price.tier = tier.least;
        return price;
    }
    // Only a currency: "USD", "(EUR)", "RMB元".
    if (std::string currency = find_currency(cell, yen); !currency.empty()) {
        std::string rest = h;
        for (char c : std::string_view("()（）[]$€£¥/.: "))
            std::erase(rest, c);
        if (rest.size() <= 12) return sense(Role::money);
    }
    return {};
}

} // namespace

} // namespace mailclerk::pricing
