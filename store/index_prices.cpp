// Index: the price items read out of a message's documents, for the price lists, and the
// price-list query.
#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>

#include "parsers/prices.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/product_groups.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"
#include "store/price_fixes.hpp"
#include "store/price_notice.hpp"
#include "store/price_row_reader.hpp"

namespace mailclerk::store {
namespace {

// The customer's earlier price items a notice may change (price_notice.hpp).
Result<std::vector<parsers::PriceItem>> earlier_prices(IndexState& impl, int64_t customer,
                                                       const NewMessage& in) {
    auto select = impl.statement(k_earlier_prices_sql);
    if (!select) return error_of(select);
    std::vector<parsers::PriceItem> earlier;
    (*select)->bind(1, customer).bind(2, in.message->date.value_or(0));
    Status status = for_each_row(**select, [&](const Statement& s) {
        parsers::PriceItem item;
        item.product = s.column_text(0);
        item.model = s.column_text(1);
        item.product_key = s.column_text(2);
        item.unit = s.column_text(3);
        item.currency = s.column_text(4);
        item.unit_price = s.column_text(5);
        item.spec = s.column_text(6);
        earlier.push_back(std::move(item));
    });
    if (!status) return error_of(status);
    return earlier;
}

Result<std::vector<parsers::PriceItem>> notice_changes(IndexState& impl, int64_t customer,
                                                       const NewMessage& in) {
    if (!changes_earlier_prices(in)) return std::vector<parsers::PriceItem>{};
    auto earlier = earlier_prices(impl, customer, in);
    if (!earlier) return error_of(earlier);
    return notice_changes(*earlier, in);
}

Status insert_price(Statement& s, int64_t customer, int64_t message_row, const NewMessage& in,
                    const parsers::PriceItem& item) {
    s.bind(1, customer).bind(2, message_row);
    s.bind(3, item.attachment < 0 ? std::nullopt : std::optional<int64_t>(item.attachment));
    s.bind(4, item.product).bind(5, item.model).bind(6, item.product_key);
    s.bind(7, item.quantity).bind(8, item.unit).bind(9, item.currency);
    s.bind(10, item.unit_price).bind(11, item.incoterm).bind(12, item.validity);
    s.bind(13, in.message->date);
    s.bind(14, parsers::to_string(in.classification->direction));
    s.bind(15, item.line).bind(16, item.spec).bind(17, item.status);
    return s.bind(18, item.previous_price).bind(19, item.reference).run();
}

Status write_prices(IndexState& impl, int64_t message_row, const NewMessage& in) {
    bool notice = in.classification->kind == parsers::DocKind::price_notice;
    if ((in.prices == nullptr || in.prices->empty()) && !notice) return {};
    auto insert = impl.statement(
        "INSERT INTO price_items (customer_id, message_id, attachment_idx, product, model, "
        "product_key, quantity, unit, currency, unit_price, incoterm, validity, quoted_at, "
        "direction, source_line, spec, status, previous_price, reference) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    if (!insert) return error_of(insert);
    std::set<std::string> done;
    for (const parsers::CustomerMatch& match : in.classification->customers) {
        if (!done.insert(match.slug).second) continue;
        auto customer = impl.customer_id(match.slug, true);
        if (!customer) return error_of(customer);
        std::vector<parsers::PriceItem> items;
        if (in.prices != nullptr) items = *in.prices;
        if (items.empty()) {
            auto changes = notice_changes(impl, *customer, in);
            if (!changes) return error_of(changes);
            items = std::move(*changes);
        }
        for (const parsers::PriceItem& item : items)
            if (auto ok = insert_price(**insert, *customer, message_row, in, item); !ok) return ok;
    }
    return {};
}

} // namespace

PriceRow read_price_row(const Statement& s) {
    return read_price_columns([&](int column) { return s.column_text(column); },
                              [&](int column) { return s.column_optional(column); });
}

namespace {

// A price list keeps two prices per product beside each other: the latest quote (quoted, or
// announced by a notice) and the latest agreed one (contract, confirmed pro-forma, order).
std::string side_of(const parsers::PriceItem& item) {
    return item.product_key + '\x1f' + price_side(item);
}

// A revision that names only the model ("Q41F-16C DN50  112.00") inherits the product's name
// and unit from the latest earlier row of that product that had them, and a document that
// names no currency (an ERP export) the currency that product was quoted in, else the one
// currency all the customer's prices are in.
bool names_only_model(const parsers::PriceItem& item) {
    return item.product.empty() || item.product == item.model || item.product == item.spec;
}

std::string only_currency(std::span<const PriceRow> rows) {
    std::string only;
    for (const PriceRow& row : rows) {
        const std::string& currency = row.item.currency;
        if (currency.empty()) continue;
        if (!only.empty() && only != currency) return "";
        only = currency;
    }
    return only;
}

void inherit_names(std::span<PriceRow> current, std::span<const PriceRow> superseded) {
    // Every row of a product, current ones first, each list in order (the rows a current row
    // looks at, in the order it looks): one lookup per row, not a pass over the whole list.
    std::unordered_map<std::string_view, std::vector<const PriceRow*>> others;
    for (const PriceRow& row : current)
        others[row.item.product_key].push_back(&row);
    for (const PriceRow& row : superseded)
        others[row.item.product_key].push_back(&row);
    std::string currency = only_currency(current);
    if (std::string old = only_currency(superseded); currency != old)
        currency = currency.empty() ? old : old.empty() ? currency : "";
    for (PriceRow& row : current) {
        parsers::PriceItem& item = row.item;
        for (const PriceRow* before : others[item.product_key]) {
            const parsers::PriceItem& old = before->item;
            if (names_only_model(item) && !names_only_model(old)) item.product = old.product;
            if (item.unit.empty()) item.unit = old.unit;
            if (item.currency.empty()) item.currency = old.currency;
        }
        if (item.currency.empty()) item.currency = currency;
    }
}

// A message that states exactly the prices an earlier message stated (a quote resent "for
// the file", forwarded again) is as old as that message: it does not undo what came between.
void date_resent_quotes(std::vector<PriceRow>& rows) {
    std::map<std::string, std::set<std::string>> said;
    std::map<std::string, std::optional<int64_t>> when;
    for (const PriceRow& row : rows) {
        const parsers::PriceItem& item = row.item;
        said[row.sha256].insert(side_of(item) + '\x1f' + item.unit_price + '\x1f' + item.currency);
        when[row.sha256] = row.quoted_at;
    }
    std::map<std::string, std::optional<int64_t>> resent;
    for (const auto& [sha, prices] : said)
        for (const auto& [other, earlier] : said)
            if (other != sha && earlier == prices && when[other] < when[sha] &&
                (!resent.contains(sha) || when[other] < resent[sha]))
                resent[sha] = when[other];
    for (PriceRow& row : rows)
        if (auto found = resent.find(row.sha256); found != resent.end())
            row.quoted_at = found->second;
    std::stable_sort(rows.begin(), rows.end(), [](const PriceRow& a, const PriceRow& b) {
        return a.quoted_at.has_value() && (!b.quoted_at || *a.quoted_at > *b.quoted_at);
    });
}

// Every row of one product carries one key: the key of its newest row.
void unify_products(std::vector<PriceRow>& rows) {
    std::vector<const parsers::PriceItem*> items;
    for (const PriceRow& row : rows)
        items.push_back(&row.item);
    std::vector<size_t> group = pricing::product_groups(items);
    std::vector<std::string> keys;
    for (const PriceRow& row : rows)
        keys.push_back(row.item.product_key);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].item.product_key = keys[group[i]];
}

} // namespace

std::string price_rows_sql(std::string_view customer) {
    return "SELECT p.product, p.model, coalesce(o.same_as, p.product_key), p.quantity, p.unit, "
           "p.currency, p.unit_price, p.incoterm, p.validity, p.quoted_at, p.direction, "
           "p.source_line, p.attachment_idx, m.sha256, coalesce(a.filename, ''), p.spec, "
           "p.status, p.previous_price, p.reference FROM price_items p "
           "JOIN messages m ON m.id = p.message_id "
           "LEFT JOIN attachments a ON a.message_id = p.message_id AND a.idx = p.attachment_idx "
           "LEFT JOIN product_key_overrides o ON o.customer_id = p.customer_id "
           "  AND o.product_key = p.product_key WHERE p.customer_id = " +
           std::string(customer) +
           " ORDER BY p.quoted_at IS NULL, p.quoted_at DESC, p.message_id DESC, p.id ASC";
}

namespace {

// rows[i] becomes what was rows[order[i]] (`order` a permutation), moving each row once.
void permute(std::vector<PriceRow>& rows, const std::vector<size_t>& order) {
    std::vector<bool> placed(rows.size(), false);
    for (size_t start = 0; start < rows.size(); ++start) {
        if (placed[start] || order[start] == start) continue;
        PriceRow first = std::move(rows[start]);
        size_t at = start;
        while (order[at] != start) {
            rows[at] = std::move(rows[order[at]]);
            placed[at] = true;
            at = order[at];
        }
        rows[at] = std::move(first);
        placed[at] = true;
    }
}

} // namespace

std::vector<PriceRow> price_list(std::vector<PriceRow> rows, const std::vector<PriceFix>& fixes) {
    date_resent_quotes(rows);
    unify_products(rows);
    apply_price_fixes(rows, fixes);
    std::set<std::string> seen;
    size_t current_rows = 0;
    for (PriceRow& row : rows) {
        // A row the rep marked as no price is never current: the product's earlier price is.
        bool no_price = row.fix && row.fix->not_a_price;
        row.current = !no_price && seen.insert(side_of(row.item)).second;
        current_rows += row.current ? 1 : 0;
    }
    // The current rows first, then the superseded ones, each in order: moved within `rows`,
    // not copied into other vectors (a customer's list can hold tens of thousands of rows of
    // over a kilobyte each, the largest block of memory an import holds).
    std::vector<size_t> order;
    order.reserve(rows.size());
    for (bool current : {true, false})
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].current == current) order.push_back(i);
    permute(rows, order);
    std::span<PriceRow> current = std::span(rows).first(current_rows);
    inherit_names(current, std::span(rows).subspan(current_rows));
    std::sort(current.begin(), current.end(), [](const PriceRow& a, const PriceRow& b) {
        return side_of(a.item) < side_of(b.item);
    });
    return rows;
}

Status write_extracted(IndexState& impl, int64_t message_row, const NewMessage& message) {
    return write_prices(impl, message_row, message);
}

Status Index::replace_prices(int64_t message_row, const parsers::Message& message,
                             const parsers::Classification& classification,
                             const std::vector<parsers::PriceItem>& prices) {
    auto remove = m_impl->statement("DELETE FROM price_items WHERE message_id = ?1");
    if (!remove) return error_of(remove);
    if (auto ok = (*remove)->bind(1, message_row).run(); !ok) return ok;
    NewMessage in;
    in.message = &message;
    in.classification = &classification;
    in.prices = &prices;
    return write_prices(*m_impl, message_row, in);
}

Result<std::vector<PriceRow>> Index::prices(const std::string& slug) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    // Latest quote wins: by message date, then by the order the quotes were recorded; within
    // one message the first row of a product wins (the base price before quantity tiers,
    // other incoterms and currencies).
    auto select = m_impl->statement(price_rows_sql("?1"));
    if (!select) return error_of(select);
    std::vector<PriceRow> rows;
    // Sized once: a row is over a kilobyte, and a vector grown by doubling holds its old and
    // new arrays at once (the largest block of memory an import holds). The count bounds the
    // rows read (the join drops none that has its message).
    auto count = m_impl->db.query_int("SELECT count(*) FROM price_items WHERE customer_id = " +
                                      std::to_string(*customer));
    if (count) rows.reserve(static_cast<size_t>(*count));
    (*select)->bind(1, *customer);
    Status status =
        for_each_row(**select, [&](const Statement& s) { rows.push_back(read_price_row(s)); });
    if (!status) return error_of(status);
    auto fixes = price_fixes(slug);
    if (!fixes) return error_of(fixes);
    return price_list(std::move(rows), *fixes);
}

Status Index::set_same_product(const std::string& slug, const std::string& key,
                               const std::string& same_as) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    return atomically(*m_impl, "set_same_product", [&]() -> Status {
        auto statement = m_impl->statement(
            key == same_as ? "DELETE FROM product_key_overrides WHERE customer_id = ?1 AND "
                             "product_key = ?2"
                           : "INSERT OR REPLACE INTO product_key_overrides (customer_id, "
                             "product_key, same_as) VALUES (?1, ?2, ?3)");
        if (!statement) return error_of(statement);
        Statement& s = **statement;
        s.bind(1, *customer).bind(2, key);
        if (key != same_as) s.bind(3, same_as);
        if (auto ok = s.run(); !ok) return ok;
        note(*m_impl, "same_product", {{"customer", slug}, {"key", key}, {"same_as", same_as}});
        return {};
    });
}

bool changes_earlier_prices(const NewMessage& in) {
    if (in.classification->kind != parsers::DocKind::price_notice) return false;
    std::string text = parsers::fresh_part(in.message->text);
    return !pricing::percent_change(text).empty() && !pricing::listed_references(text).empty();
}

// Each reference's new price is its latest earlier quoted price changed by the notice's
// percentage, found in the customer's list (the reference as product key, or within exactly
// one product's model). References the list does not know are left out.
std::vector<parsers::PriceItem> notice_changes(const std::vector<parsers::PriceItem>& earlier,
                                               const NewMessage& in) {
    std::vector<parsers::PriceItem> out;
    if (!changes_earlier_prices(in)) return out;
    std::string text = parsers::fresh_part(in.message->text);
    std::string percent = pricing::percent_change(text);
    std::vector<std::string> references = pricing::listed_references(text);
    for (const std::string& reference : references) {
        parsers::PriceItem named;
        named.model = reference;
        named.product_key = pricing::product_key(reference);
        pricing::Identity id = pricing::identity_of(named);
        const parsers::PriceItem* latest = nullptr;
        std::set<std::string> keys;
        for (const parsers::PriceItem& item : earlier)
            if (item.product_key == named.product_key ||
                pricing::names_within(id, pricing::identity_of(item))) {
                if (latest == nullptr) latest = &item;
                keys.insert(item.product_key);
            }
        if (latest == nullptr || (keys.size() > 1 && !keys.contains(named.product_key))) continue;
        auto price = pricing::apply_percent(latest->unit_price, percent);
        if (!price) continue;
        parsers::PriceItem item = *latest;
        item.unit_price = *price;
        item.previous_price = latest->unit_price;
        item.status = pricing::k_notice;
        item.line = reference + " " + (percent[0] == '-' ? "" : "+") + percent + " %";
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace mailclerk::store
