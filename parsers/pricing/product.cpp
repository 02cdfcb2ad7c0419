#include "parsers/pricing/product.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include "common/utf8.hpp"

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
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        if (c >= U'\uFF01' && c <= U'\uFF5E') c = c - U'\uFF01' + U'!';
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' ||
            c == U'(' || c == U')' || c == U'[' || c == U']' || c == U'\u3010' || c == U'\u3011')
            c = U' ';
        if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
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
        R"((^|[\s(,;/])(dn ?\d+|pn ?\d+|class ?\d+|m\d+(x[\d.]+)?|[\d./-]+ ?("|inch|in\.|英寸|寸|分)|[\d.]+(x[\d.]+){0,2} ?(mm|cm|m|μm|um|kg|kw|w|v|bar|mpa|psi|lb)|ø ?\d+|\d+ ?x ?\d+(x ?\d+)?|\d+/\d+)($|[^a-z0-9]))",
        std::regex::optimize);
    return std::regex_search(normalise_chars(text), k_size);
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

} // namespace mailclerk::pricing
