#include "parsers/pricing/sentences.hpp"

#include <algorithm>
#include <string>

#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
           c == '.';
}

} // namespace

bool abbreviation_dot(std::string_view text, size_t dot) {
    if (dot >= text.size() || text[dot] != '.') return false;
    size_t start = dot;
    while (start > 0 && is_word_char(text[start - 1]))
        --start;
    std::string word(text.substr(start, dot - start));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    // "l'art.": the word after an elided article.
    if (size_t quote = word.rfind('\''); quote != std::string::npos) word.erase(0, quote + 1);
    if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
    // Short words written with a dot (words.txt's abbreviations), without their last dot.
    const Words& abbreviations = word_lists()["abbreviations"];
    return std::find(abbreviations.begin(), abbreviations.end(), word) != abbreviations.end();
}

size_t full_stop(std::string_view text, size_t from) {
    for (size_t at = text.find(". ", from); at != std::string_view::npos;
         at = text.find(". ", at + 1))
        if (!abbreviation_dot(text, at)) return at;
    return std::string_view::npos;
}

size_t last_full_stop(std::string_view text) {
    for (size_t at = text.rfind(". "); at != std::string_view::npos;
         at = at == 0 ? std::string_view::npos : text.rfind(". ", at - 1))
        if (!abbreviation_dot(text, at)) return at;
    return std::string_view::npos;
}

} // namespace mailclerk::pricing
