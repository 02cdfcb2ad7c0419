#include "parsers/pricing/asking.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/sentences.hpp"

namespace mailclerk::pricing {
namespace {

// The words of a buyer who wants a price, folded: targets and budgets, counter-offers, and
// requests put to the seller, in the languages of the lexicon; and the seller's refusal of such
// a price. Seller's phrasing ("we can
// offer", "我们最低只能做到") is not here: a seller states prices.
constexpr std::string_view k_asking[] = {
    // targets, budgets, counter-offers
    "target", "budget", "counter", "your price", "expected price", "price idea", "ideal price",
    "price expectation", "zielpreis", "precio objetivo", "presupuesto", "prix cible",
    "prezzo target", "prezzo obiettivo", "preço alvo", "orçamento", "目标", "目標", "预算", "預算",
    "还价", "還價", "贵司报价", "貴司報價", "期望价", "期望價", "心理价", "心理價", "希望価格",
    "目標価格", "予算",
    // requests to the seller
    "can you do", "could you do", "can you make", "could you make", "can you offer",
    "could you offer", "can you accept", "could you accept", "would you accept", "will you accept",
    "can you reduce", "could you reduce", "can you lower", "could you lower", "can you reach",
    "can you meet", "could you meet", "can you match", "could you match", "can you give",
    "could you give", "if you can", "if you could", "would it be possible", "is it possible",
    "please quote", "kindly quote", "please offer", "your best price", "your best offer",
    "your lowest price", "we can accept", "we could accept", "we would accept", "acceptable to us",
    "we can pay", "willing to pay", "we are looking for", "können sie", "könnten sie",
    "ist es möglich", "pueden hacer", "podrían", "podrian", "pueden ofrecer", "pouvez-vous",
    "pourriez-vous", "pouvez vous", "pourriez vous", "potete", "potreste", "podem fazer",
    "poderiam", "能否", "能不能", "可否", "可不可以", "是否可以", "是否能", "请报", "請報",
    "麻烦报", "麻煩報", "请给个", "請給個", "给个价", "給個價", "可以做到吗", "能做到吗",
    // the seller refusing the buyer's price ("Unfortunately JPY 6,900 is not possible")
    "is not possible", "is not feasible", "cannot accept", "can not accept", "can't accept",
    "unable to accept", "no es posible", "não é possível", "n'est pas possible", "nicht möglich",
    "无法接受", "不能接受", "做不到", "は難しい", "は無理", "불가능"};

} // namespace

bool asks_a_price(std::string_view sentence) {
    static const WordSet k_words(k_asking);
    return k_words.any_in(fold(sentence));
}

bool states_wanted_price(std::string_view text) {
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
        std::string_view sentence = text.substr(start, end - start);
        // A price in it: a number with its currency, not a model's digits ("SV-100").
        if (asks_a_price(sentence) && !detail::money_in(sentence, 0, {}, false).empty())
            return true;
        start = end + length;
        if (length == 0) break;
    }
    return false;
}

} // namespace mailclerk::pricing
