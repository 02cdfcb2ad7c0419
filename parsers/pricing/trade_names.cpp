#include "parsers/pricing/trade_names.hpp"

#include "common/utf8.hpp"
#include "common/word_lists.hpp"
#include "parsers/pricing/lexicon.hpp"

namespace mailclerk::pricing {

// The bytes of trade_names.txt (compiled in by cmake/EmbedText.cmake).
std::string_view trade_names_text();

namespace {

const WordLists& glossary() {
    static const WordLists k_lists(trade_names_text());
    return k_lists;
}

const std::vector<std::string>& kinds() {
    static const std::vector<std::string> k_kinds = glossary().names();
    return k_kinds;
}

} // namespace

bool has_han(std::string_view text) {
    size_t pos = 0;
    while (pos < text.size())
        if (is_han(utf8::next(text, pos))) return true;
    return false;
}

std::string_view goods_of(std::string_view name) {
    std::string folded = fold(name);
    std::string_view best;
    size_t best_length = 0;
    for (const std::string& kind : kinds())
        for (std::string_view term : glossary()[kind])
            if (term.size() > best_length && has_word(folded, term)) {
                best = kind;
                best_length = term.size();
            }
    return best;
}

bool same_goods(std::string_view a, std::string_view b) {
    if (has_han(a) == has_han(b)) return false;
    std::string_view kind = goods_of(a);
    return !kind.empty() && kind == goods_of(b);
}

} // namespace mailclerk::pricing
