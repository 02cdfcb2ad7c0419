// PgIndex: the reads beside search (history, the roster's counts, price lists), and those
// PostgreSQL cannot answer yet.
#include <charconv>
#include <map>

#include "store/attachment_probe.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/price_row_reader.hpp"

namespace mailclerk::store::pg {
namespace {

int64_t number(std::string_view text) {
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::optional<int64_t> optional_number(const Rows& rows, int row, int column) {
    if (rows.is_null(row, column)) return std::nullopt;
    return number(rows.text(row, column));
}

// A row of price_rows_sql, read as store/index_prices.cpp reads it from SQLite.
PriceRow price_row(const Rows& rows, int r) {
    return read_price_columns([&](int column) { return std::string(rows.text(r, column)); },
                              [&](int column) { return optional_number(rows, r, column); });
}

} // namespace

Result<std::vector<HistoryEvent>> PgIndex::history(const std::string& slug) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    std::string id = std::to_string(*customer);
    // SQLite sorts a NULL date first; so does this. The path under this customer's folder
    // when there is one.
    auto rows = m_db->query(
        "SELECT m.id, m.date, m.direction, m.subject, mc.counterpart, m.kind, m.sha256, "
        "coalesce((SELECT path FROM message_files f WHERE f.message_id = m.id AND "
        "f.customer_id = $1 ORDER BY f.rowid LIMIT 1), (SELECT path FROM message_files f WHERE "
        "f.message_id = m.id ORDER BY f.rowid LIMIT 1), '') "
        "FROM message_customers mc JOIN messages m ON m.id = mc.message_id "
        "WHERE mc.customer_id = $1 ORDER BY m.date NULLS FIRST, m.id",
        {id});
    if (!rows) return tl::unexpected(rows.error());
    auto names = m_db->query(
        "SELECT message_id, CASE WHEN filename <> '' THEN filename ELSE 'attachment-' || "
        "(idx + 1) END FROM attachments WHERE message_id IN (SELECT message_id FROM "
        "message_customers WHERE customer_id = $1) ORDER BY message_id, idx",
        {id});
    if (!names) return tl::unexpected(names.error());
    std::map<int64_t, std::vector<std::string>> attachments;
    for (int r = 0; r < names->count(); ++r)
        attachments[number(names->text(r, 0))].emplace_back(names->text(r, 1));
    std::vector<HistoryEvent> events;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        events.push_back(HistoryEvent{optional_number(*rows, r, 1).value_or(0), text(2), text(3),
                                      text(4), text(5), attachments[number(rows->text(r, 0))],
                                      text(6), text(7)});
    }
    return events;
}

Result<std::vector<CustomerSummary>> PgIndex::customers() {
    // Slugs in byte order, as SQLite's BINARY collation gives them whatever the database's.
    auto rows = m_db->query(
        "SELECT c.slug, c.name, c.category, count(m.id), "
        "max(CASE WHEN m.direction = 'inbound' THEN m.date END), "
        "max(CASE WHEN m.direction = 'outbound' THEN m.date END) "
        "FROM customers c LEFT JOIN message_customers mc ON mc.customer_id = c.id "
        "LEFT JOIN messages m ON m.id = mc.message_id GROUP BY c.id ORDER BY c.slug COLLATE \"C\"");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<CustomerSummary> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(CustomerSummary{std::string(rows->text(r, 0)), std::string(rows->text(r, 1)),
                                      std::string(rows->text(r, 2)), number(rows->text(r, 3)),
                                      optional_number(*rows, r, 4).value_or(0),
                                      optional_number(*rows, r, 5).value_or(0)});
    return out;
}

Result<int64_t> PgIndex::message_count() {
    auto rows = m_db->query("SELECT count(*) FROM messages");
    if (!rows) return tl::unexpected(rows.error());
    return number(rows->text(0, 0));
}

Result<std::vector<PriceRow>> PgIndex::prices(const std::string& slug) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    auto rows = m_db->query(price_rows_sql("$1"), {std::to_string(*customer)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<PriceRow> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(price_row(*rows, r));
    auto fixes = price_fixes(slug, *customer);
    if (!fixes) return tl::unexpected(fixes.error());
    return price_list(std::move(out), *fixes);
}

// The rep's corrections of the customer's rows (`mailclerk prices fix`), as Index::price_fixes
// reads them from SQLite.
Result<std::vector<PriceFix>> PgIndex::price_fixes(const std::string& slug, int64_t customer) {
    auto rows = m_db->query(
        "SELECT product_key, side, sha256, unit_price, currency, unit, not_a_price, fixed_at "
        "FROM price_fixes WHERE customer_id = $1 ORDER BY product_key COLLATE \"C\", side "
        "COLLATE \"C\"",
        {std::to_string(customer)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<PriceFix> out;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        out.push_back(PriceFix{slug, text(0), text(1), text(2), text(3), text(4), text(5),
                               number(rows->text(r, 6)) != 0, number(rows->text(r, 7))});
    }
    return out;
}

Result<std::optional<MessageDetail>> PgIndex::message_detail(int64_t) {
    return not_on_postgresql("reading one message");
}

Result<std::vector<TimelineEntry>> PgIndex::timeline(int64_t, int64_t) {
    return not_on_postgresql("a customer's timeline");
}

Result<std::vector<DocumentRow>> PgIndex::documents(int64_t, int64_t) {
    return not_on_postgresql("a customer's documents");
}

Result<std::vector<SourceRef>> PgIndex::sources_of(const std::string&) {
    return not_on_postgresql("where a message was found");
}

Result<std::vector<IndexedFile>> PgIndex::files() {
    return not_on_postgresql("the index's file list (verify)");
}

Status PgIndex::set_same_product(const std::string&, const std::string&, const std::string&) {
    return not_on_postgresql("prices --same-product");
}

Result<std::string> PgIndex::price_version(int64_t) {
    return not_on_postgresql("the price list's version");
}

Result<std::vector<ProductPrice>> PgIndex::product_prices(const std::string&, size_t) {
    return not_on_postgresql("product prices");
}

} // namespace mailclerk::store::pg
