#include "parsers/pricing/product.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

#include "common/utf8.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/trade_names.hpp"

namespace mailclerk::pricing {
namespace {

// Nominal pipe sizes: inches as written -> DN.
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> k_pipe_sizes{{
    {"1/2\"", "dn15"},
    {"3/4\"", "dn20"},
    {"1\"", "dn25"},
    {"1-1/4\"", "dn32"},
    {"1-1/2\"", "dn40"},
    {"2\"", "dn50"},
    {"2-1/2\"", "dn65"},
    {"3\"", "dn80"},
    {"4\"", "dn100"},
    {"5\"", "dn125"},
    {"6\"", "dn150"},
    {"8\"", "dn200"},
    {"10\"", "dn250"},
    {"12\"", "dn300"},
    {"14\"", "dn350"},
    {"16\"", "dn400"},
}};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z');
}

// Lower-case, half-width; spaces and brackets as single spaces; × and * as x; inch marks as ".
std::string normalise_chars(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        if (char a = text[pos]; static_cast<unsigned char>(a) < 0x80) {
            // ASCII, most names, byte by byte: the same answers as the decoding below.
            if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
            if (a == '\t' || a == '\n' || a == '\r' || a == '(' || a == ')' || a == '[' || a == ']')
                a = ' ';
            if (a == '*') a = 'x';
            out.push_back(a);
            ++pos;
            continue;
        }
        char32_t c = fold_char(utf8::next(text, pos));
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' ||
            c == U'(' || c == U')' || c == U'[' || c == U']' || c == U'\u3010' || c == U'\u3011')
            c = U' ';
        if (c == U'\u2033' || c == U'\u201C' || c == U'\u201D') c = U'"';
        if (c == U'\u00D7' || c == U'*') c = U'x';
        if (c == U'\u03A6' || c == U'\u03C6' || c == U'\u00D8') c = U'\u00F8';
        utf8::append(out, c);
    }
    for (size_t at = out.find("''"); at != std::string::npos; at = out.find("''", at))
        out.replace(at, 2, "\"");
    for (std::string_view inch : {"inch", "in."})
        for (size_t at = out.find(inch); at != std::string::npos; at = out.find(inch, at + 1))
            if (at > 0 && (is_digit(out[at - 1]) || out[at - 1] == ' ')) {
                size_t digits = at;
                while (digits > 0 && out[digits - 1] == ' ')
                    --digits;
                if (digits > 0 && is_digit(out[digits - 1])) {
                    out.replace(digits, at + inch.size() - digits, "\"");
                    at = digits;
                }
            }
    return out;
}

std::string without_spaces(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ') out.push_back(c);
    return out;
}

// Inch pipe sizes standing alone ("2\"", "1-1/2\"") as DN; a DN the text already names is not
// repeated, so "DN50 (2\")" and "2\"" and "DN 50" give one key.
std::string pipe_sizes_as_dn(const std::string& text) {
    std::string names_dn = without_spaces(text);
    std::string out;
    for (char c : text) {
        if (c != '"') {
            out.push_back(c);
            continue;
        }
        size_t start = out.size();
        while (start > 0 &&
               (is_digit(out[start - 1]) || out[start - 1] == '/' || out[start - 1] == '-'))
            --start;
        while (start < out.size() && out[start] == '-')
            ++start;
        bool alone = start == 0 || !(is_alnum(out[start - 1]) || out[start - 1] == '.');
        std::string inch = out.substr(start) + "\"";
        auto found = std::find_if(k_pipe_sizes.begin(), k_pipe_sizes.end(),
                                  [&](const auto& p) { return p.first == inch; });
        if (!alone || found == k_pipe_sizes.end()) {
            out.push_back(c);
            continue;
        }
        out.resize(start);
        if (names_dn.find(found->second) == std::string::npos) out += found->second;
    }
    return out;
}

} // namespace

std::string product_key(std::string_view text) {
    return without_spaces(pipe_sizes_as_dn(normalise_chars(text)));
}

std::string product_key(std::string_view name, std::string_view spec) {
    std::string key = product_key(name);
    std::string spec_key = product_key(spec);
    if (spec_key.empty() || key.find(spec_key) != std::string::npos) return key;
    if (key.empty()) return spec_key;
    return product_key(std::string(name) + " " + std::string(spec));
}

std::string product_key_of(const PriceItem& item) {
    return product_key(item.model.empty() ? item.product : item.model, item.spec);
}

void settle_names(PriceItem& item) {
    item.product_key = product_key_of(item);
    if (item.spec.empty() || item.model.find(item.spec) != std::string::npos) return;
    item.model = item.model.empty() ? item.spec : item.model + " " + item.spec;
}

bool looks_like_size(std::string_view text) {
    static const std::regex k_size(
        R"((^|[\s(,;/])(dn ?\d+|pn ?\d+|class ?\d+|m\d+(x[\d.]+)?|[\d./-]+ ?("|inch|in\.|英寸|寸|分)|[\d.]+(x[\d.]+){0,2} ?(mm|cm|m|μm|um|kg|kw|w|v|bar|mpa|psi|lb)|ø ?[\d.]+( ?x ?[\d.]+){0,2}|\d+ ?x ?\d+(x ?\d+)?|\d+/\d+)($|[^a-z0-9]))",
        std::regex::optimize);
    // Each alternative holds a digit, '.', '/' or '-': a text with none (most words of a
    // product's name) is no size, and the regex, the cost here, does not run.
    std::string normal = normalise_chars(text);
    if (normal.find_first_of("0123456789./-") == std::string::npos) return false;
    return std::regex_search(normal, k_size);
}

bool looks_like_model(std::string_view word) {
    if (word.size() < 3 || word.size() > 40) return false;
    bool letter = false, digit = false;
    for (char c : word) {
        if (is_digit(c))
            digit = true;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            letter = true;
        else if (c != '-' && c != '/' && c != '.' && c != '_')
            return false;
    }
    return letter && digit;
}

bool type_code(std::string_view word) {
    return word.size() >= 2 && word.size() <= 5 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool letters_code(std::string_view word) {
    if (word.size() < 5 || word.front() == '-' || word.back() == '-' ||
        word.find("--") != std::string_view::npos || std::count(word.begin(), word.end(), '-') < 2)
        return false;
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return c == '-' || (c >= 'A' && c <= 'Z'); });
}

namespace {

bool is_cjk(char32_t c) {
    return c >= U'\u2E80';
}

// A word that names a product by itself: a part number, a size, an ERP code of 5+ digits.
// letters_code on a key's folded word ("oh-plg-uk").
bool folded_letters_code(const std::string& word) {
    std::string upper = word;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    return letters_code(upper);
}

bool strong_word(const std::string& word) {
    bool digits = !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
    return looks_like_model(word) || looks_like_size(word) || (digits && word.size() >= 5) ||
           folded_letters_code(word);
}

// "hl-st4.2x16" -> "st4.2x16": a part number behind a short letter prefix (the maker's)
// is the same part when a document writes it without the prefix.
std::string without_maker_prefix(const std::string& word) {
    size_t dash = word.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 4) return {};
    if (!std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(dash),
                     [](char c) { return c >= 'a' && c <= 'z'; }))
        return {};
    std::string tail = word.substr(dash + 1);
    return looks_like_model(tail) && !looks_like_size(tail) ? tail : std::string();
}

bool code_only(const std::string& word) {
    static const std::regex k_code(R"(\d{6,}|\d+(\.\d+){2,})");
    return std::regex_match(word, k_code);
}

// "400x300x250mm" -> "400x300x250", "m12x50," -> "m12x50".
std::string clean_word(std::string word) {
    while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == '.'))
        word.pop_back();
    if (!word.empty() && is_digit(word[0]) && word.find('x') != std::string::npos)
        for (std::string_view unit : {"mm", "cm"})
            if (word.size() > unit.size() && word.ends_with(unit) &&
                is_digit(word[word.size() - unit.size() - 1]))
                word.resize(word.size() - unit.size());
    return word;
}

// A conductor's cross-section as one word whichever way it is written: "2.5平方", "2.5平方毫米",
// "2.5 mm2", "2.5 sq.mm", "2.5 sqmm" -> "2.5mm²". Electricians say 平方 for mm²; "2.5平方米" and
// "2.5平方厘米" are areas and stay as written, as does "mm2" inside a longer word ("mm20").
std::string cross_sections_as_mm2(std::string text) {
    if (text.find("平方") == std::string::npos && text.find("mm") == std::string::npos) return text;
    static const std::regex k_section(
        R"((\d)\s?(平方毫米|平方(?!米|厘米|分米|公里|千米)|mm2(?![0-9a-z])|sq\.?\s?mm(?![a-z])|mm²))",
        std::regex::optimize);
    return std::regex_replace(text, k_section, "$1mm²");
}

std::vector<std::string> words_of(std::string_view text) {
    std::string norm = cross_sections_as_mm2(pipe_sizes_as_dn(normalise_chars(text)));
    // "24/410" (a neck size), "3/8": a slash between digits is part of the number.
    for (size_t i = 0; i < norm.size(); ++i)
        if (norm[i] == ',' || norm[i] == ';' || norm[i] == '|' ||
            (norm[i] == '/' &&
             !(i > 0 && is_digit(norm[i - 1]) && i + 1 < norm.size() && is_digit(norm[i + 1]))))
            norm[i] = ' ';
    std::vector<std::string> out;
    size_t at = 0;
    while (at < norm.size()) {
        size_t end = norm.find(' ', at);
        if (end == std::string::npos) end = norm.size();
        if (std::string w = clean_word(norm.substr(at, end - at)); !w.empty()) out.push_back(w);
        at = end + 1;
    }
    return out;
}

// The type codes a name writes (BV in "BV 2.5平方（100米/卷）"), folded and sorted.
std::vector<std::string> type_codes(std::string_view name) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < name.size()) {
        size_t end = at;
        while (end < name.size() && name[end] >= 'A' && name[end] <= 'Z')
            ++end;
        // "XD" in "XD-PB20" is part of a code, not a type of its own.
        auto apart = [&](size_t i) {
            char c = name[i];
            return !std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' &&
                   c != '.' && c != '/';
        };
        bool alone = (at == 0 || apart(at - 1)) && (end == name.size() || apart(end));
        if (end > at && alone && type_code(name.substr(at, end - at)))
            out.push_back(words_of(name.substr(at, end - at)).front());
        at = std::max(end, at + 1);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// "1、六角螺栓", "2. Ball valve", "(3) ...", "① ...": the list number is no part of the name.
std::string without_list_number(const std::string& text) {
    static const std::regex k_number(R"(^\s*(\(?\d{1,3}[)、.．]|\(\d{1,3}\))\s*)");
    return std::regex_replace(text, k_number, "", std::regex_constants::format_first_only);
}

std::vector<std::string> grams(const std::string& key) {
    std::vector<std::string> out;
    std::vector<std::string> chars;
    std::string latin;
    size_t pos = 0;
    auto flush = [&] {
        if (!latin.empty()) out.push_back(latin);
        latin.clear();
    };
    while (pos < key.size()) {
        size_t start = pos;
        char32_t c = utf8::next(key, pos);
        if (is_cjk(c)) {
            flush();
            chars.push_back(key.substr(start, pos - start));
        } else if (c < 0x80 && !is_alnum(static_cast<char>(c))) {
            flush();
        } else {
            latin += key.substr(start, pos - start);
        }
    }
    flush();
    for (size_t i = 0; i + 1 < chars.size(); ++i)
        out.push_back(chars[i] + chars[i + 1]);
    if (chars.size() == 1) out.push_back(chars[0]);
    return out;
}

} // namespace

Identity identity_of(const PriceItem& item) {
    Identity id;
    id.unit = item.unit;
    std::string model = item.model;
    if (!item.spec.empty() && model.find(item.spec) == std::string::npos) model += " " + item.spec;
    id.words = words_of(model);
    std::vector<std::string> name_words = words_of(without_list_number(item.product));
    // A product written only as its code ("BV-316-DN50") is known by that code.
    if (id.words.empty() && name_words.size() == 1 && strong_word(name_words[0]))
        id.words = name_words;
    // A line naming its product with its sizes in the name ("4、膨胀螺栓 M12×120 镀锌") is
    // known by those sizes and the rest of its name.
    if (id.words.empty() && name_words.size() > 1)
        for (const std::string& w : name_words)
            if (looks_like_size(w) && !code_only(w)) id.words.push_back(w);
    std::set<std::string> model_words(id.words.begin(), id.words.end());
    std::string core;
    for (std::string w : name_words) {
        if (model_words.contains(w) || code_only(w)) continue;
        // "pe喷头24/410" with the model 24/410: the name is "pe喷头".
        for (const std::string& m : model_words)
            if (m.size() >= 3 && w.size() > m.size() && w.ends_with(m) && strong_word(m))
                w.resize(w.size() - m.size());
        core += (core.empty() ? "" : " ") + w;
    }
    id.name = core;
    for (const std::string& m : model_words)
        if (std::string tail = without_maker_prefix(m); !tail.empty()) id.words.push_back(tail);
    std::sort(id.words.begin(), id.words.end());
    id.words.erase(std::unique(id.words.begin(), id.words.end()), id.words.end());
    std::sort(id.words.begin(), id.words.end());
    id.all = name_words;
    id.all.insert(id.all.end(), id.words.begin(), id.words.end());
    for (const std::string& w : name_words)
        if (std::string tail = without_maker_prefix(w); !tail.empty()) id.all.push_back(tail);
    std::sort(id.all.begin(), id.all.end());
    id.all.erase(std::unique(id.all.begin(), id.all.end()), id.all.end());
    id.codes = type_codes(item.product);
    id.named = std::any_of(id.words.begin(), id.words.end(), strong_word);
    id.sizes_only = !id.words.empty() &&
                    std::all_of(id.words.begin(), id.words.end(), [](const std::string& w) {
                        return !strong_word(w) || looks_like_size(w);
                    });
    return id;
}

bool names_agree(std::string_view a, std::string_view b) {
    std::string x = product_key(a), y = product_key(b);
    if (x.empty() || y.empty()) return false;
    std::vector<std::string> gx = grams(normalise_chars(a));
    std::vector<std::string> gy = grams(normalise_chars(b));
    // A number only one name has tells two products apart ("不锈钢304六角螺栓" is not
    // "不锈钢六角螺栓", "Ball valve 1\"" is not "Ball valve 2\"").
    auto numbers = [](const std::vector<std::string>& g) {
        std::set<std::string> out;
        for (const std::string& w : g)
            if (std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '.'; }))
                out.insert(w);
        return out;
    };
    if (numbers(gx) != numbers(gy)) return false;
    if (x.find(y) != std::string::npos || y.find(x) != std::string::npos) return true;
    std::set<std::string> sy(gy.begin(), gy.end());
    size_t shared = static_cast<size_t>(
        std::count_if(gx.begin(), gx.end(), [&](const std::string& g) { return sy.contains(g); }));
    return shared > 0 && shared * 5 >= std::min(gx.size(), gy.size()) * 4;
}

bool names_within(const Identity& part, const Identity& whole) {
    if (part.words.empty() || !std::includes(whole.words.begin(), whole.words.end(),
                                             part.words.begin(), part.words.end()))
        return false;
    if (!part.named) return false;
    if (!part.sizes_only || part.name.empty()) return true;
    // "BV 2.5平方" is not the nameless "RVV 2.5mm²": a type code the part names, whole writes.
    if (whole.name.empty())
        return std::includes(whole.all.begin(), whole.all.end(), part.codes.begin(),
                             part.codes.end());
    // "ERW Steel Pipe" Φ219×6 within "焊管" Φ219×6 Q235B: one kind of goods in two languages.
    return names_agree(part.name, whole.name) || same_goods(part.name, whole.name);
}

bool same_part(const Identity& a, const Identity& b) {
    auto part_number = [](const std::string& w) {
        return (looks_like_model(w) || folded_letters_code(w)) && !looks_like_size(w);
    };
    bool shared = false;
    for (const std::string& w : a.words)
        shared =
            shared || (part_number(w) && std::binary_search(b.words.begin(), b.words.end(), w));
    if (!shared) return false;
    // The words only x has, which y does not write anywhere, name included: does one carry a
    // number (a size, a part, a grade)? Such words on both sides tell two products apart.
    auto numbered_extra = [](const Identity& x, const Identity& y) {
        return std::any_of(x.words.begin(), x.words.end(), [&](const std::string& w) {
            return !std::binary_search(y.all.begin(), y.all.end(), w) &&
                   std::any_of(w.begin(), w.end(), is_digit);
        });
    };
    if (numbered_extra(a, b) && numbered_extra(b, a)) return false;
    return a.name.empty() || b.name.empty() || names_agree(a.name, b.name) ||
           same_goods(a.name, b.name);
}

} // namespace mailclerk::pricing
