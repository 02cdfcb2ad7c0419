// Index: one product across customers (`mailclerk product`, the web page's product view). SQL
// narrows the price items with a substring test on the query's longest word; the match rules
// (whole runs of letters and digits, every word) are applied here, on the normalised keys.
#include <algorithm>

#include "common/utf8.hpp"
#include "parsers/price_terms.hpp"
#include "parsers/pricing/price_item.hpp"
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace {

// The price-list query's columns (read_price_row: 0..18), then the customer and the message
// row; newest first within a customer and product, as the price list decides "latest".
constexpr const char* k_candidates_sql =
    "SELECT p.product, p.model, coalesce(o.same_as, p.product_key) AS key, p.quantity, p.unit, "
    "p.currency, p.unit_price, p.incoterm, p.validity, p.quoted_at, p.direction, p.source_line, "
    "p.attachment_idx, m.sha256, coalesce(a.filename, ''), p.spec, p.status, p.previous_price, "
    "p.reference, c.id, c.slug, c.name, m.id "
    "FROM price_items p JOIN customers c ON c.id = p.customer_id AND c.merged_into IS NULL "
    "JOIN messages m ON m.id = p.message_id "
    "LEFT JOIN attachments a ON a.message_id = p.message_id AND a.idx = p.attachment_idx "
    "LEFT JOIN product_key_overrides o ON o.customer_id = p.customer_id "
    "  AND o.product_key = p.product_key "
    "WHERE instr(p.product_key, ?1) > 0 OR instr(coalesce(o.same_as, ''), ?1) > 0 "
    "  OR instr(lower(replace(p.product, ' ', '')), ?1) > 0 "
    "  OR instr(lower(replace(p.model, ' ', '')), ?1) > 0 "
    "ORDER BY c.id, key, p.quoted_at IS NULL, p.quoted_at DESC, p.id DESC";

// The side of the price list a row stands on (as Index::prices keeps them): agreed or ordered
// prices beside the latest quote or notice.
bool is_agreed(const parsers::PriceItem& item) {
    return item.status == pricing::k_agreed || item.status == pricing::k_ordered;
}

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

} // namespace

Result<std::vector<ProductPrice>> Index::product_prices(const std::string& query, size_t limit) {
    std::vector<std::string> words = query_words(query);
    if (words.empty()) return std::vector<ProductPrice>{};
    std::string whole = parsers::product_key(query);
    std::string narrow =
        *std::max_element(words.begin(), words.end(),
                          [](const auto& a, const auto& b) { return a.size() < b.size(); });
    auto stmt = m_impl->statement(k_candidates_sql);
    if (!stmt) return error_of(stmt);
    // Rows come grouped by (customer, product key), newest first: the group's first row of each
    // side is that side's latest price; the group matches when any of its rows does
    // (descriptions vary by quote).
    std::vector<ProductPrice> out;
    bool matched = false;
    auto close_group = [&] {
        if (!out.empty() && !matched) out.pop_back();
        matched = false;
    };
    auto ok = for_each_row((*stmt)->bind(1, narrow), [&](const Statement& s) {
        PriceRow row = read_price_row(s);
        int64_t customer = s.column_int64(19);
        if (out.empty() || out.back().customer_id != customer ||
            out.back().product_key != row.item.product_key) {
            close_group();
            ProductPrice price;
            price.customer_id = customer;
            price.slug = s.column_text(20);
            price.name = s.column_text(21);
            price.product_key = row.item.product_key;
            price.exact = row.item.product_key == whole;
            out.push_back(std::move(price));
        }
        matched = matched || matches(row, words);
        ProductPrice& price = out.back();
        auto& side = is_agreed(row.item) ? price.agreed : price.quoted;
        if (side) return;
        (is_agreed(row.item) ? price.agreed_row : price.quoted_row) = s.column_int64(22);
        row.current = true;
        side = std::move(row);
    });
    if (!ok) return error_of(ok);
    close_group();
    std::stable_sort(out.begin(), out.end(), [](const ProductPrice& a, const ProductPrice& b) {
        if (a.exact != b.exact) return a.exact;
        if (a.slug != b.slug) return a.slug < b.slug;
        return a.product_key < b.product_key;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

} // namespace mailclerk::store
