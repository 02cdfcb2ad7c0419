#include "parsers/pricing/fillers.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

// A filler word, and whether it is CJK (a CJK word needs no word boundary beside it).
struct Filler {
    std::string_view text;
    bool cjk = false;
};

// A Cyrillic letter starts at `at`: Russian words are words, "на" is not the start of "насос".
bool is_cyrillic_at(std::string_view text, size_t at) {
    if (at >= text.size()) return false;
    char32_t c = utf8::next(text, at);
    return c >= U'\u0400' && c <= U'\u04FF';
}

// The fillers, longest first, so "unit price of" goes before "of" could leave "unit". Whether
// each is CJK is decided once.
const std::vector<Filler>& fillers() {
    static const std::vector<Filler> sorted = [] {
        std::vector<Filler> out;
        for (std::string_view f : word_lists()["fillers"])
            out.push_back(
                {f, static_cast<unsigned char>(f.front()) >= 0x80 && !is_cyrillic_at(f, 0)});
        std::stable_sort(out.begin(), out.end(), [](const Filler& a, const Filler& b) {
            return a.text.size() > b.text.size();
        });
        return out;
    }();
    return sorted;
}

// All fillers found in one pass over a text's end (a word's index is its place in fillers()):
// a cut then costs the length of the longest filler, not one comparison per filler.
const WordMatcher& filler_matcher() {
    static const WordMatcher k_matcher = [] {
        std::vector<std::string_view> words;
        for (const Filler& f : fillers())
            words.push_back(f.text);
        return WordMatcher(words);
    }();
    return k_matcher;
}

// A word starts at `at`: no letter or digit before it, nor a hyphen, slash or dot that joins
// it to a code ("QL-CIT-A" does not end with the word "a").
bool boundary_before(std::string_view lower, size_t at) {
    if (at == 0) return true;
    char c = lower[at - 1];
    return !std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '/' && c != '.' &&
           c != '_';
}

// `f`, which `lower` starts with, may be cut there: a whole word, or CJK.
bool cuts_at_start(std::string_view lower, const Filler& f) {
    size_t n = f.text.size();
    // "OK-100", "TO-220": a hyphen, slash or underscore before a letter or digit joins the
    // word to a code
    bool joined = n + 1 < lower.size() &&
                  std::string_view("-/_").find(lower[n]) != std::string_view::npos &&
                  std::isalnum(static_cast<unsigned char>(lower[n + 1]));
    return lower.size() == n || f.cjk ||
           (!std::isalnum(static_cast<unsigned char>(lower[n])) && !is_cyrillic_at(lower, n) &&
            !joined);
}

// `f`, which `lower` ends with and is longer than, may be cut there.
bool cuts_at_end(std::string_view lower, const Filler& f) {
    size_t at = lower.size() - f.text.size();
    return (f.cjk || !std::isalnum(static_cast<unsigned char>(f.text.front())) ||
            boundary_before(lower, at)) &&
           !is_cyrillic_at(lower, at - std::min<size_t>(2, at));
}

// Where one filler is cut from: the first in fillers() order that may be cut at either end, at
// the start when it may be cut at both.
struct Cut {
    size_t length = 0; // 0: none
    bool at_start = false;
};

Cut filler_cut(std::string_view lower) {
    const std::vector<Filler>& all = fillers();
    size_t window = std::min(lower.size(), all.front().text.size());
    size_t best = SIZE_MAX;
    Cut cut;
    filler_matcher().each(lower.substr(0, window), [&](size_t word, size_t at) {
        if (at == 0 && word < best && cuts_at_start(lower, all[word])) {
            best = word;
            cut = {all[word].text.size(), true};
        }
        return true;
    });
    std::string_view tail = lower.substr(lower.size() - window);
    filler_matcher().each(tail, [&](size_t word, size_t at) {
        size_t n = all[word].text.size();
        if (at + n == tail.size() && lower.size() > n && word < best &&
            cuts_at_end(lower, all[word])) {
            best = word;
            cut = {n, false};
        }
        return true;
    });
    return cut;
}

// "DN80的每只": a unit after 每 ends the words before a price, it names nothing. Where the
// text is cut for it, or npos.
size_t each_unit_at(std::string_view text) {
    constexpr size_t k_reach = 9; // 每 and at most two CJK characters of unit
    size_t from = text.size() - std::min(text.size(), k_reach);
    size_t each = text.substr(from).rfind("每");
    if (each == std::string_view::npos) return std::string_view::npos;
    each += from;
    if (each + 3 >= text.size()) return std::string_view::npos;
    std::string_view unit = text.substr(each + 3);
    std::string counted;
    if (first_unit_word(unit).empty() && count_unit(unit, counted).empty())
        return std::string_view::npos;
    return each;
}

} // namespace

std::string strip_fillers(std::string_view input) {
    // Spaces are collapsed once: a cut at either end can then only leave a space at that end.
    std::string text = grid::collapse_spaces(input);
    std::string lower = utf8::ascii_lower(text); // same bytes, so offsets agree
    size_t begin = 0, end = text.size();
    for (bool changed = true; changed;) {
        changed = false;
        while (begin < end && text[begin] == ' ')
            ++begin;
        while (end > begin && text[end - 1] == ' ')
            --end;
        auto view = [&] { return std::string_view(text).substr(begin, end - begin); };
        // A bracket left open or closed by the cut ("(FL-DN80-16) passa" -> ")" first).
        for (std::string_view open : {"(", "\uFF08"})
            if (view().ends_with(open)) {
                end -= open.size();
                changed = true;
            }
        for (std::string_view close : {")", "\uFF09"})
            if (view().starts_with(close)) {
                begin += close.size();
                changed = true;
            }
        if (size_t each = each_unit_at(view()); each != std::string_view::npos) {
            end = begin + each;
            changed = true;
        }
        Cut cut = filler_cut(std::string_view(lower).substr(begin, end - begin));
        if (cut.length == 0) continue;
        if (cut.at_start)
            begin += cut.length;
        else
            end -= cut.length;
        changed = true;
    }
    return text.substr(begin, end - begin);
}

} // namespace mailclerk::pricing
