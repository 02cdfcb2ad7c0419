// slugify() and safe_filename() from store/archive.hpp: the only places names from mail or
// config become path components.
#include <algorithm>
#include <array>

#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "store/archive.hpp"
#include "store/names.hpp"
#include "store/text_class.hpp"

namespace mailclerk::store {
namespace {

constexpr size_t k_max_slug_bytes = 64;
// An extension longer than this is part of the name, not a type ("report.final-version-2").
constexpr size_t k_max_extension_bytes = 16;

bool is_dot_or_space(char c) {
    return c == '.' || c == ' ';
}

// Characters that are unsafe or invalid in a file name on Linux or Windows: separators, NUL,
// controls, the Windows set <>:"|?*, and bidi controls that disguise an extension.
bool is_forbidden(char32_t cp) {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return true;
    switch (cp) {
    case '/':
    case '\\':
    case '<':
    case '>':
    case ':':
    case '"':
    case '|':
    case '?':
    case '*':
        return true;
    default:
        break;
    }
    return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (any case), alone or before the first dot.
bool is_windows_reserved(std::string_view name) {
    std::string base = utf8::ascii_lower(name.substr(0, name.find('.')));
    while (!base.empty() && base.back() == ' ')
        base.pop_back();
    static constexpr std::array<std::string_view, 4> k_plain = {"con", "prn", "aux", "nul"};
    if (std::find(k_plain.begin(), k_plain.end(), base) != k_plain.end()) return true;
    return base.size() == 4 && (base.starts_with("com") || base.starts_with("lpt")) &&
           base[3] >= '0' && base[3] <= '9';
}

std::string replace_forbidden(std::string_view name) {
    std::string clean = utf8::sanitize(name);
    std::string out;
    out.reserve(clean.size());
    for (size_t pos = 0; pos < clean.size();) {
        size_t start = pos;
        char32_t cp = utf8::next(clean, pos);
        if (is_forbidden(cp))
            out.push_back('_');
        else
            out.append(clean, start, pos - start);
    }
    return out;
}

std::string_view strip_dots_and_spaces(std::string_view name) {
    while (!name.empty() && is_dot_or_space(name.front()))
        name.remove_prefix(1);
    while (!name.empty() && is_dot_or_space(name.back()))
        name.remove_suffix(1);
    return name;
}

// Cut to max_bytes, keeping a short extension and whole code points.
std::string cap_length(std::string_view name, size_t max_bytes) {
    if (name.size() <= max_bytes) return std::string(name);
    std::string_view extension;
    size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && name.size() - dot <= k_max_extension_bytes &&
        max_bytes >= 2 * k_max_extension_bytes)
        extension = name.substr(dot);
    std::string_view stem = name.substr(0, name.size() - extension.size());
    stem = utf8::truncate(stem, max_bytes - extension.size());
    while (!stem.empty() && is_dot_or_space(stem.back()))
        stem.remove_suffix(1);
    return std::string(stem) + std::string(extension);
}

} // namespace

std::string slug_part(std::string_view name, size_t max_bytes) {
    std::string out;
    bool pending_dash = false;
    std::string clean = utf8::sanitize(name);
    for (size_t pos = 0; pos < clean.size();) {
        char32_t cp = text::fold(utf8::next(clean, pos));
        if (text::classify(cp) == text::CharClass::separator || is_forbidden(cp)) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out.push_back('-');
        pending_dash = false;
        utf8::append(out, cp);
    }
    out = std::string(utf8::truncate(out, max_bytes));
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string slugify(std::string_view name) {
    std::string out = slug_part(name, k_max_slug_bytes);
    // A name of punctuation only still needs a distinct, stable folder.
    if (out.empty()) out = "customer-" + sha256_hex(name).substr(0, 8);
    return out;
}

std::string safe_filename(std::string_view name, size_t max_bytes) {
    max_bytes = std::max<size_t>(max_bytes, 8);
    std::string cleaned = replace_forbidden(name);
    std::string out(strip_dots_and_spaces(cleaned));
    if (is_windows_reserved(out)) out.insert(0, "_");
    out = cap_length(out, max_bytes);
    if (out.empty()) out = "unnamed";
    return out;
}

} // namespace mailclerk::store
