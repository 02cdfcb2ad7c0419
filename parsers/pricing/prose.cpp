#include "parsers/pricing/prose.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/asking.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/charges.hpp"
#include "parsers/pricing/fillers.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/list_label.hpp"
#include "parsers/pricing/lowered.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/sentences.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

using detail::Hit;
using detail::marks_old;
using detail::mentions_prices;
using detail::money_in;
using detail::split_lines;
using detail::tabular;

bool names_something(const std::string& text) {
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_han(c)) return true;
    }
    return false;
}

// A name, not a count or a time ("20天", "500 pcs", "4 weeks"): letters remain once numbers,
// units and time words are taken out.
bool is_name(const std::string& text) {
    std::string rest;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        bool noise = (c < 0x80 && !std::isalpha(static_cast<int>(c))) || c == U'天' || c == U'周' ||
                     c == U'月' || c == U'日' || c == U'年' || c == U'个' || c == U'只' ||
                     c == U'套' || c == U'台' || c == U'件' ||
                     std::u32string_view(U"每吨噸公斤千克米卷箱张張支根条條片双雙对對副").find(c) !=
                         std::u32string_view::npos;
        if (!noise) rest.append(text, start, pos - start);
    }
    std::string lower = utf8::ascii_lower(rest);
    for (std::string_view word : {"days", "day", "weeks", "week", "pcs", "sets", "tage", "wochen"})
        if (lower == word) return false;
    return names_something(rest);
}

// "满3000米", "超过500只": a quantity a price holds from (a break), not a money threshold
// ("满5万元", "超过1000元"): digits then a unit of goods after every such word.
bool counts_goods_after(std::string_view folded, std::string_view word) {
    for (size_t at = folded.find(word); at != std::string_view::npos;
         at = folded.find(word, at + 1)) {
        std::string_view rest = utf8::trim(folded.substr(at + word.size()));
        size_t digits = rest.find_first_not_of("0123456789,.");
        if (digits == 0 || digits == std::string_view::npos) return false;
        std::string unit = first_unit_word(rest.substr(digits));
        if (unit.empty()) return false;
    }
    return true;
}

// Does the text state a net price ("netto", "实际含税单价", words.txt [net_in_prose])?
bool states_net(std::string_view text) {
    static const WordSet k_net(word_lists()["net_in_prose"]);
    return k_net.any_in(fold(text));
}

// Is the text nothing but net words and tax qualifiers ("netto", "实际含税")? No product.
bool only_net_words(std::string_view name) {
    std::string rest = fold(name);
    for (std::string_view word : {"不含税", "不含稅", "含税", "含稅"})
        for (size_t at = rest.find(word); at != std::string::npos; at = rest.find(word))
            rest.erase(at, word.size());
    return is_any(utf8::trim(rest), word_lists()["net_in_prose"]);
}

// `net`: the price is stated as the net one, so a discount the text names is how it came
// about, no bar ("Rabatt 18 % statt 12 %, netto 3,98 EUR/ST").
bool says_not_a_price(std::string_view text, bool net) {
    if (text.find('?') != std::string_view::npos || text.find("？") != std::string_view::npos)
        return true;
    std::string folded = fold(text);
    static const Words& k_not_a_price = word_lists()["not_a_price"];
    static const WordSet k_thresholds(k_not_a_price);
    auto threshold = [&](std::string_view w) {
        bool break_word = w == "满" || w == "超过";
        return !(break_word && counts_goods_after(folded, w));
    };
    auto named = [&] {
        std::vector<bool> found = k_thresholds.in(folded);
        for (size_t i = 0; i < found.size(); ++i)
            if (found[i] && threshold(k_not_a_price[i])) return true;
        return false;
    };
    std::string kind = non_item_mention(text);
    return (!kind.empty() && !(net && kind == "discount")) || asks_a_price(text) || named() ||
           std::ranges::any_of(word_lists()["money_or_name"],
                               [&](std::string_view w) { return mentions_as_money(folded, w); });
}

// The last sentence or clause of the text: after the last sentence end (an abbreviation's dot
// is none: "per l'art. SETA-220 h. 140 ... prezzo di").
std::string_view last_clause(std::string_view text) {
    size_t cut = 0;
    for (std::string_view end : {"。", "；", ";", "！", "! "})
        if (size_t at = text.rfind(end); at != std::string_view::npos)
            cut = std::max(cut, at + end.size());
    if (size_t at = last_full_stop(text); at != std::string_view::npos) cut = std::max(cut, at + 2);
    return text.substr(cut);
}

// Where the name of a product ends in a sentence that goes on about stock and delivery
// ("M20目前没有现货，需要定做"): the text before such words.
std::string before_remarks(std::string name) {
    static constexpr std::string_view k_remarks[] = {
        "目前",     "没有现货",  "現貨",     "现货",      "需要",    "定做",       "交期",
        "库存",     "庫存",      "如有",     "左右",      "另外",    "您上次问的", "关于您询问的",
        "您询问的", "currently", "in stock", "lead time", "ex stock"};
    std::string lower = utf8::ascii_lower(name); // same bytes as name, cut with it
    for (std::string_view remark : k_remarks) {
        size_t at = lower.find(remark);
        if (at == std::string::npos) continue;
        if (at == 0) {
            name.erase(0, remark.size());
            lower.erase(0, remark.size());
        } else {
            name.resize(at);
            lower.resize(at);
        }
    }
    return strip_fillers(name);
}

// The clauses of a sentence part, split at commas outside brackets.
std::vector<std::string_view> clauses_of(std::string_view text) {
    std::vector<std::string_view> out;
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        std::string_view rest = text.substr(i);
        if (rest.starts_with("(") || rest.starts_with("（")) ++depth;
        if ((rest.starts_with(")") || rest.starts_with("）")) && depth > 0) --depth;
        size_t comma = rest.starts_with(", ") ? 2 : rest.starts_with("，") ? 3 : 0;
        if (comma == 0 || depth > 0) continue;
        out.push_back(text.substr(start, i - start));
        start = i + comma;
        i = start - 1;
    }
    out.push_back(text.substr(start));
    return out;
}

// The product a clause names before its price: what follows its price word ("the unit price
// of the DN50 valve is"), else what precedes it ("DN50球阀单价", "SV-100 has a unit price of").
std::string name_in_clause(std::string_view clause) {
    std::string lower = utf8::ascii_lower(clause);
    // The last price word, the longest at that place ("unit price" over its "price"): of all
    // places the words stand, found in one pass, the one ending last, the longest of those.
    static const Words& k_words = word_lists()["clause_price"];
    static const WordMatcher k_matcher(k_words);
    size_t best = std::string::npos, length = 0;
    k_matcher.each(lower, [&](size_t word, size_t at) {
        size_t size = k_words[word].size();
        size_t end = at + size, best_end = best == std::string::npos ? 0 : best + length;
        if (best == std::string::npos || end > best_end || (end == best_end && size > length)) {
            best = at;
            length = size;
        }
        return true;
    });
    if (best == std::string::npos) return strip_fillers(std::string(clause));
    // "prices of the grooved elbow": the plural's letters belong to the price word.
    size_t past = best + length;
    while (past < clause.size() && std::isalpha(static_cast<unsigned char>(clause[past])) &&
           std::isalpha(static_cast<unsigned char>(clause[past - 1])))
        ++past;
    // "单价调整为每台": what follows the price word may be only a unit, no name.
    std::string after = strip_fillers(std::string(clause.substr(past)));
    if (is_name(after)) return after;
    return strip_fillers(std::string(clause.substr(0, best)));
}

// Does the folded text open with one of the words, as a word of its own?
bool opens_with_any(std::string_view folded, const Words& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return folded.starts_with(w) && word_at(folded, 0, w);
    });
}

// "Good news on the stretch film: from 1 April it comes down to £6.45": a clause whose text after
// its colon says when or how the price changes (words.txt [change_after_colon]) is named by its
// topic before the colon, the lead-in ([news_topics]) off. A topic of one word or none ("Note:
// from 1 April the film comes down", "Good news: from 1 April") keeps the clause as it is.
std::string_view topic_before_colon(std::string_view clause) {
    size_t colon = clause.find(": ");
    size_t width = 2;
    if (size_t wide = clause.find("："); wide < colon) colon = wide, width = 3;
    if (colon == std::string_view::npos) return clause;
    std::string tail = fold(clause.substr(colon + width));
    while (!tail.empty() && tail.front() == ' ')
        tail.erase(0, 1);
    if (!opens_with_any(tail, word_lists()["change_after_colon"])) return clause;
    std::string_view topic = clause.substr(0, colon);
    std::string head = fold(topic);
    for (std::string_view lead : word_lists()["news_topics"])
        if (head.starts_with(lead) && word_at(head, 0, lead)) {
            topic.remove_prefix(std::min(topic.size(), lead.size())); // folded ASCII: same bytes
            break;
        }
    std::string name = strip_fillers(std::string(topic));
    bool words = name.find(' ') != std::string::npos ||
                 std::any_of(name.begin(), name.end(), [](char c) { return c & 0x80; });
    return is_name(name) && words ? topic : clause;
}

// The product named before a price in its sentence: the last clause that names one.
std::string name_before(std::string_view own) {
    auto clauses = clauses_of(own);
    for (auto it = clauses.rbegin(); it != clauses.rend(); ++it)
        if (std::string name = before_remarks(name_in_clause(topic_before_colon(*it)));
            is_name(name) && !only_net_words(name))
            return name;
    return {};
}

// A model and sizes named in the product text ("Q41F-16C DN65球阀", "M10×40", "QL-CIT-A").
void split_names(PriceItem& item) {
    std::string word;
    auto flush = [&] {
        if (item.model.empty() && (looks_like_model(word) || letters_code(word)) &&
            !looks_like_size(word))
            item.model = word;
        else if (looks_like_size(word))
            item.spec += (item.spec.empty() ? "" : " ") + word;
        word.clear();
    };
    std::string text = item.product + " ";
    size_t pos = 0;
    while (pos < text.size()) {
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        bool part = (c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == U'-' || c == U'/' ||
                                  c == U'.' || c == U'"' || c == U'_')) ||
                    c == U'\u00D7' || c == U'\u03A6' || c == U'\u00D8';
        if (part)
            word.append(text, start, pos - start);
        else
            flush();
    }
}

// The product of the first price of a list entry, its label taken off: the last clause that
// names one, unless the entry's clauses before it hold a model that clause lacks ("Item 1:
// Ball valve 1" (DN25), Q11F-16P, full bore, CF8M - USD 7.20/pc" names the whole entry, not
// "CF8M"; "1) OH-EXT-4W3  4-Way Extension Lead 3m, with child shutter -- 3.80/pc" not the
// shutter).
std::string entry_name(std::string_view own) {
    std::string last = name_before(own);
    PriceItem whole;
    whole.product = before_remarks(name_in_clause(own));
    split_names(whole);
    if (!whole.model.empty() && last.find(whole.model) == std::string::npos &&
        is_name(whole.product))
        return whole.product;
    // "• Stretch film 400 mm x 250 m, 17 mu, cast: £6.80 per roll": one word without a number
    // after clauses with numbers (sizes, grades) is one more attribute of the product the entry
    // describes, not a name of its own.
    // So are two such words in lower case ("…, low noise:"); a name of its own has capitals or
    // more words ("gate valve flanged").
    size_t spaces = static_cast<size_t>(std::count(last.begin(), last.end(), ' '));
    bool lower = std::none_of(last.begin(), last.end(),
                              [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    bool one_word = last.find_first_of("0123456789") == std::string::npos &&
                    (spaces == 0 || (spaces == 1 && lower));
    // "• Polythene bags 230 x 305 mm, 250 gauge: 4.5p each": a last clause that opens with a
    // number is a measure of the product, as such a word is.
    bool measure = !last.empty() && std::isdigit(static_cast<unsigned char>(last[0]));
    if ((one_word || measure) && whole.product.size() > last.size() &&
        whole.product.find_first_of("0123456789") != std::string::npos && is_name(whole.product))
        return whole.product;
    return last;
}

// "DC-FLG-150  CI blind flange 150 NB, PN16 - revised to ₹ 3,180/-": a line that opens with a
// part code is an entry for that part, as a numbered one is; its later clauses are the part's
// description, not names of their own.
bool opens_with_code(std::string_view text) {
    std::string_view t = utf8::trim(text);
    std::string_view word = t.substr(0, std::min(t.size(), t.find_first_of(" \t")));
    return (looks_like_model(word) || letters_code(word)) && !looks_like_size(word);
}

// "5000米以上", "满3000米", "ab 500 Stk.", "over 1,000 pcs": a quantity break and nothing that
// names a product; the price after it is a break of the product before it.
bool only_quantity_break(const std::string& name) {
    if (name.empty()) return false;
    std::string rest = fold(name);
    for (std::string_view word : {"以上", "或以上", "起", "满", "滿", "超过", "超過", "above",
                                  "over", "from", "ab", "more than", "min.", "da", "vanaf", "dès"})
        for (size_t at = rest.find(word); at != std::string::npos; at = rest.find(word))
            rest.erase(at, word.size());
    // The count comes first ("5000米", "over 1000 pcs"); "M16" is a size, not 16 metres.
    std::string_view trimmed = utf8::trim(rest);
    if (trimmed.empty() || !std::isdigit(static_cast<unsigned char>(trimmed.front()))) return false;
    std::string letters;
    bool digits = false;
    for (char c : rest) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits = true;
        if (!std::isdigit(static_cast<unsigned char>(c)) &&
            std::string_view(" ,.+>=~-").find(c) == std::string_view::npos)
            letters.push_back(c);
    }
    return digits && (letters.empty() || !normalise_unit(letters).empty());
}

// "FOB Ho Chi Minh", "CIF Hamburg": a clause that opens with an incoterm states terms, not a
// product.
bool opens_with_incoterm(std::string_view name) {
    std::string_view text = utf8::trim(name);
    std::string term = find_incoterm(text);
    return term.size() >= 3 && text.starts_with(std::string_view(term).substr(0, 3));
}

// The name of the product without its model and sizes: "M12化学锚栓" -> "化学锚栓", "DN100" -> "".
std::string bare_name(const PriceItem& item) {
    std::string name = item.product;
    std::vector<std::string> tokens{item.model};
    std::string spec = item.spec;
    for (size_t at = 0; at <= spec.size();) {
        size_t space = std::min(spec.find(' ', at), spec.size());
        tokens.push_back(spec.substr(at, space - at));
        at = space + 1;
    }
    for (const std::string& token : tokens)
        if (!token.empty())
            for (size_t at = name.find(token); at != std::string::npos; at = name.find(token))
                name.erase(at, token.size());
    return strip_fillers(name);
}

// The quantity a sentence quotes for: "MOQ 500 pcs", "Qty: 200", "数量500只", "500套起订".
std::optional<Quantity> quantity_near(std::string_view text) {
    std::string folded = fold(text);
    for (std::string_view key : {"moq", "qty", "quantity", "数量", "數量", "起订量", "for"}) {
        for (size_t at = folded.find(key); at != std::string::npos; at = folded.find(key, at + 1)) {
            std::string_view rest = std::string_view(folded).substr(at + key.size());
            size_t digit = rest.find_first_of("0123456789");
            if (digit == std::string_view::npos || digit > 4) continue;
            auto q = read_quantity(rest.substr(digit), Mark::dot);
            // "for 500 pcs" counts only with its unit; after MOQ or Qty any number does.
            if (q && (key != "for" || !q->unit.empty())) return q;
        }
    }
    // "500套起订", "500 pcs minimum": the number before the word.
    for (std::string_view key : {"起订", "起訂", "minimum", "min."}) {
        size_t at = folded.find(key);
        if (at == std::string::npos) continue;
        size_t start =
            folded.find_last_not_of("0123456789,. 个只套台件pcsetkg", at == 0 ? 0 : at - 1);
        std::string_view before =
            std::string_view(folded).substr(start == std::string::npos ? 0 : start + 1,
                                            at - (start == std::string::npos ? 0 : start + 1));
        if (auto q = read_quantity(before, Mark::dot)) return q;
    }
    return std::nullopt;
}

struct Found {
    std::string name, window; // window: the clause of the price, checked for non-prices
    std::string terms;        // the rest of its sentence: incoterm, quantity
    bool labelled = false;    // named on the lines above ("Item: ..." / "Price: ...")
    std::string previous;     // the old price stated beside it
    bool net = false;         // stated as the net price ("netto 3,98 EUR", "实际单价3.91元")
};

// "from USD 4,120.00 to USD 3,985.00", "由118.00元调整为112.00元": between an old price and the
// new one only a connective (what name_before left of it: nothing, or one short word of
// letters), so the product is the one named before the old price.
bool connective_only(std::string_view name) {
    name = utf8::trim(name);
    if (name.empty()) return true;
    size_t pos = 0, letters = 0;
    while (pos < name.size()) {
        char32_t c = utf8::next(name, pos);
        if (c < 0x80 && !std::isalpha(static_cast<int>(c))) return false; // no digit, mark
        ++letters;
    }
    return letters <= 4;
}

// The product of a price that opens line i when line i - 1 ends with an old price and a
// connective ("... changed from USD 4,120.00/MT to" / "USD 3,985.00/MT because ..."): the name
// before that old price, which is the previous price.
std::optional<Found> named_before_old_above(const std::vector<std::string_view>& lines,
                                            const std::vector<std::vector<Hit>>& hits, size_t i) {
    if (i == 0 || hits[i - 1].empty()) return std::nullopt;
    std::string_view line = lines[i - 1];
    const std::vector<Hit>& above = hits[i - 1];
    const Hit& last = above.back();
    size_t start = above.size() >= 2 ? above[above.size() - 2].end : 0;
    if (!marks_old(line.substr(start, last.begin - start)) ||
        !connective_only(strip_fillers(std::string(line.substr(last.end)))))
        return std::nullopt;
    std::string_view before = last_clause(line.substr(start, last.begin - start));
    Found found;
    found.name = name_before(before);
    found.window = std::string(before);
    found.previous = last.value;
    if (found.name.empty()) return std::nullopt;
    return found;
}

// "Hi Tom", "Dear Mr. Hughes,", "您好": a salutation names the reader, no product.
bool greets(std::string_view line) {
    std::string folded = fold(utf8::trim(line));
    for (std::string_view word : word_lists()["greetings"])
        if (folded.starts_with(word) &&
            (folded.size() == word.size() ||
             !std::isalpha(static_cast<unsigned char>(folded[word.size()]))))
            return true;
    return false;
}

// "球墨铸铁沟槽弯头90°的价格：" over "DN50 118/只": a line that states no price and ends with a
// colon introduces the sizes below it, and the product it names is theirs; "" when it names
// none ("Our prices:", "报价如下：").
std::string introduced_above(const std::vector<std::string_view>& lines,
                             const std::vector<std::vector<Hit>>& hits, size_t i) {
    if (i == 0 || !hits[i - 1].empty()) return {};
    std::string_view above = utf8::trim(lines[i - 1]);
    for (std::string_view colon : {":", "："}) {
        if (!above.ends_with(colon)) continue;
        std::string name = name_before(above.substr(0, above.size() - colon.size()));
        // a heading of list words only ("Our prices:", "Prices as follows:") names no goods,
        // nor one of terms ("New prices from 1 Sept (FOB Keelung, per 1000 pcs):"), nor the
        // tail of a price word ("s" of "prices")
        const Words& list_words = word_lists()["list_headings"];
        bool terms = name.find('(') != std::string::npos || name.find("（") != std::string::npos ||
                     !find_incoterm(name).empty();
        if (terms || name.size() < 2 || name[1] == ' ') return {};
        bool goods = false;
        for (size_t at = 0; at < name.size() && !goods;) {
            size_t end = std::min(name.find(' ', at), name.size());
            std::string word = fold(std::string_view(name).substr(at, end - at));
            goods = !is_any(word, list_words);
            at = end + 1;
        }
        return goods && names_something(name) ? name : std::string();
    }
    return {};
}

// The product named for each price of line i, and which prices are old ones.
std::vector<std::optional<Found>> names_of(const std::vector<std::string_view>& lines,
                                           const std::vector<std::vector<Hit>>& hits, size_t i) {
    const std::vector<Hit>& line_hits = hits[i];
    std::vector<std::optional<Found>> out(line_hits.size());
    std::vector<bool> old(line_hits.size(), false);
    size_t from = 0;
    for (size_t k = 0; k < line_hits.size(); ++k) {
        old[k] = marks_old(lines[i].substr(from, line_hits[k].begin - from));
        from = line_hits[k].end;
    }
    from = 0;
    for (size_t k = 0; k < line_hits.size(); ++k) {
        const Hit& hit = line_hits[k];
        std::string_view own = last_clause(lines[i].substr(from, hit.begin - from));
        size_t label = k == 0 ? detail::list_label(lines[i]) : 0;
        if (label > 0 && own.data() == lines[i].data()) own.remove_prefix(label);
        Found found;
        bool entry = label > 0 || (k == 0 && own.data() == lines[i].data() && opens_with_code(own));
        found.name = entry ? entry_name(own) : name_before(own);
        // "1,712.00 USD/MT FOB HCMC, 1,770.00 USD/MT CIF Hong Kong": the clause before the
        // second price is the first one's terms; both are prices of the first one's product.
        if (k > 0 && out[k - 1] && opens_with_incoterm(found.name)) found.name = out[k - 1]->name;
        // "每米6.80元，5000米以上每米6.50元": the second price is the same product's break.
        if (k > 0 && out[k - 1] && only_quantity_break(found.name)) found.name = out[k - 1]->name;
        found.window = std::string(own);
        found.net = states_net(clauses_of(own).back());
        from = hit.end;
        if (old[k]) continue;
        // "由118.00元调整为112.00元", "from USD 12.40 to USD 11.90": the name stands before the
        // old price; so it does when the old price ends the line above.
        if (k == 0 && connective_only(found.name) && own.size() == hit.begin)
            if (auto above = named_before_old_above(lines, hits, i)) found = *above;
        if (k > 0 && old[k - 1] && connective_only(found.name)) {
            size_t start = k >= 2 ? line_hits[k - 2].end : 0;
            std::string_view before =
                last_clause(lines[i].substr(start, line_hits[k - 1].begin - start));
            found.name = name_before(before);
            found.window = std::string(before);
            found.previous = line_hits[k - 1].value;
        } else if (k + 1 < line_hits.size() && old[k + 1]) {
            found.previous = line_hits[k + 1].value; // "neu CHF 37.90 (bisher 39.20)"
        }
        // Labelled lines: the name sits on the lines above ("Item: SV-100").
        bool alone =
            found.name.empty() && own.size() == hit.begin - (k > 0 ? line_hits[k - 1].end : 0);
        for (size_t up = i; alone && found.name.empty() && up > 0;) {
            --up;
            if (utf8::trim(lines[up]).empty() || !hits[up].empty() || greets(lines[up])) break;
            // "1. Węglan sodu lekki (ZW-SODA-L), big bag 1 t" above "cena netto: …": the
            // whole entry describes the product (it states no price of its own).
            size_t above_label = detail::list_label(lines[up]);
            found.name = above_label > 0
                             ? before_remarks(name_in_clause(lines[up].substr(above_label)))
                             : name_before(last_clause(lines[up]));
            found.window = std::string(lines[up]) + " " + found.window;
            found.labelled = true;
        }
        // The rest of the sentence, up to the next price: its terms ("FOB Ningbo, MOQ 500").
        size_t stop = k + 1 < line_hits.size() ? line_hits[k + 1].begin : lines[i].size();
        std::string_view tail = lines[i].substr(hit.end, stop - hit.end);
        for (std::string_view end : {"。", ";", "；"})
            tail = tail.substr(0, std::min(tail.size(), tail.find(end)));
        tail = tail.substr(0, std::min(tail.size(), full_stop(tail)));
        // "USD 12.80 per set instead of 13.50": the words that make the next price the old one
        // are no part of this one's clause.
        if (k + 1 < line_hits.size() && old[k + 1])
            tail = tail.substr(0, std::min(tail.size(), detail::old_mark_at(tail)));
        std::string_view clause = tail.substr(0, std::min(tail.find(','), tail.find("，")));
        found.terms = found.window + " " + std::string(tail);
        found.window += std::string(lines[i].substr(hit.begin, hit.end - hit.begin)) + " " +
                        std::string(clause);
        out[k] = std::move(found);
    }
    return out;
}

} // namespace

namespace {

// Whether halfwidth_digits would give the text back unchanged: valid UTF-8 (an invalid byte
// becomes U+FFFD) holding no full-width or Arabic-Indic digit and no full-width comma or point
// (U+FF0C EF BC 8C, U+FF0E EF BC 8E, U+FF10-FF19 EF BC 90-99, U+0660-0669 D9 A0-A9,
// U+06F0-06F9 DB B0-B9). Most mail is so, and copying it costs a tenth of re-encoding it.
bool already_halfwidth(std::string_view text) {
    auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
    for (size_t at = 0; at + 1 < text.size(); ++at) {
        unsigned char lead = byte(at), next = byte(at + 1);
        if ((lead == 0xD9 && next >= 0xA0 && next <= 0xA9) ||
            (lead == 0xDB && next >= 0xB0 && next <= 0xB9))
            return false;
        if (lead == 0xEF && next == 0xBC && at + 2 < text.size()) {
            unsigned char last = byte(at + 2);
            if (last == 0x8C || last == 0x8E || (last >= 0x90 && last <= 0x99)) return false;
        }
    }
    return utf8::is_valid(text);
}

// "RMB １０．９０元/件": full-width digits as ASCII, and a full-width point or comma between
// digits with them; a "，" between words stays the clause mark it is.
std::string halfwidth_digits(std::string_view text) {
    if (already_halfwidth(text)) return std::string(text);
    std::string out;
    size_t pos = 0;
    auto digit_at = [&](size_t at) {
        if (at >= text.size()) return false;
        char32_t c = ascii_digit(utf8::next(text, at));
        return c >= U'0' && c <= U'9';
    };
    bool after_digit = false;
    while (pos < text.size()) {
        char32_t c = ascii_digit(utf8::next(text, pos));
        if ((c == U'\uFF0E' || c == U'\uFF0C') && after_digit && digit_at(pos))
            c = c == U'\uFF0E' ? U'.' : U',';
        after_digit = c >= U'0' && c <= U'9';
        utf8::append(out, c);
    }
    return out;
}

} // namespace

namespace {

// Leader dots between a name and its price ("Llave combinada (HB-LC12) ........ $86.50") as
// one space: they are layout, and a run of dots reads as no word of a sentence. A run of two or
// three is one too when it stands as a word of its own (" .. ": the longest name of a list
// aligned by leaders keeps only two), never inside a word or number ("2..30", "etc...").
std::string without_leaders(std::string_view text) {
    // Every change below needs two dots or a "……": most texts have neither and stay as they are.
    if (text.find("..") == std::string_view::npos && text.find("……") == std::string_view::npos)
        return std::string(text);
    std::string out;
    auto blank = [&](size_t at) {
        return at >= text.size() || text[at] == ' ' || text[at] == '\t';
    };
    for (size_t i = 0; i < text.size();) {
        size_t run = 0;
        while (i + run < text.size() && text[i + run] == '.')
            ++run;
        bool word = run >= 2 && (i == 0 || blank(i - 1)) && blank(i + run);
        if (run >= 4 || word) {
            out += ' ';
            i += run;
        } else if (text.substr(i).starts_with("……")) {
            out += ' ';
            i += std::string_view("……").size();
        } else {
            out.append(text.substr(i, std::max<size_t>(run, 1)));
            i += std::max<size_t>(run, 1);
        }
    }
    return out;
}

// A chat export's time stamp: digits of a date and a time ("12/03/2026, 09:15",
// "3/12/26, 9:15 AM", "2026-03-12 09:15:22").
bool is_chat_stamp(std::string_view stamp) {
    if (stamp.empty() || !std::isdigit(static_cast<unsigned char>(stamp.front())) ||
        stamp.find(':') == std::string_view::npos ||
        stamp.find_first_of("/.-") == std::string_view::npos)
        return false;
    return stamp.find_first_not_of("0123456789/.-,: APMapm") == std::string_view::npos;
}

// Where the message of an exported chat line starts: after "[12/03/2026, 09:15] Kevin Lin: "
// (WhatsApp on a phone) or "12/03/2026, 09:15 - Kevin Lin: " (its other export), else 0.
size_t chat_message_at(std::string_view line) {
    constexpr size_t k_stamp = 32, k_sender = 48; // bytes
    std::string_view stamp;
    size_t after = 0;
    if (line.starts_with("[")) {
        size_t close = line.find("] ");
        if (close == std::string_view::npos || close > k_stamp) return 0;
        stamp = line.substr(1, close - 1);
        after = close + 2;
    } else {
        size_t dash = line.find(" - ");
        if (dash == std::string_view::npos || dash > k_stamp) return 0;
        stamp = line.substr(0, dash);
        after = dash + 3;
    }
    if (!is_chat_stamp(stamp)) return 0;
    size_t colon = line.find(": ", after);
    if (colon == std::string_view::npos || colon == after || colon - after > k_sender) return 0;
    return colon + 2;
}

// A chat message's heading line of its own: the sender, then the time stamp ("周敏  2026-03-05
// 10:41", WeChat's copy of a chat). The blank line before it parts two messages of one talk,
// not two topics: a size alone in the next message is still of the goods talked about.
bool is_chat_heading(std::string_view line) {
    constexpr size_t k_sender = 48; // bytes
    line = utf8::trim(line);
    size_t time = line.rfind(' ');
    if (time == std::string_view::npos) return false;
    size_t date = line.substr(0, time).find_last_of(' ');
    if (date == std::string_view::npos || !is_chat_stamp(line.substr(date + 1))) return false;
    std::string_view sender = utf8::trim(line.substr(0, date));
    return !sender.empty() && sender.size() <= k_sender &&
           sender.find_first_of("0123456789") == std::string_view::npos;
}

// Does the paragraph end at line i: it is blank, and no chat message's heading follows it?
bool paragraph_ends(const std::vector<std::string_view>& lines, size_t i) {
    if (!utf8::trim(lines[i]).empty()) return false;
    size_t next = i + 1;
    while (next < lines.size() && utf8::trim(lines[next]).empty())
        ++next;
    return next == lines.size() || !is_chat_heading(lines[next]);
}

// A chat pasted into a mail, each line's stamp and sender taken off: who wrote when is no
// product, and the date and time no price. Lines stay where they are.
std::string without_chat_stamps(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos <= text.size();) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        out.append(line.substr(chat_message_at(line)));
        if (end < text.size()) out.push_back('\n');
        pos = end + 1;
    }
    return out;
}

} // namespace

// Any yen's code: the gate in read_prose asks whether the text names a currency, not which.
constexpr std::string_view k_any_yen = "JPY";

std::string goods_of_prices(std::string_view text) {
    const Words& price_words = word_lists()["clause_price"];
    for (std::string_view line : split_lines(text)) {
        for (std::string_view clause : clauses_of(line)) {
            std::string folded = utf8::ascii_lower(utf8::trim(clause));
            bool priced = std::any_of(price_words.begin(), price_words.end(),
                                      [&](std::string_view w) { return folded.starts_with(w); });
            if (!priced) continue;
            std::string name = strip_fillers(name_in_clause(clause));
            if (is_name(name) && find_currency(name, k_any_yen).empty()) return name;
        }
    }
    return {};
}

std::vector<PriceItem> read_prose(std::string_view written, const TableContext& context) {
    std::vector<PriceItem> items;
    std::string text = detail::scaled_amounts(
        detail::arabic_amounts(without_leaders(halfwidth_digits(without_chat_stamps(written)))));
    // Every price money_in finds has a currency: a token beside its number (which find_currency
    // finds in the whole text as well) or the context's. Most mail names none and stops here.
    if (context.terms.currency.empty() && find_currency(text, k_any_yen).empty()) return items;
    std::vector<std::string_view> lines = split_lines(text);
    std::vector<std::vector<Hit>> hits(lines.size());
    bool about_prices = mentions_prices(text);
    for (size_t i = 0; i < lines.size(); ++i)
        // A list entry set out with wide gaps ("1) OH-EXT-4W3  4-Way Lead 3m  -- 3.80/pc") is
        // one, not a table's row.
        if (!tabular(lines[i]) || detail::list_label(lines[i]) > 0)
            hits[i] = money_in(lines[i], i, context, about_prices);
    PriceItem last; // the last item of this paragraph: a size alone inherits its name and model
    for (size_t i = 0; i < lines.size(); ++i) {
        if (paragraph_ends(lines, i)) last = PriceItem{};
        auto names = names_of(lines, hits, i);
        for (size_t k = 0; k < hits[i].size(); ++k) {
            if (!names[k]) continue;
            const Found& found = *names[k];
            const Hit& hit = hits[i][k];
            if (!names_something(found.name) || says_not_a_price(found.window, found.net)) continue;
            if (charge_by_place(lines[i], hit.begin, hit.end) || names_a_service(found.name))
                continue;
            PriceItem item;
            bool same_family = false;
            item.product = std::string(utf8::truncate(before_remarks(found.name), 120));
            split_names(item);
            // (a part code names its own product: "and BS-PD65 now 6.60$" is no size of the
            // product before it)
            if (bare_name(item).empty() && item.model.empty() && last.product.empty())
                if (std::string name = introduced_above(lines, hits, i); !name.empty())
                    last.product = name;
            if (bare_name(item).empty() && item.model.empty() && !last.product.empty()) {
                // "DN65球阀单价156元，DN100单价268元": DN100 is the same ball valve in DN100.
                std::string name = bare_name(last);
                if (item.model.empty()) item.model = last.model;
                item.product = name + (name.empty() ? "" : " ") + item.product;
                same_family = true;
            }
            item.unit_price =
                hit.per.empty()
                    ? hit.value
                    : divide_by_power_of_ten(hit.value, static_cast<int>(hit.per.size()) - 1);
            item.previous_price = found.previous;
            item.currency = hit.currency;
            item.unit = hit.unit;
            std::string line(utf8::trim(lines[i]));
            // Labelled lines go on below ("MOQ: 200 pcs"); a sentence ends with itself.
            std::string after_lines;
            for (size_t down = i + 1;
                 found.labelled && down < lines.size() && down <= i + 2 && hits[down].empty();
                 ++down)
                after_lines += " " + std::string(lines[down]);
            if (auto q = quantity_near(found.terms + " " + after_lines)) {
                item.quantity = q->value;
                if (item.unit.empty()) item.unit = q->unit;
            }
            // One product in two sizes is sold in one unit, stated once ("DN50截止阀单价
            // 150元，DN80的每只230元").
            if (same_family && item.unit.empty()) item.unit = last.unit;
            if (same_family && !items.empty() && items.back().unit.empty())
                items.back().unit = item.unit;
            std::string incoterm = find_incoterm(found.terms);
            item.incoterm = !incoterm.empty() ? incoterm : context.terms.incoterm;
            item.validity = context.terms.validity;
            item.status = context.status;
            item.line = line;
            item.reference = "line " + std::to_string(i + 1);
            last = item;
            items.push_back(std::move(item));
        }
    }
    std::vector<bool> read(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        read[i] = !hits[i].empty();
    for (PriceItem& item : items)
        settle_names(item);
    detail::apply_lowered_prices(lines, read, items);
    return items;
}

} // namespace mailclerk::pricing
