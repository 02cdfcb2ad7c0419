// PgIndex: the customer directory, its contacts and the roster's statistics, read as
// store/directory.cpp and store/roster.cpp read them from SQLite: the same rows in the same
// order (rowid and id orders kept by the copy, text by bytes as SQLite's BINARY collation).
// Changes to the directory are SQLite's alone for now: they are journaled into the archive,
// which a PostgreSQL index does not keep.
#include <unordered_map>

#include <fmt/format.h>

#include "store/directory_rows.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"

namespace mailclerk::store::pg {
namespace {

std::string customer_columns() {
    std::string out = "c.id";
    for (const auto& [column, field] : k_customer_fields)
        out += fmt::format(", c.{}", column);
    return out;
}

} // namespace

// One statement per list over all rows, as store/directory.cpp's fill_lists.
Result<std::vector<CustomerRow>> PgIndex::customer_rows(const std::string& where,
                                                        const std::optional<std::string>& key) {
    std::vector<std::optional<std::string>> params;
    if (key) params.push_back(*key);
    auto rows = m_db->query(fmt::format("SELECT {} FROM customers c {}", customer_columns(), where),
                            params);
    if (!rows) return tl::unexpected(rows.error());
    std::vector<CustomerRow> out(static_cast<size_t>(rows->count()));
    std::unordered_map<int64_t, CustomerRow*> by_id;
    std::vector<int64_t> ids;
    for (int r = 0; r < rows->count(); ++r) {
        CustomerRow& row = out[static_cast<size_t>(r)];
        row.id = rows->integer(r, 0);
        for (int i = 0; i < k_customer_field_count; ++i)
            row.*k_customer_fields[i].second = std::string(rows->text(r, i + 1));
        by_id.emplace(row.id, &row);
        ids.push_back(row.id);
    }
    if (ids.empty()) return out;
    for (auto [table, column, member] :
         {std::tuple{"customer_domains", "domain", &CustomerRow::domains},
          std::tuple{"customer_addresses", "address", &CustomerRow::addresses}}) {
        auto list =
            m_db->query(fmt::format("SELECT customer_id, {1} FROM {0} WHERE customer_id "
                                    "= ANY($1::bigint[]) ORDER BY customer_id, {1} COLLATE \"C\"",
                                    table, column),
                        {id_array(ids)});
        if (!list) return tl::unexpected(list.error());
        for (int r = 0; r < list->count(); ++r)
            if (auto row = by_id.find(list->integer(r, 0)); row != by_id.end())
                (row->second->*member).emplace_back(list->text(r, 1));
    }
    return out;
}

Result<std::vector<CustomerRow>> PgIndex::directory() {
    return customer_rows("WHERE c.merged_into IS NULL ORDER BY c.id", std::nullopt);
}

// By slug, former slug or name, a merged customer answering as the one it was merged into
// (store/directory.cpp).
Result<std::optional<CustomerRow>> PgIndex::find_customer(const std::string& slug_or_name) {
    for (const char* where :
         {"WHERE c.slug = $1",
          "WHERE c.id = (SELECT customer_id FROM customer_aliases WHERE slug = $1)",
          "WHERE lower(c.name) = lower($1) AND c.merged_into IS NULL ORDER BY c.id LIMIT 1"}) {
        auto rows = customer_rows(where, slug_or_name);
        if (!rows) return tl::unexpected(rows.error());
        if (rows->empty()) continue;
        auto merged = m_db->query("SELECT merged_into FROM customers WHERE id = $1",
                                  {std::to_string(rows->front().id)});
        if (!merged) return tl::unexpected(merged.error());
        if (merged->count() > 0 && !merged->is_null(0, 0)) {
            auto target = customer_rows("WHERE c.id = $1", std::to_string(merged->integer(0, 0)));
            if (!target) return tl::unexpected(target.error());
            if (!target->empty()) return std::optional<CustomerRow>(std::move(target->front()));
        }
        return std::optional<CustomerRow>(std::move(rows->front()));
    }
    return std::optional<CustomerRow>();
}

Result<std::vector<std::string>> PgIndex::customer_events(int64_t id) {
    return first_column("SELECT to_char(to_timestamp(at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') || '  ' "
                        "|| what FROM customer_events WHERE customer_id = $1 ORDER BY id",
                        {std::to_string(id)});
}

Result<std::vector<ContactRow>> PgIndex::contacts(const std::string& slug) {
    auto rows = m_db->query(
        "SELECT c.slug, k.address, k.name, k.first_seen, k.last_seen, k.count_in, k.count_out, "
        "k.phone, k.title FROM contacts k JOIN customers c ON c.id = k.customer_id "
        "WHERE ($1 = '' OR c.slug = $1) ORDER BY c.slug COLLATE \"C\", k.count_in + k.count_out "
        "DESC, k.address COLLATE \"C\"",
        {slug});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<ContactRow> out;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        out.push_back(ContactRow{text(0), text(1), text(2),
                                 rows->optional_integer(r, 3).value_or(0),
                                 rows->optional_integer(r, 4).value_or(0), rows->integer(r, 5),
                                 rows->integer(r, 6), text(7), text(8)});
    }
    return out;
}

// The matched mail counted per customer by count_roster_message, as store/roster.cpp does;
// the server groups the rows first, so one row per customer, direction, kind and date
// crosses the connection instead of one per message.
Result<std::vector<RosterStats>> PgIndex::roster() {
    auto customers = directory();
    if (!customers) return tl::unexpected(customers.error());
    std::unordered_map<int64_t, RosterStats> by_customer;
    auto messages = m_db->query(
        "SELECT mc.customer_id, m.direction, m.kind, m.date, count(*) FROM message_customers mc "
        "JOIN messages m ON m.id = mc.message_id GROUP BY 1, 2, 3, 4");
    if (!messages) return tl::unexpected(messages.error());
    for (int r = 0; r < messages->count(); ++r) {
        RosterStats& stats = by_customer[messages->integer(r, 0)];
        std::string direction(messages->text(r, 1));
        std::string kind(messages->text(r, 2));
        for (int64_t n = messages->integer(r, 4); n > 0; --n)
            count_roster_message(stats, direction, kind, messages->optional_integer(r, 3));
    }
    auto contacts = m_db->query("SELECT customer_id, count(*) FROM contacts GROUP BY customer_id");
    if (!contacts) return tl::unexpected(contacts.error());
    for (int r = 0; r < contacts->count(); ++r)
        by_customer[contacts->integer(r, 0)].contacts = contacts->integer(r, 1);
    return roster_of(std::move(*customers), std::move(by_customer));
}

Result<std::vector<UnmatchedMessage>> PgIndex::unmatched_messages() {
    auto rows =
        m_db->query("SELECT m.id, m.direction, m.kind, m.date, a.role, a.address FROM messages m "
                    "JOIN message_addresses a ON a.message_id = m.id WHERE NOT EXISTS "
                    "(SELECT 1 FROM message_customers mc WHERE mc.message_id = m.id) "
                    "AND m.direction <> 'internal' ORDER BY m.id, a.rowid");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<UnmatchedMessage> out;
    int64_t last = 0;
    for (int r = 0; r < rows->count(); ++r) {
        int64_t id = rows->integer(r, 0);
        if (out.empty() || id != last)
            out.push_back({std::string(rows->text(r, 1)),
                           std::string(rows->text(r, 2)),
                           rows->optional_integer(r, 3).value_or(0),
                           {}});
        last = id;
        out.back().addresses.emplace_back(rows->text(r, 4), rows->text(r, 5));
    }
    return out;
}

Result<std::vector<std::string>> PgIndex::ignored_candidates() {
    return first_column("SELECT domain FROM candidate_ignores ORDER BY domain COLLATE \"C\"");
}

Status PgIndex::sync_customers(const std::vector<CustomerRow>&) {
    return not_on_postgresql("syncing the directory through the reader");
}

Result<int64_t> PgIndex::save_customer(const CustomerRow&) {
    return not_on_postgresql("changing a customer (mailclerk customer add/edit, roster import)");
}

Status PgIndex::rename_customer(int64_t, const std::string&, const std::string&) {
    return not_on_postgresql("mailclerk customer rename");
}

Status PgIndex::merge_customers(int64_t, int64_t) {
    return not_on_postgresql("mailclerk customer merge");
}

Status PgIndex::add_customer_event(int64_t, const std::string&) {
    return not_on_postgresql("a customer's history line");
}

Status PgIndex::ignore_candidate(const std::string& domain) {
    // As SQLite's INSERT OR IGNORE: a domain ignored before keeps its first date.
    auto rows = m_db->query("INSERT INTO candidate_ignores (domain, since) VALUES ($1, "
                            "extract(epoch FROM now())::bigint) ON CONFLICT DO NOTHING",
                            {domain});
    if (!rows) return tl::unexpected(rows.error());
    return {};
}

} // namespace mailclerk::store::pg
