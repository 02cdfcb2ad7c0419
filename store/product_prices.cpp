// One product across customers (`mailclerk product`, the web page's product view), on any
// backend: the backend's SQL finds the customers whose price items may match (a substring test
// on the query's longest word); each one's price list (PriceBook::prices, so the same current
// price and the rep's corrections) gives the products, matched here by the whole-word rules on
// normalised keys.
#include <algorithm>
#include <map>
#include <set>

#include "common/utf8.hpp"
#include "parsers/price_terms.hpp"
#include "parsers/pricing/price_item.hpp"
#include "store/index_impl.hpp"
#include "store/price_book.hpp"

namespace mailclerk::store {
namespace {

// The customers with a price item that may match: a substring test on the query's longest
// word over keys, the rep's same-product overrides, descriptions and models. The words are
// matched exactly afterwards, on the rows of each customer's price list.
constexpr const char* k_candidates_sql =
    "SELECT DISTINCT c.id, c.slug, c.name FROM price_items p "
    "JOIN customers c ON c.id = p.customer_id AND c.merged_into IS NULL "
    "LEFT JOIN product_key_overrides o ON o.customer_id = p.customer_id "
    "  AND o.product_key = p.product_key "
    "WHERE instr(p.product_key, ?1) > 0 OR instr(coalesce(o.same_as, ''), ?1) > 0 "
    "  OR instr(lower(replace(p.product, ' ', '')), ?1) > 0 "
    "  OR instr(lower(replace(p.model, ' ', '')), ?1) > 0 "
    "ORDER BY c.id";

enum class Run { digits, letters, other };

Run run_of(char c) {
    if (c >= '0' && c <= '9') return Run::digits;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Run::letters;
    return Run::other;
}

// `word` occurs in `text` without cutting a run of digits or of letters at either end.
bool contains_whole(const std::string& text, const std::string& word) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        size_t end = at + word.size();
        bool left = at == 0 || run_of(text[at - 1]) == Run::other ||
                    run_of(text[at - 1]) != run_of(word.front());
        bool right = end == text.size() || run_of(text[end]) == Run::other ||
                     run_of(text[end]) != run_of(word.back());
        if (left && right) return true;
    }
    return false;
}

std::vector<std::string> query_words(const std::string& query) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start < query.size()) {
        size_t end = query.find_first_of(" \t,;", start);
        if (end == std::string::npos) end = query.size();
        if (std::string key = parsers::product_key(query.substr(start, end - start)); !key.empty())
            words.push_back(std::move(key));
        start = end + 1;
    }
    return words;
}

// A text's words, each normalised as a product key, kept apart by spaces: `Q41F-150LB 2"
// (DN50)` is "q41f-150lb dn50 dn50", where "dn50" is a whole word (the product key runs the
// words together, so it would sit inside one run of letters there).
std::string spaced_key(const std::string& text) {
    std::string out;
    for (const std::string& word : query_words(text))
        out += (out.empty() ? "" : " ") + word;
    return out;
}

// The words of a description keep their spaces: a product key runs them together, so
// "ball" would sit inside one run of letters there.
bool matches(const PriceRow& row, const std::vector<std::string>& words) {
    std::string texts[] = {row.item.product_key, spaced_key(row.item.model),
                           spaced_key(row.item.spec), spaced_key(row.item.product),
                           utf8::ascii_lower(row.item.product)};
    return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
        return std::any_of(std::begin(texts), std::end(texts),
                           [&](const std::string& text) { return contains_whole(text, word); });
    });
}

// One customer's products matching `words`, with the current price of each side as the
// customer's price list states it (Index::prices: resent quotes, one key per product, the
// rep's corrections). A product matches when any of its rows does: descriptions vary by quote.
std::vector<ProductPrice> matching_products(const std::vector<PriceRow>& list,
                                            const std::vector<std::string>& words) {
    std::map<std::string, ProductPrice> by_key;
    std::set<std::string> matched;
    for (const PriceRow& row : list) {
        if (matches(row, words)) matched.insert(row.item.product_key);
        if (!row.current) continue;
        ProductPrice& price = by_key[row.item.product_key];
        price.product_key = row.item.product_key;
        (price_side(row.item) == "agreed" ? price.agreed : price.quoted) = row;
    }
    std::vector<ProductPrice> out;
    for (auto& [key, price] : by_key)
        if (matched.contains(key)) out.push_back(std::move(price));
    return out;
}

} // namespace

Result<std::vector<ProductPrice>> product_prices(const std::string& query, size_t limit,
                                                 const ProductSource& source) {
    std::vector<std::string> words = query_words(query);
    if (words.empty()) return std::vector<ProductPrice>{};
    std::string whole = parsers::product_key(query);
    std::string narrow =
        *std::max_element(words.begin(), words.end(),
                          [](const auto& a, const auto& b) { return a.size() < b.size(); });
    auto candidates = source.candidates(narrow);
    if (!candidates) return error_of(candidates);
    auto row_of = [&](const std::optional<PriceRow>& row) -> Result<int64_t> {
        return row ? source.message_row(row->sha256) : Result<int64_t>(0);
    };
    std::vector<ProductPrice> out;
    for (const ProductHolder& customer : *candidates) {
        auto list = source.book.prices(customer.slug);
        if (!list) return error_of(list);
        for (ProductPrice& price : matching_products(*list, words)) {
            price.customer_id = customer.id;
            price.slug = customer.slug;
            price.name = customer.name;
            price.exact = price.product_key == whole;
            auto quoted = row_of(price.quoted), agreed = row_of(price.agreed);
            if (!quoted) return error_of(quoted);
            if (!agreed) return error_of(agreed);
            price.quoted_row = *quoted;
            price.agreed_row = *agreed;
            out.push_back(std::move(price));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ProductPrice& a, const ProductPrice& b) {
        if (a.exact != b.exact) return a.exact;
        if (a.slug != b.slug) return a.slug < b.slug;
        return a.product_key < b.product_key;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

Result<std::vector<ProductPrice>> Index::product_prices(const std::string& query, size_t limit) {
    auto candidates = [&](const std::string& narrow) -> Result<std::vector<ProductHolder>> {
        auto stmt = m_impl->statement(k_candidates_sql);
        if (!stmt) return error_of(stmt);
        return collect((*stmt)->bind(1, narrow), [](Statement& s) {
            return ProductHolder{s.column_int64(0), s.column_text(1), s.column_text(2)};
        });
    };
    auto message_row = [&](const std::string& sha256) -> Result<int64_t> {
        auto stmt = m_impl->statement("SELECT id FROM messages WHERE sha256 = ?1");
        if (!stmt) return error_of(stmt);
        auto id =
            collect_one((*stmt)->bind(1, sha256), [](Statement& s) { return s.column_int64(0); });
        if (!id) return error_of(id);
        return id->value_or(0);
    };
    return store::product_prices(query, limit, ProductSource{candidates, *this, message_row});
}

} // namespace mailclerk::store
