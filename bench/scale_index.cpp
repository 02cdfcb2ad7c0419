// scale_index: grows a benchmark index in place by replicating its messages inside SQLite, so a
// 1,000,000-message index takes minutes instead of a day of importing. See bench/README.md
// (today).
//
//   scale_index INDEX COPIES GROUPS [--no-search | --search-only]
//
// Tokenizing the copies' text is most of the time: --no-search leaves search_text to a later
// --search-only run (same COPIES and GROUPS), which fills in the copies it does not hold yet.
// INDEX is a copy of an imported index (never the original: it is rewritten). Copy j
// (1..COPIES-1) of every message gets a new id, sha256, Message-ID, In-Reply-To and thread key
// ("r<j>." prefixed, so threads stay threads within a copy), its date shifted by j * 37,813 s
// and wrapped into the base corpus's span (the density per day grows COPIES-fold, the span
// stays), and customer group g = j % GROUPS: groups 1.. are new customers (slug "<slug>-g<g>",
// domain "g<g><domain>", source 'roster', owner repN -> rep(N + 10 g)), so the directory grows
// GROUPS-fold and the reps 10-fold per group. External addresses move to the group's domains.
// Every table that refers to a message is copied (customers, addresses, files, attachments,
// sources, price items, the search text with its meta tokens); agenda_customers follows through
// schema 15's triggers. The archive files of the copies are not written: their message_files
// rows name paths that do not exist (`verify` reports them missing, as for the base index's
// messages outside the agenda's window).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "store/schema.hpp"
#include "store/search_meta.hpp"
#include "store/sqlite.hpp"

using namespace mailclerk;

namespace {

constexpr int64_t k_shift_seconds = 37'813;

struct Base {
    int64_t max_message = 0;
    int64_t max_customer = 0;
    int64_t max_attachment_rowid = 0;
    int64_t start = 0;
    int64_t span = 1;
};

// SQL expressions over the copy's parameters: ?1 copy j, ?2 message id offset, ?3 group g,
// ?4 customer id offset, ?5 date shift, ?6 corpus start, ?7 span.
std::string address_sql(const std::string& column, const std::string& own) {
    // An address outside our own domains moves to the group's customer (g0 keeps its own).
    return fmt::format("CASE WHEN ?3 = 0 OR instr({0}, '@') = 0 OR {0} LIKE '%@{1}' OR {0} LIKE "
                       "'%@{1}>' THEN {0} ELSE replace({0}, '@', '@g' || ?3) END",
                       column, own);
}

std::string id_sql(const std::string& column) {
    return fmt::format("CASE WHEN {0} = '' THEN '' ELSE 'r' || ?1 || '.' || {0} END", column);
}

std::string path_sql(const std::string& column) {
    // customers/<slug>/rest -> customers/<slug>-g<g>/rest; a file name gets ".r<j>" before .eml.
    std::string moved =
        fmt::format("CASE WHEN ?3 <> 0 AND {0} LIKE 'customers/%/%' THEN 'customers/' || "
                    "substr({0}, 11, instr(substr({0}, 11), '/') - 1) || '-g' || ?3 || "
                    "substr({0}, 10 + instr(substr({0}, 11), '/')) ELSE {0} END",
                    column);
    return fmt::format("CASE WHEN {0} LIKE '%.eml' THEN substr({0}, 1, length({0}) - 4) || '.r' "
                       "|| ?1 || '.eml' WHEN {0} LIKE '%/' OR {0} = '' THEN {0} ELSE {0} || '.r' "
                       "|| ?1 END",
                       moved);
}

std::string customer_sql(const std::string& column) {
    return fmt::format("({} + ?4)", column);
}

std::string date_sql(const std::string& column) {
    return fmt::format("CASE WHEN {0} IS NULL THEN NULL ELSE ?6 + (({0} - ?6 + ?5) % ?7) END",
                       column);
}

// The statements that copy every row of one copy, in dependency order.
std::vector<std::string> copy_statements(const Base& base, const std::string& own, bool search) {
    std::string in_base = fmt::format("BETWEEN 1 AND {}", base.max_message);
    std::vector<std::string> out;
    out.push_back(fmt::format(
        "INSERT INTO messages (id, sha256, message_id, in_reply_to, date, subject, from_addr, "
        "direction, kind, size, flags, thread_key, search_key, auto_reply, bulk) "
        "SELECT id + ?2, substr(sha256, 1, 48) || printf('%016x', id + ?2), {}, {}, {}, subject, "
        "{}, direction, kind, size, flags, {}, (max(coalesce({}, 0), 0) << 24) | ((id + ?2) & "
        "16777215), auto_reply, bulk FROM messages WHERE id {}",
        id_sql("message_id"), id_sql("in_reply_to"), date_sql("date"),
        address_sql("from_addr", own), id_sql("thread_key"), date_sql("date"), in_base));
    out.push_back(fmt::format("INSERT INTO message_customers (message_id, customer_id, reason, "
                              "participant, counterpart) SELECT message_id + ?2, {}, reason, {}, "
                              "{} FROM message_customers WHERE message_id {} ORDER BY rowid",
                              customer_sql("customer_id"), address_sql("participant", own),
                              address_sql("counterpart", own), in_base));
    out.push_back(fmt::format(
        "INSERT INTO message_addresses (message_id, role, address, name) SELECT message_id + ?2, "
        "role, {}, name FROM message_addresses WHERE message_id {} ORDER BY rowid",
        address_sql("address", own), in_base));
    out.push_back(fmt::format(
        "INSERT INTO message_files (message_id, customer_id, path) SELECT message_id + ?2, CASE "
        "WHEN customer_id IS NULL THEN NULL ELSE {} END, {} FROM message_files WHERE message_id "
        "{} ORDER BY rowid",
        customer_sql("customer_id"), path_sql("path"), in_base));
    out.push_back(fmt::format(
        "INSERT INTO message_sources (message_id, kind, account, folder, uidvalidity, uid) "
        "SELECT message_id + ?2, kind, account, folder, uidvalidity, uid FROM message_sources "
        "WHERE message_id {} ORDER BY rowid",
        in_base));
    // Attachments keep their rowid order (the search text's attachment column follows it).
    out.push_back(fmt::format(
        "INSERT INTO attachments (rowid, message_id, idx, sha256, filename, content_type, size, "
        "kind, path, text_flag, text_size) SELECT rowid + ?1 * {}, message_id + ?2, idx, sha256, "
        "filename, content_type, size, kind, {}, text_flag, text_size FROM attachments WHERE "
        "message_id {}",
        base.max_attachment_rowid, path_sql("path"), in_base));
    out.push_back(fmt::format(
        "INSERT INTO attachment_files (message_id, idx, path) SELECT message_id + ?2, idx, {} "
        "FROM attachment_files WHERE message_id {}",
        path_sql("path"), in_base));
    out.push_back(fmt::format(
        "INSERT INTO price_items (customer_id, message_id, attachment_idx, product, model, "
        "product_key, quantity, unit, currency, unit_price, incoterm, validity, quoted_at, "
        "direction, source_line, spec, status, previous_price, reference) SELECT {}, "
        "message_id + ?2, attachment_idx, product, model, product_key, quantity, unit, currency, "
        "unit_price, incoterm, validity, {}, direction, source_line, spec, status, "
        "previous_price, reference FROM price_items WHERE message_id {} ORDER BY id",
        customer_sql("customer_id"), date_sql("quoted_at"), in_base));
    if (search)
        out.push_back(fmt::format(
            "INSERT INTO search_text (rowid, subject, body, attachments, meta) SELECT "
            "m.search_key, t.subject, t.body, t.attachments, {} FROM messages m JOIN messages b "
            "ON b.id = m.id - ?2 JOIN search_text t ON t.rowid = b.search_key WHERE m.id BETWEEN "
            "?2 + 1 AND ?2 + {}",
            store::k_search_meta_sql, base.max_message));
    return out;
}

// The customers of group g: the base directory again under new slugs, domains and owners.
std::vector<std::string> group_statements() {
    return {
        "INSERT INTO customers (id, slug, name, category, grade, owner, source, contact, phone, "
        "notes) SELECT id + ?4, slug || '-g' || ?3, name || ' g' || ?3, category, grade, CASE "
        "WHEN owner GLOB 'rep[0-9]*' THEN 'rep' || (CAST(substr(owner, 4) AS INTEGER) + 10 * ?3) "
        "ELSE owner END, 'roster', contact, phone, notes FROM customers WHERE id <= ?8 AND "
        "merged_into IS NULL",
        "INSERT INTO customer_domains (customer_id, domain) SELECT customer_id + ?4, 'g' || ?3 || "
        "domain FROM customer_domains WHERE customer_id <= ?8",
        "INSERT INTO customer_addresses (customer_id, address) SELECT customer_id + ?4, "
        "replace(address, '@', '@g' || ?3) FROM customer_addresses WHERE customer_id <= ?8",
        "INSERT INTO contacts (customer_id, address, name, first_seen, last_seen, count_in, "
        "count_out, phone, title) SELECT customer_id + ?4, replace(address, '@', '@g' || ?3), "
        "name, first_seen, last_seen, count_in, count_out, phone, title FROM contacts WHERE "
        "customer_id <= ?8",
    };
}

Status run(store::Database& db, const std::string& sql, const std::vector<int64_t>& params) {
    auto stmt = db.prepare(sql);
    if (!stmt) return tl::unexpected(stmt.error());
    // Only the parameters a statement names are bound (binding another is an error).
    for (size_t i = 0; i < params.size(); ++i)
        if (sql.find("?" + std::to_string(i + 1)) != std::string::npos)
            stmt->bind(static_cast<int>(i + 1), params[i]);
    return stmt->run();
}

Result<Base> read_base(store::Database& db) {
    Base base;
    for (auto [sql, field] :
         {std::pair{"SELECT coalesce(max(id), 0) FROM messages", &base.max_message},
          {"SELECT coalesce(max(id), 0) FROM customers", &base.max_customer},
          {"SELECT coalesce(max(rowid), 0) FROM attachments", &base.max_attachment_rowid},
          {"SELECT coalesce(min(date), 0) FROM messages", &base.start}}) {
        auto value = db.query_int(sql);
        if (!value) return tl::unexpected(value.error());
        *field = *value;
    }
    auto end = db.query_int("SELECT coalesce(max(date), 0) FROM messages");
    if (!end) return tl::unexpected(end.error());
    base.span = *end - base.start + 1;
    return base;
}

int fail_with(const Error& error) {
    std::fprintf(stderr, "scale_index: %s\n", error.message.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool search = std::erase(args, std::string("--no-search")) == 0;
    bool search_only = std::erase(args, std::string("--search-only")) > 0;
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: scale_index INDEX COPIES GROUPS [--no-search]\n");
        return 2;
    }
    int64_t copies = std::atoll(args[1].c_str()), groups = std::atoll(args[2].c_str());
    if (copies < 1 || groups < 1 || groups > copies) return 2;
    auto db = store::Database::open(args[0]);
    if (!db) return fail_with(db.error());
    if (auto ok = store::prepare_schema(*db); !ok) return fail_with(ok.error());
    auto base = read_base(*db);
    if (!base) return fail_with(base.error());
    // The copies' rows are new and the index file is a scratch copy: no fsync per transaction.
    if (auto ok = db->exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144"); !ok)
        return fail_with(ok.error());
    // Incremental merges while copying cost more than the copies' own terms; FTS5 still merges
    // a level when it reaches crisismerge segments. Restored (FTS5's default) at the end.
    if (search && !db->exec("INSERT INTO search_text (search_text, rank) VALUES ('automerge', 0)"))
        return 1;
    const std::string own = "hengda-valves.com"; // the corpus's own domain (bench/search_corpus)
    auto statements = copy_statements(*base, own, search);
    if (search_only) {
        // The copies are there: the base is the first copy's worth of messages.
        base->max_message /= copies;
        statements = {copy_statements(*base, own, true).back()};
    }
    for (int64_t j = 1; j < copies; ++j) {
        int64_t g = j % groups;
        std::vector<int64_t> params{j,
                                    j * base->max_message,
                                    g,
                                    g * base->max_customer,
                                    j * k_shift_seconds,
                                    base->start,
                                    base->span,
                                    base->max_customer};
        if (search_only) {
            auto done = db->query_int(fmt::format(
                "SELECT count(*) FROM search_text WHERE rowid = (SELECT search_key FROM messages "
                "WHERE id = {})",
                j * base->max_message + 1));
            if (!done) return fail_with(done.error());
            if (*done > 0) continue;
        }
        if (auto ok = db->exec("BEGIN"); !ok) return fail_with(ok.error());
        if (j < groups && !search_only)
            for (const std::string& sql : group_statements())
                if (auto ok = run(*db, sql, params); !ok) return fail_with(ok.error());
        for (const std::string& sql : statements)
            if (auto ok = run(*db, sql, params); !ok) return fail_with(ok.error());
        if (auto ok = db->exec("COMMIT"); !ok) return fail_with(ok.error());
        std::fprintf(stderr, "copy %lld of %lld written\n", static_cast<long long>(j),
                     static_cast<long long>(copies - 1));
    }
    if (search && !db->exec("INSERT INTO search_text (search_text, rank) VALUES ('automerge', 4)"))
        return 1;
    if (auto ok = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !ok) return fail_with(ok.error());
    return 0;
}
