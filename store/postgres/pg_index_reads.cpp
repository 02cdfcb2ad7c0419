// PgIndex: the reads beside search (history, the roster's counts, price lists, one product
// across customers), and the write PostgreSQL cannot do yet.
#include <charconv>
#include <map>

#include "store/attachment_probe.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/price_row_reader.hpp"

namespace mailclerk::store::pg {
namespace {

// A row of price_rows_sql, read as store/index_prices.cpp reads it from SQLite.
PriceRow price_row(const Rows& rows, int r) {
    return read_price_columns([&](int column) { return std::string(rows.text(r, column)); },
                              [&](int column) { return rows.optional_integer(r, column); });
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
        attachments[names->integer(r, 0)].emplace_back(names->text(r, 1));
    std::vector<HistoryEvent> events;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        events.push_back(HistoryEvent{rows->optional_integer(r, 1).value_or(0), text(2), text(3),
                                      text(4), text(5), attachments[rows->integer(r, 0)], text(6),
                                      text(7)});
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
                                      std::string(rows->text(r, 2)), rows->integer(r, 3),
                                      rows->optional_integer(r, 4).value_or(0),
                                      rows->optional_integer(r, 5).value_or(0)});
    return out;
}

Result<int64_t> PgIndex::message_count() {
    auto rows = m_db->query("SELECT count(*) FROM messages");
    if (!rows) return tl::unexpected(rows.error());
    return rows->integer(0, 0);
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
        "SELECT product_key, side, sha256, unit_price, currency, unit, not_a_price, fixed_at, "
        "column_from, column_to FROM price_fixes WHERE customer_id = $1 ORDER BY product_key "
        "COLLATE \"C\", side COLLATE \"C\"",
        {std::to_string(customer)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<PriceFix> out;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        out.push_back(PriceFix{slug,
                               text(0),
                               text(1),
                               text(2),
                               text(3),
                               text(4),
                               text(5),
                               rows->integer(r, 6) != 0,
                               rows->integer(r, 7),
                               {text(8), text(9)}});
    }
    return out;
}

Result<std::vector<PriceFix>> PgIndex::price_fixes(const std::string& slug) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    return price_fixes(slug, *customer);
}

// As Index::fix_price, without the journal: the database's CHECK refuses a side other than
// quote or agreed.
Status PgIndex::fix_price(const PriceFix& fix) {
    auto customer = customer_id(fix.slug);
    if (!customer) return tl::unexpected(customer.error());
    auto written = m_db->query(
        "INSERT INTO price_fixes (customer_id, product_key, side, sha256, unit_price, currency, "
        "unit, not_a_price, fixed_at, column_from, column_to) VALUES ($1, $2, $3, $4, $5, $6, "
        "$7, $8, $9, $10, $11) ON CONFLICT (customer_id, product_key, side) DO UPDATE SET "
        "sha256 = excluded.sha256, unit_price = excluded.unit_price, currency = "
        "excluded.currency, unit = excluded.unit, not_a_price = excluded.not_a_price, fixed_at = "
        "excluded.fixed_at, column_from = excluded.column_from, column_to = excluded.column_to",
        {std::to_string(*customer), fix.product_key, fix.side, fix.sha256, fix.unit_price,
         fix.currency, fix.unit, fix.not_a_price ? "1" : "0", std::to_string(fix.fixed_at),
         fix.column.from, fix.column.to});
    if (!written) return tl::unexpected(written.error());
    return {};
}

Result<bool> PgIndex::unfix_price(const std::string& slug, const std::string& key,
                                  const std::string& side) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    auto removed = m_db->query("DELETE FROM price_fixes WHERE customer_id = $1 AND product_key = "
                               "$2 AND side = $3 RETURNING 1",
                               {std::to_string(*customer), key, side});
    if (!removed) return tl::unexpected(removed.error());
    return removed->count() > 0;
}

// As Index::column_choices.
Result<std::map<std::string, std::vector<parsers::ColumnChoice>>> PgIndex::column_choices() {
    auto rows = m_db->query(
        "SELECT c.slug, f.column_from, f.column_to FROM price_fixes f JOIN customers c ON c.id = "
        "f.customer_id WHERE f.column_from <> '' AND f.not_a_price = 0 ORDER BY f.fixed_at DESC");
    if (!rows) return tl::unexpected(rows.error());
    std::map<std::string, std::vector<parsers::ColumnChoice>> choices;
    for (int r = 0; r < rows->count(); ++r)
        choices[std::string(rows->text(r, 0))].push_back(
            {std::string(rows->text(r, 1)), std::string(rows->text(r, 2))});
    return choices;
}

Result<std::vector<std::pair<int64_t, std::string>>>
PgIndex::priced_messages(const std::string& slug) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    auto rows = m_db->query(
        "SELECT m.id, m.sha256 FROM messages m WHERE m.id IN (SELECT message_id FROM price_items "
        "WHERE customer_id = $1) ORDER BY m.date IS NULL, m.date, m.id",
        {std::to_string(*customer)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<std::pair<int64_t, std::string>> out;
    for (int r = 0; r < rows->count(); ++r)
        out.emplace_back(rows->integer(r, 0), std::string(rows->text(r, 1)));
    return out;
}

// Ordered by rowid: the order the files were recorded in, as SQLite's rowid gives it.
Result<std::vector<std::string>> PgIndex::mail_paths(const std::string& sha256) {
    return first_column("SELECT f.path FROM message_files f JOIN messages m ON m.id = "
                        "f.message_id WHERE m.sha256 = $1 ORDER BY f.rowid",
                        {sha256});
}

// As Index::set_same_product: KEY=KEY removes the override. Written to the database only (the
// SQLite index also journals it into the archive, which a PostgreSQL index does not keep).
Status PgIndex::set_same_product(const std::string& slug, const std::string& key,
                                 const std::string& same_as) {
    auto customer = customer_id(slug);
    if (!customer) return tl::unexpected(customer.error());
    std::string id = std::to_string(*customer);
    auto written =
        key == same_as
            ? m_db->query("DELETE FROM product_key_overrides WHERE customer_id = $1 AND "
                          "product_key = $2",
                          {id, key})
            : m_db->query("INSERT INTO product_key_overrides (customer_id, product_key, same_as) "
                          "VALUES ($1, $2, $3) ON CONFLICT (customer_id, product_key) DO UPDATE "
                          "SET same_as = excluded.same_as",
                          {id, key, same_as});
    if (!written) return tl::unexpected(written.error());
    return {};
}

Result<std::string> PgIndex::price_version(int64_t customer_id) {
    // As Index::price_version: count and newest row of the items, the overrides, the fixes.
    auto rows = m_db->query(
        "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM price_items WHERE "
        "customer_id = $1) || ':' || coalesce((SELECT string_agg(product_key || '=' || same_as, "
        "',' ORDER BY product_key COLLATE \"C\") FROM product_key_overrides WHERE customer_id = "
        "$1), '') || ':' || coalesce((SELECT string_agg(product_key || side || fixed_at, ',' "
        "ORDER BY product_key COLLATE \"C\", side COLLATE \"C\") FROM price_fixes WHERE "
        "customer_id = $1), '')",
        {std::to_string(customer_id)});
    if (!rows) return tl::unexpected(rows.error());
    return std::string(rows->text(0, 0));
}

Result<std::vector<ProductPrice>> PgIndex::product_prices(const std::string& query, size_t limit) {
    // The candidates as store/product_prices.cpp selects them from SQLite (strpos for instr).
    auto candidates = [&](const std::string& narrow) -> Result<std::vector<ProductHolder>> {
        auto rows = m_db->query(
            "SELECT DISTINCT c.id, c.slug, c.name FROM price_items p "
            "JOIN customers c ON c.id = p.customer_id AND c.merged_into IS NULL "
            "LEFT JOIN product_key_overrides o ON o.customer_id = p.customer_id "
            "  AND o.product_key = p.product_key "
            "WHERE strpos(p.product_key, $1) > 0 OR strpos(coalesce(o.same_as, ''), $1) > 0 "
            "  OR strpos(lower(replace(p.product, ' ', '')), $1) > 0 "
            "  OR strpos(lower(replace(p.model, ' ', '')), $1) > 0 "
            "ORDER BY c.id",
            {narrow});
        if (!rows) return tl::unexpected(rows.error());
        std::vector<ProductHolder> out;
        for (int r = 0; r < rows->count(); ++r)
            out.push_back(ProductHolder{rows->integer(r, 0), std::string(rows->text(r, 1)),
                                        std::string(rows->text(r, 2))});
        return out;
    };
    auto message_row = [&](const std::string& sha256) -> Result<int64_t> {
        auto rows = m_db->query("SELECT id FROM messages WHERE sha256 = $1", {sha256});
        if (!rows) return tl::unexpected(rows.error());
        return rows->count() ? rows->integer(0, 0) : 0;
    };
    return store::product_prices(query, limit, ProductSource{candidates, *this, message_row});
}

} // namespace mailclerk::store::pg
