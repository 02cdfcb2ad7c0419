#include "parsers/pricing/charges.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "common/utf8.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

bool listed(std::string_view list, std::string_view word) {
    return is_any(word, word_lists()[list]);
}

// The first word of folded `text` (a run up to a space or a mark that ends a clause) and the
// rest after it.
std::pair<std::string_view, std::string_view> first_word(std::string_view text) {
    text = utf8::trim(text);
    size_t end = text.find_first_of(" ,;:()");
    std::string_view word = text.substr(0, end);
    while (!word.empty() && (word.back() == '.' || word.back() == '!'))
        word.remove_suffix(1);
    return {word, end == std::string_view::npos ? std::string_view{} : text.substr(end)};
}

// A Han word of `list` that opens `text` ("天", "柜800元" -> "柜").
bool opens_with_listed_han(std::string_view list, std::string_view text) {
    for (std::string_view word : word_lists()[list]) {
        if (word.empty() || static_cast<unsigned char>(word.front()) < 0x80) continue;
        if (text.starts_with(word)) return true;
    }
    return false;
}

// Does a word of the name look like a model or part number?
bool names_a_model(std::string_view name) {
    for (size_t at = 0; at < name.size();) {
        size_t end = std::min(name.find(' ', at), name.size());
        if (looks_like_model(name.substr(at, end - at))) return true;
        at = end + 1;
    }
    return false;
}

} // namespace

bool charged_per(std::string_view after) {
    std::string folded = fold(after);
    std::string_view rest = utf8::trim(folded);
    if (rest.starts_with("/"))
        rest.remove_prefix(1);
    else if (rest.starts_with("per "))
        rest.remove_prefix(4);
    else if (rest.starts_with("a "))
        rest.remove_prefix(2);
    else if (rest.starts_with("每"))
        rest.remove_prefix(std::string_view("每").size());
    else
        return false;
    if (opens_with_listed_han("charge_per", rest)) return true;
    // "per container", "per bottle design", "per 20' container": one of the first two words.
    auto [first, tail] = first_word(rest);
    if (listed("charge_per", first)) return true;
    // The second word only after one that is no unit ("per pc day" is per piece).
    return normalise_unit(first).empty() && listed("charge_per", first_word(tail).first);
}

bool marks_one_off(std::string_view text) {
    std::string folded = fold(text);
    for (std::string_view mark : word_lists()["one_off"]) {
        for (size_t at = folded.find(mark); at != std::string::npos;
             at = folded.find(mark, at + 1)) {
            if (!word_at(folded, at, mark)) continue;
            std::string_view rest = std::string_view(folded).substr(at + mark.size());
            if (opens_with_listed_han("one_off_followers", rest)) return true;
            size_t pos = 0;
            char32_t next = rest.empty() ? U' ' : utf8::next(rest, pos);
            if (is_han(next)) continue; // "一次性手套"
            std::string_view after = rest.starts_with(" ") ? rest.substr(1) : rest;
            auto [word, tail] = first_word(after);
            bool letters = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || c == '-';
            });
            // No word follows (a mark, the end, a number), or a word of money follows.
            if (!rest.starts_with(" ") || !letters || listed("one_off_followers", word))
                return true;
        }
    }
    return false;
}

bool surcharge_at(std::string_view line, size_t begin) {
    size_t at = std::min(begin, line.size());
    while (at > 0 && line[at - 1] == ' ')
        --at;
    if (at == 0 || line[at - 1] != '+') return false;
    // "2+1": a sum of numbers, not a sign before money.
    size_t before = at - 1;
    while (before > 0 && line[before - 1] == ' ')
        --before;
    return before == 0 || !std::isdigit(static_cast<unsigned char>(line[before - 1]));
}

bool names_a_service(std::string_view name) {
    std::string folded = fold(name);
    std::string_view trimmed = utf8::trim(folded);
    if (trimmed.empty()) return false;
    size_t words = static_cast<size_t>(std::count(trimmed.begin(), trimmed.end(), ' ')) + 1;
    for (std::string_view term : word_lists()["service_names"])
        if ((words <= 4 || trimmed.starts_with(term)) && has_word(trimmed, term))
            return !names_a_model(trimmed); // "Delivery van DV-200" is a product
    // Nothing but container sizes and counts ("20'GP", "1 x 40'HQ").
    std::string rest(trimmed);
    bool container = false;
    for (std::string_view size : word_lists()["container_sizes"])
        for (size_t at = rest.find(size); at != std::string::npos; at = rest.find(size)) {
            rest.erase(at, size.size());
            container = true;
        }
    return container && rest.find_first_not_of("0123456789x*× -:,.") == std::string::npos;
}

bool price_difference(std::string_view before, std::string_view after) {
    std::string head = fold(before);
    std::string_view text = utf8::trim(head);
    // "cheaper by", "günstiger um", "便宜了", "cheaper:": the word before its connective.
    for (std::string_view tail : {":", "了", " by", " um", " de", " of", "约", " about"})
        if (text.ends_with(tail)) text = utf8::trim(text.substr(0, text.size() - tail.size()));
    std::string tail_folded = fold(after);
    std::string_view opening = utf8::trim(tail_folded);
    for (std::string_view word : word_lists()["price_difference"]) {
        if (text.ends_with(word) && word_at(text, text.size() - word.size(), word)) return true;
        if (opening.starts_with(word) && word_at(opening, 0, word)) return true;
    }
    return false;
}

bool charge_by_place(std::string_view line, size_t begin, size_t end) {
    std::string_view after = line.substr(std::min(end, line.size()));
    return charged_per(after) || surcharge_at(line, begin) ||
           price_difference(line.substr(0, std::min(begin, line.size())), after);
}

} // namespace mailclerk::pricing
