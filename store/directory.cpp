// Index: the customer directory beyond the config (commands, roster imports, renames, merges).
// Every change is journaled (store/journal_note.hpp) as the one record that redoes it.
#include <iterator>
#include <tuple>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "store/directory_rows.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {
namespace {

// The fields as `pattern` writes each ({column}: its name, {n}: its parameter number), joined
// by ", ": "c.{column}", "{column} = ?{n}".
std::string field_list(std::string_view pattern) {
    std::string out;
    for (int i = 0; i < k_customer_field_count; ++i) {
        if (i > 0) out += ", ";
        out += fmt::format(fmt::runtime(pattern), fmt::arg("column", k_customer_fields[i].first),
                           fmt::arg("n", i + 1));
    }
    return out;
}

CustomerRow read_row(Statement& s) {
    CustomerRow row;
    row.id = s.column_int64(0);
    for (int i = 0; i < k_customer_field_count; ++i)
        row.*k_customer_fields[i].second = s.column_text(i + 1);
    return row;
}

// One statement for each list over all rows (their ids as a JSON array): the directory of a
// large company has thousands of customers, and a statement per customer outside a transaction
// takes and drops the file's lock each time, at every command's start (issue 20).
Status fill_lists(Database& db, std::vector<CustomerRow>& rows) {
    if (rows.empty()) return {};
    std::string ids = "[";
    std::unordered_map<int64_t, CustomerRow*> by_id;
    for (CustomerRow& row : rows) {
        ids += (ids.size() > 1 ? "," : "") + std::to_string(row.id);
        by_id.emplace(row.id, &row);
    }
    ids += "]";
    for (auto [table, column, member] :
         {std::tuple{"customer_domains", "domain", &CustomerRow::domains},
          std::tuple{"customer_addresses", "address", &CustomerRow::addresses}}) {
        auto list = db.prepare(fmt::format("SELECT t.customer_id, t.{1} FROM json_each(?1) j "
                                           "JOIN {0} t ON t.customer_id = j.value ORDER BY 1, 2",
                                           table, column));
        if (!list) return error_of(list);
        // Captured by copy under a name of its own: clang before 16 cannot capture a
        // structured binding, and the fuzz build uses Debian's clang 14.
        auto ok = for_each_row(list->bind(1, ids), [&, field = member](Statement& s) {
            if (auto row = by_id.find(s.column_int64(0)); row != by_id.end())
                (row->second->*field).push_back(s.column_text(1));
        });
        if (!ok) return ok;
    }
    return {};
}

} // namespace

Result<std::vector<CustomerRow>> customer_rows(Database& db, const std::string& where,
                                               const std::string& key) {
    auto stmt =
        db.prepare("SELECT c.id, " + field_list("c.{column}") + " FROM customers c " + where);
    if (!stmt) return error_of(stmt);
    if (!key.empty()) stmt->bind(1, key);
    std::vector<CustomerRow> rows;
    auto ok = for_each_row(*stmt, [&](Statement& s) { rows.push_back(read_row(s)); });
    if (!ok) return error_of(ok);
    if (auto filled = fill_lists(db, rows); !filled) return error_of(filled);
    return rows;
}

Status write_customer_lists(Database& db, int64_t id, const CustomerRow& row) {
    for (auto [table, column, values] :
         {std::tuple{"customer_domains", "domain", &row.domains},
          std::tuple{"customer_addresses", "address", &row.addresses}}) {
        auto erase = db.prepare(std::string("DELETE FROM ") + table + " WHERE customer_id = ?1");
        if (!erase) return error_of(erase);
        if (auto ok = erase->bind(1, id).run(); !ok) return ok;
        auto insert = db.prepare(std::string("INSERT OR IGNORE INTO ") + table + " (customer_id, " +
                                 column + ") VALUES (?1, ?2)");
        if (!insert) return error_of(insert);
        for (const std::string& value : *values)
            if (auto ok = insert->bind(1, id).bind(2, value).run(); !ok) return ok;
    }
    return {};
}

namespace {

// Insert (id 0) or update the row with its lists; returns the id. Not journaled: each caller
// journals the change it makes (a rename is one record, not a save and an alias).
Result<int64_t> write_customer(Database& db, const CustomerRow& c) {
    int64_t id = c.id;
    auto taken = db.prepare("SELECT id FROM customers WHERE slug = ?1 AND id <> ?2 UNION "
                            "SELECT customer_id FROM customer_aliases WHERE slug = ?1 AND "
                            "customer_id <> ?2");
    if (!taken) return error_of(taken);
    bool clash = false;
    auto ok = for_each_row(taken->bind(1, c.slug).bind(2, id), [&](Statement&) { clash = true; });
    if (!ok) return error_of(ok);
    if (clash)
        return fail(ErrorCode::usage, "the slug '" + c.slug + "' belongs to another customer",
                    "choose another --slug, or merge the two customers");
    auto write =
        db.prepare(id == 0 ? "INSERT INTO customers (" + field_list("{column}") + ") VALUES (" +
                                 field_list("?{n}") + ")"
                           : "UPDATE customers SET " + field_list("{column} = ?{n}") +
                                 fmt::format(" WHERE id = ?{}", k_customer_field_count + 1));
    if (!write) return error_of(write);
    for (int i = 0; i < k_customer_field_count; ++i)
        write->bind(i + 1, c.*k_customer_fields[i].second);
    if (id != 0) write->bind(k_customer_field_count + 1, id);
    if (auto ran = write->run(); !ran) return error_of(ran);
    if (id == 0) id = db.last_insert_rowid();
    if (auto ran = write_customer_lists(db, id, c); !ran) return error_of(ran);
    return id;
}

// A line of the customer's history at impl.now(); the same line at the same time is recorded
// once (replaying the journal twice leaves one).
Status insert_event(IndexState& impl, int64_t id, const std::string& what) {
    auto insert = impl.statement(
        "INSERT INTO customer_events (customer_id, at, what) SELECT ?1, ?2, ?3 WHERE NOT EXISTS "
        "(SELECT 1 FROM customer_events WHERE customer_id = ?1 AND at = ?2 AND what = ?3)");
    if (!insert) return error_of(insert);
    return (*insert)->bind(1, id).bind(2, impl.now()).bind(3, what).run();
}

} // namespace

Result<std::vector<CustomerRow>> Index::directory() {
    return customer_rows(m_impl->db, "WHERE c.merged_into IS NULL ORDER BY c.id", "");
}

Result<std::optional<CustomerRow>> Index::find_customer(const std::string& slug_or_name) {
    Database& db = m_impl->db;
    for (const char* where :
         {"WHERE c.slug = ?1",
          "WHERE c.id = (SELECT customer_id FROM customer_aliases WHERE slug = ?1)",
          "WHERE lower(c.name) = lower(?1) AND c.merged_into IS NULL ORDER BY c.id LIMIT 1"}) {
        auto rows = customer_rows(db, where, slug_or_name);
        if (!rows) return error_of(rows);
        if (rows->empty()) continue;
        CustomerRow row = std::move(rows->front());
        // A merged customer answers as the one it was merged into.
        auto merged = db.prepare("SELECT merged_into FROM customers WHERE id = ?1");
        if (!merged) return error_of(merged);
        std::optional<int64_t> into;
        auto ok = for_each_row(merged->bind(1, row.id),
                               [&](Statement& s) { into = s.column_optional(0); });
        if (!ok) return error_of(ok);
        if (into) {
            auto target = customer_rows(db, "WHERE c.id = ?1", std::to_string(*into));
            if (!target) return error_of(target);
            if (!target->empty()) return std::optional<CustomerRow>(std::move(target->front()));
        }
        return std::optional<CustomerRow>(std::move(row));
    }
    return std::optional<CustomerRow>();
}

Result<int64_t> Index::save_customer(const CustomerRow& c) {
    int64_t id = c.id;
    auto status = atomically(*m_impl, "save_customer", [&]() -> Status {
        auto written = write_customer(m_impl->db, c);
        if (!written) return error_of(written);
        id = *written;
        note(*m_impl, "customer", customer_fields(c));
        return {};
    });
    if (!status) return error_of(status);
    return id;
}

Status Index::rename_customer(int64_t id, const std::string& new_slug,
                              const std::string& new_name) {
    return atomically(*m_impl, "rename_customer", [&]() -> Status {
        Database& db = m_impl->db;
        auto old = customer_rows(db, "WHERE c.id = ?1", std::to_string(id));
        if (!old) return error_of(old);
        if (old->empty()) return fail(ErrorCode::not_found, "no customer #" + std::to_string(id));
        CustomerRow row = std::move(old->front());
        std::string old_slug = row.slug;
        row.slug = new_slug;
        row.name = new_name;
        if (auto saved = write_customer(db, row); !saved) return error_of(saved);
        note(*m_impl, "rename", {{"from", old_slug}, {"to", new_slug}, {"name", new_name}});
        if (old_slug == new_slug) return {};
        auto alias = db.prepare("INSERT OR REPLACE INTO customer_aliases (slug, customer_id, "
                                "since) VALUES (?1, ?2, ?3)");
        if (!alias) return error_of(alias);
        if (auto ok = alias->bind(1, old_slug).bind(2, id).bind(3, m_impl->now()).run(); !ok)
            return ok;
        // Paths are "customers/<slug>/...": swap the prefix in every table that records one.
        std::string from = "customers/" + old_slug + "/", to = "customers/" + new_slug + "/";
        for (const char* table : {"message_files", "attachment_files", "attachments"}) {
            auto update = db.prepare(std::string("UPDATE ") + table +
                                     " SET path = ?2 || substr(path, length(?1) + 1) "
                                     "WHERE substr(path, 1, length(?1)) = ?1");
            if (!update) return error_of(update);
            if (auto ok = update->bind(1, from).bind(2, to).run(); !ok) return ok;
        }
        return insert_event(*m_impl, id, "renamed from '" + old_slug + "' to '" + new_slug + "'");
    });
}

Status Index::merge_customers(int64_t from, int64_t into) {
    if (from == into) return fail(ErrorCode::usage, "a customer cannot be merged into itself");
    return atomically(*m_impl, "merge_customers", [&]() -> Status {
        Database& db = m_impl->db;
        const char* steps[] = {
            "INSERT OR IGNORE INTO customer_domains (customer_id, domain) "
            "SELECT ?2, domain FROM customer_domains WHERE customer_id = ?1",
            "INSERT OR IGNORE INTO customer_addresses (customer_id, address) "
            "SELECT ?2, address FROM customer_addresses WHERE customer_id = ?1",
            "DELETE FROM customer_domains WHERE customer_id = ?1",
            "DELETE FROM customer_addresses WHERE customer_id = ?1",
            "UPDATE customers SET merged_into = ?2 WHERE id = ?1 OR merged_into = ?1",
            "UPDATE customer_aliases SET customer_id = ?2 WHERE customer_id = ?1",
            "INSERT OR REPLACE INTO customer_aliases (slug, customer_id, since) "
            "SELECT slug, ?2, ?3 FROM customers WHERE id = ?1"};
        for (const char* sql : steps) {
            auto stmt = db.prepare(sql);
            if (!stmt) return error_of(stmt);
            stmt->bind(1, from).bind(2, into);
            if (std::string_view(sql).find("?3") != std::string_view::npos)
                stmt->bind(3, m_impl->now());
            if (auto ok = stmt->run(); !ok) return ok;
        }
        auto slug = slug_of(*m_impl, from);
        if (!slug) return error_of(slug);
        auto into_slug = slug_of(*m_impl, into);
        if (!into_slug) return error_of(into_slug);
        note(*m_impl, "merge", {{"from", *slug}, {"into", *into_slug}});
        return insert_event(*m_impl, into, "merged '" + *slug + "'");
    });
}

Status Index::add_customer_event(int64_t id, const std::string& what) {
    return atomically(*m_impl, "add_customer_event", [&]() -> Status {
        if (auto ok = insert_event(*m_impl, id, what); !ok) return ok;
        auto slug = slug_of(*m_impl, id);
        if (!slug) return error_of(slug);
        note(*m_impl, "event", {{"customer", *slug}, {"what", what}});
        return {};
    });
}

Result<std::vector<std::string>> Index::customer_events(int64_t id) {
    return text_column(m_impl->db,
                       "SELECT strftime('%Y-%m-%d', at, 'unixepoch') || '  ' || what FROM "
                       "customer_events WHERE customer_id = ?1 ORDER BY id",
                       id);
}

} // namespace mailclerk::store
