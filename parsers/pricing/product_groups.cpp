#include "parsers/pricing/product_groups.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <string>

#include "parsers/pricing/product.hpp"

namespace mailclerk::pricing {
namespace {

// Keys sharing a word are compared pairwise; a list this long keeps exact keys only.
constexpr size_t k_max_keys = 5000;

struct Groups {
    std::vector<size_t> parent;
    size_t find(size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(size_t a, size_t b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

// The key `part` joins: its only container, or among several the one with the same name, or
// several that are one product already.
// Keys by each word of theirs: a container has every word of the part, so its first one too.
using WordIndex = std::map<std::string, std::vector<size_t>>;

// The name without the given words ("nbr rubber sheet 3mm x 10m" less 3mm, x, 10m).
std::string without_words(const std::string& name, const std::vector<std::string>& words) {
    std::string out;
    size_t at = 0;
    while (at <= name.size()) {
        size_t end = std::min(name.find(' ', at), name.size());
        std::string word = name.substr(at, end - at);
        if (!word.empty() && !std::binary_search(words.begin(), words.end(), word))
            out += (out.empty() ? "" : " ") + word;
        at = end + 1;
    }
    return out;
}

// A row that names no product, only a model or size ("DN200  EUR 165,00" in a contract), is the
// customer's one named product whose words, name included, hold all of its words
// ("Absperrklappe Wafer DN200 PN16"); two such products, and it is neither.
std::vector<size_t> named_holders(size_t part, const std::vector<Identity>& ids,
                                  const WordIndex& by_any_word) {
    const Identity& p = ids[part];
    std::vector<size_t> found;
    if (!p.named || p.words.empty()) return found;
    auto candidates = by_any_word.find(p.words.front());
    if (candidates == by_any_word.end()) return found;
    // A row with a name of its own ("NBR Rubber Sheet" with "3mm x 1.2m x 10m") joins a
    // product whose name agrees with it; a row naming a type code and a size ("BV 2.5平方
    // （100米/卷）") one that writes every word of it ("铜芯聚氯乙烯绝缘电线", "BV 2.5mm²
    // 100米/卷").
    for (size_t j : candidates->second) {
        if (j == part || ids[j].name.empty()) continue;
        bool agree = p.name.empty() || names_agree(p.name, without_words(ids[j].name, p.words));
        bool written = !p.codes.empty() && std::includes(ids[j].all.begin(), ids[j].all.end(),
                                                         p.all.begin(), p.all.end());
        if ((agree || written) &&
            std::includes(ids[j].all.begin(), ids[j].all.end(), p.words.begin(), p.words.end()))
            found.push_back(j);
    }
    return found;
}

// A revision naming its product by fewer words than the earlier row ("stretch film" after
// "Stretch film 400 mm x 250 m, 17 mu, cast"): every word of its name is among the other's and
// its price is for the same unit. One word ("film", "valve") names a kind of goods, not a
// product, so it takes two.
bool fewer_words_of(const Identity& part, const Identity& whole) {
    return part.all.size() >= 2 && whole.all.size() > part.all.size() && part.unit == whole.unit &&
           std::includes(whole.all.begin(), whole.all.end(), part.all.begin(), part.all.end());
}

// A row naming its product by a shorter name alone ("合页可以做到7.90元/只" after a quote for
// "不锈钢合页 RF-H4030", "stretch film" after "Stretch film 400 mm x 250 m"): the one product
// whose name holds that name; none when two do (films of two widths).
std::optional<size_t> named_only(size_t part, const std::vector<Identity>& ids, Groups& g) {
    const Identity& p = ids[part];
    if (p.name.empty()) return std::nullopt;
    std::optional<size_t> found;
    for (size_t j = 0; j < ids.size(); ++j) {
        bool agree = !ids[j].words.empty() && names_agree(p.name, ids[j].name);
        if (j == part || !(agree || fewer_words_of(p, ids[j]))) continue;
        if (found && g.find(*found) != g.find(j)) return std::nullopt;
        found = j;
    }
    return found;
}

std::optional<size_t> container_of(size_t part, const std::vector<Identity>& ids,
                                   const WordIndex& by_word, const WordIndex& by_any_word,
                                   Groups& g) {
    std::vector<size_t> found;
    if (ids[part].words.empty()) return named_only(part, ids, g);
    auto candidates = by_word.find(ids[part].words.front());
    for (size_t j : candidates->second)
        if (j != part && names_within(ids[part], ids[j])) found.push_back(j);
    if (found.empty()) found = named_holders(part, ids, by_any_word);
    if (found.size() > 1 && !ids[part].name.empty()) {
        std::vector<size_t> same;
        for (size_t j : found)
            if (ids[j].name == ids[part].name) same.push_back(j);
        if (!same.empty()) found = same;
    }
    if (found.empty()) return std::nullopt;
    size_t root = g.find(found[0]);
    for (size_t j : found)
        if (g.find(j) != root) return std::nullopt;
    return found[0];
}

void join_same_parts(const std::vector<Identity>& ids, const WordIndex& by_word, Groups& g) {
    std::vector<std::vector<size_t>> fits(ids.size());
    std::vector<bool> clear(ids.size(), true);
    for (size_t k = 0; k < ids.size(); ++k) {
        for (const std::string& word : ids[k].words)
            for (size_t j : by_word.at(word))
                if (j != k && std::find(fits[k].begin(), fits[k].end(), j) == fits[k].end() &&
                    same_part(ids[k], ids[j]))
                    fits[k].push_back(j);
        for (size_t x = 0; clear[k] && x < fits[k].size(); ++x)
            for (size_t y = x + 1; clear[k] && y < fits[k].size(); ++y)
                clear[k] = same_part(ids[fits[k][x]], ids[fits[k][y]]);
    }
    for (size_t k = 0; k < ids.size(); ++k)
        for (size_t j : fits[k])
            if (clear[k] && clear[j]) g.join(k, j);
}

} // namespace

std::vector<size_t> product_groups(const std::vector<const PriceItem*>& items) {
    std::map<std::string, size_t> key_index;
    std::vector<size_t> key_of(items.size());
    std::vector<size_t> first_item;
    std::vector<Identity> ids;
    for (size_t i = 0; i < items.size(); ++i) {
        auto [at, added] = key_index.emplace(items[i]->product_key, ids.size());
        if (added) {
            ids.push_back(identity_of(*items[i]));
            first_item.push_back(i);
        } else if (ids[at->second].name.empty()) {
            Identity later = identity_of(*items[i]);
            ids[at->second].name = later.name;
            if (!later.name.empty()) ids[at->second].all = later.all;
        }
        key_of[i] = at->second;
    }
    Groups g{std::vector<size_t>(ids.size())};
    std::iota(g.parent.begin(), g.parent.end(), 0);
    WordIndex by_word, by_any_word;
    for (size_t k = 0; k < ids.size(); ++k) {
        for (const std::string& word : ids[k].words)
            if (auto& keys = by_word[word]; keys.empty() || keys.back() != k) keys.push_back(k);
        for (const std::string& word : ids[k].all)
            if (auto& keys = by_any_word[word]; keys.empty() || keys.back() != k) keys.push_back(k);
    }
    // One part number with different extras (a spec column, a size read from the name): one
    // product, when neither key also fits a product the other does not (Q41F-16C WCB beside
    // DN25 and DN50 joins neither).
    if (ids.size() <= k_max_keys) join_same_parts(ids, by_word, g);
    // Twice: a key that fitted two products apart may fit them once they are joined.
    for (int pass = 0; pass < 2 && ids.size() <= k_max_keys; ++pass)
        for (size_t k = 0; k < ids.size(); ++k)
            if (auto whole = container_of(k, ids, by_word, by_any_word, g)) g.join(k, *whole);
    std::vector<size_t> out(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        out[i] = first_item[g.find(key_of[i])];
    return out;
}

} // namespace mailclerk::pricing
