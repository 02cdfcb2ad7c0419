#pragma once
// What the price-reading unit tests share: an item as one line, a table read from rows, a
// context with a currency, a row named as a reader leaves it, and whether two items of a list
// are one product.
#include <string>
#include <string_view>
#include <vector>

#include "parsers/classify.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/product_groups.hpp"
#include "parsers/pricing/table_reader.hpp"

namespace mailclerk::test {

// Does one of the shown items (show()) hold this text?
inline bool names(const std::vector<std::string>& items, std::string_view text) {
    for (const std::string& item : items)
        if (item.find(text) != std::string::npos) return true;
    return false;
}

// product|model|quantity|unit|currency|price
inline std::string show(const pricing::PriceItem& i) {
    return i.product + "|" + i.model + "|" + i.quantity + "|" + i.unit + "|" + i.currency + "|" +
           i.unit_price;
}

inline std::vector<std::string> show(const std::vector<pricing::PriceItem>& items) {
    std::vector<std::string> out;
    for (const pricing::PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

inline std::vector<pricing::PriceItem> read(const std::vector<std::vector<std::string>>& rows,
                                            pricing::TableContext context = {}) {
    return pricing::read_table(grid::make_table(rows), context);
}

inline pricing::TableContext in(std::string currency) {
    pricing::TableContext context;
    context.terms.currency = std::move(currency);
    return context;
}

// A row with these names, as the readers leave it: key, and a size alone as the model.
inline pricing::PriceItem row(std::string product, std::string model, std::string spec = "") {
    pricing::PriceItem item;
    item.product = std::move(product);
    item.model = std::move(model);
    item.spec = std::move(spec);
    item.unit_price = "1.00";
    pricing::settle_names(item);
    return item;
}

// Are items a and b (of this list) one product?
inline bool same(const std::vector<pricing::PriceItem>& list, size_t a, size_t b) {
    std::vector<const pricing::PriceItem*> items;
    for (const pricing::PriceItem& item : list)
        items.push_back(&item);
    std::vector<size_t> groups = pricing::product_groups(items);
    return groups[a] == groups[b];
}

// A supplier's mail (from `address`) to us at ourco.com.
inline parsers::Message supplier_mail(std::string address, std::string subject, std::string text) {
    parsers::Message m;
    m.from = {{"", std::move(address)}};
    m.to = {{"", "tom@ourco.com"}};
    m.subject = std::move(subject);
    m.text = std::move(text);
    return m;
}

// Our rules (ourco.com) with one customer of one domain.
inline parsers::MatchRules one_customer(std::string id, std::string domain) {
    parsers::MatchRules r;
    r.own_domains = {"ourco.com"};
    r.customers = {{id, id, {std::move(domain)}, {}}};
    return r;
}

} // namespace mailclerk::test
