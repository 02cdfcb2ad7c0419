#include "parsers/pricing/asking.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <string>

#include "common/utf8.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/sentences.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

bool names_money(std::string_view line) {
    return !detail::money_in(line, 0, {}, false).empty();
}

// Calls `visit` with each sentence of the text until it returns false; false then.
bool each_sentence(std::string_view text, const std::function<bool(std::string_view)>& visit) {
    // Sentences end at a line end, a question or exclamation mark or a full stop that ends no
    // abbreviation. Each mark's next place is kept, not searched again from every sentence (a
    // mark the text lacks would cost a pass over the rest of the text per sentence).
    static constexpr std::string_view k_marks[] = {"\n", "。", "？", "！", "? ", "! "};
    std::array<size_t, std::size(k_marks)> next{};
    for (size_t m = 0; m < next.size(); ++m)
        next[m] = text.find(k_marks[m]);
    size_t next_stop = full_stop(text);
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.size(), length = 0;
        for (size_t m = 0; m < next.size(); ++m) {
            if (next[m] != std::string_view::npos && next[m] < start)
                next[m] = text.find(k_marks[m], start);
            if (next[m] < end) {
                end = next[m];
                length = k_marks[m].size();
            }
        }
        if (next_stop != std::string_view::npos && next_stop < start)
            next_stop = full_stop(text, start);
        if (next_stop < end) {
            end = next_stop;
            length = 2;
        }
        if (!visit(text.substr(start, end - start))) return false;
        start = end + length;
        if (length == 0) break;
    }
    return true;
}

} // namespace

bool asks_a_price(std::string_view sentence) {
    static const WordSet k_words(word_lists()["asking"]);
    static const WordSet k_accepting(word_lists()["accepting"]);
    static const WordSet k_refusing(word_lists()["refusing"]);
    std::string folded = fold(sentence);
    // "we can accept your price: USD 0.0080/pc" agrees to a price: it wishes for none, though
    // "your price" and "we can accept" ask elsewhere; "we cannot accept your price" still does.
    if (k_accepting.any_in(folded) && !k_refusing.any_in(folded)) return false;
    return k_words.any_in(folded);
}

bool only_wanted_prices(std::string_view text) {
    // An intro that asks and ends with ':' ("Para adjudicar necesitaríamos:") governs the lines
    // after it, blank lines included, until a line without money that is no such intro.
    bool governed = false, any = false;
    for (size_t pos = 0; pos < text.size();) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = utf8::trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty()) continue;
        if (names_money(line)) {
            // Ungoverned, the line's money must stand in sentences that ask, at least one.
            bool asked = false;
            bool only_asked = each_sentence(line, [&](std::string_view sentence) {
                if (!names_money(sentence)) return true;
                asked = asks_a_price(sentence);
                return asked;
            });
            if (!governed && !(only_asked && asked)) return false;
            any = true;
            continue;
        }
        governed = line.ends_with(':') && asks_a_price(line);
    }
    return any;
}

bool states_wanted_price(std::string_view text) {
    // A price in a sentence that asks: a number with its currency, not a model's digits
    // ("SV-100").
    return !each_sentence(text, [](std::string_view sentence) {
        return !(asks_a_price(sentence) && names_money(sentence));
    });
}

} // namespace mailclerk::pricing
