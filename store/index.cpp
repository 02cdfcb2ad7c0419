// Index: opening, transactions and the customer directory. Writing messages is in
// index_write.cpp, queries in index_query.cpp.
#include <algorithm>
#include <chrono>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>

#include <unistd.h>

#include "common/file_io.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"
#include "store/schema.hpp"

namespace mailclerk::store {

Result<Statement*> IndexState::statement(const std::string& sql) {
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto prepared = db.prepare(sql);
        if (!prepared) return error_of(prepared);
        it = statements.emplace(sql, std::move(*prepared)).first;
    }
    it->second.reset();
    return &it->second;
}

Result<int64_t> IndexState::customer_id(const std::string& slug, bool create) {
    if (auto it = customer_ids.find(slug); it != customer_ids.end()) return it->second;
    auto select = statement("SELECT id FROM customers WHERE slug = ?1");
    if (!select) return error_of(select);
    (*select)->bind(1, slug);
    auto row = (*select)->step();
    if (!row) return error_of(row);
    int64_t id = 0;
    if (*row) {
        id = (*select)->column_int64(0);
        (*select)->reset();
    } else {
        if (!create) return fail(ErrorCode::not_found, "no customer '" + slug + "'");
        auto insert = statement("INSERT INTO customers (slug, name, category, source) "
                                "VALUES (?1, ?1, 'prospect', 'auto')");
        if (!insert) return error_of(insert);
        if (auto ok = (*insert)->bind(1, slug).run(); !ok) return error_of(ok);
        id = db.last_insert_rowid();
    }
    customer_ids.emplace(slug, id);
    return id;
}

Index::Index(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;
Index::~Index() = default;

namespace {

bool missing_or_empty(const std::filesystem::path& path) {
    std::error_code ec;
    return !std::filesystem::exists(path, ec) || std::filesystem::file_size(path, ec) == 0;
}

// A journal is started, once, from the state of the index it is kept beside (an archive
// written before mailclerk kept journals): under the write lock, so that nothing commits
// between the snapshot and the first record.
Status start_journal(IndexState& impl) {
    if (impl.journal->started()) return {};
    if (auto begun = impl.db.exec("BEGIN IMMEDIATE"); !begun) return begun;
    Status status;
    if (!impl.journal->started())
        status = impl.journal->start([&](const std::function<Status(std::string)>& emit) {
            return write_snapshot(impl, emit);
        });
    if (status) return impl.committed(impl.db.exec("COMMIT"));
    (void)impl.db.exec("ROLLBACK");
    return status;
}

} // namespace

namespace {

// The cheap checks of store/health.hpp, through the connection's own file handle.
//
// A checkpoint by another process writes page 1, with the new page count, before the pages
// after it, so the raw file of a WAL database can for a moment count pages it does not yet
// hold. A file cut short stays short: the check is repeated for a while (about 2.5 s in all)
// before it is believed, and only a WAL database, the only kind a checkpoint grows, is waited
// for.
Status check_header(Database& db, const std::filesystem::path& path) {
    Status whole;
    for (int wait_ms = 10;; wait_ms *= 2) {
        auto head = db.file_head(100);
        if (!head) return error_of(head);
        whole = check_index_header(path, head->bytes, head->size);
        bool wal = head->bytes.size() > 18 && head->bytes[18] == 2;
        if (whole || !wal || wait_ms > 1280) return whole;
        std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    }
}

} // namespace

Result<Index> Index::open(const std::filesystem::path& path, const IndexOptions& options) {
    if (auto ok = make_directories(path.parent_path()); !ok) return error_of(ok);
    // A writer on a read-only filesystem is told so by name, not by SQLite's "unable to open
    // database file" at its first write.
    if (::access(path.parent_path().c_str(), W_OK) != 0 && is_storage_errno(errno))
        return file_error("cannot write into", path.parent_path(), errno);
    auto journal = options.journal.empty() ? nullptr : std::make_unique<Journal>(options.journal);
    if (journal && journal->started() && missing_or_empty(path))
        return fail(ErrorCode::corrupt,
                    "the index " + path.string() + " is missing, though the archive's journal (" +
                        options.journal.string() + ") shows that it existed",
                    "run `mailclerk reindex`: it rebuilds the index from the archive (mail files "
                    "and journal)");
    auto db = Database::open(path);
    if (!db) return error_of(db);
    if (auto whole = check_header(*db, path); !whole) return error_of(whole);
    if (auto ok = prepare_schema(*db); !ok) return error_of(ok);
    auto impl = std::make_unique<Impl>(std::move(*db));
    if (journal) {
        impl->keep_journal(std::move(journal));
        if (auto ok = start_journal(*impl); !ok) return error_of(ok);
    }
    return Index(std::move(impl));
}

namespace {

// A reader's connection (open_read_only, open_sessions): checked, prepared by `prepare`
// (store/schema.hpp) and tuned for reading.
Result<Database> reader_connection(Result<Database> db, const std::filesystem::path& path,
                                   Status (*prepare)(Database&)) {
    if (!db) return db;
    if (auto whole = check_header(*db, path); !whole) return error_of(whole);
    if (auto ok = prepare(*db); !ok) return error_of(ok);
    if (auto ok = db->exec(k_read_tuning); !ok) return error_of(ok);
    return db;
}

} // namespace

Result<Index> Index::open_read_only(const std::filesystem::path& path) {
    auto db = reader_connection(Database::open_read_only(path), path, prepare_read_only);
    if (!db) return error_of(db);
    Index index(std::make_unique<Impl>(std::move(*db)));
    index.m_impl->read_tuned = true;
    return index;
}

Result<Index> Index::open_sessions(const std::filesystem::path& path) {
    // Opening read-write would make a missing file: the page never creates an index.
    if (!std::filesystem::exists(path))
        return fail(ErrorCode::not_found, "no index at " + path.string());
    auto db = reader_connection(Database::open(path), path, prepare_session_writer);
    if (!db) return error_of(db);
    Index index(std::make_unique<Impl>(std::move(*db)));
    index.m_impl->read_tuned = true;
    return index;
}

Status Index::begin() {
    m_impl->confirm_journal();
    // IMMEDIATE takes the write lock now, so busy_timeout applies here rather than a deadlock
    // error on the first write of a deferred transaction.
    return m_impl->db.exec("BEGIN IMMEDIATE");
}

Status Index::commit() {
    if (auto written = m_impl->flush_text(); !written) return written;
    return m_impl->committed(m_impl->db.exec("COMMIT"));
}

void Index::rollback() {
    (void)m_impl->db.exec("ROLLBACK");
    m_impl->customer_ids.clear();
    m_impl->pending_text.clear();
    m_impl->pending_text_bytes = 0;
}

namespace {

Status upsert_customer(Database& db, const CustomerRow& row) {
    auto upsert = db.prepare(
        "INSERT INTO customers (slug, name, category, grade, owner, contact, phone, notes, source) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'config') "
        "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, category = excluded.category, "
        "grade = excluded.grade, owner = excluded.owner, contact = excluded.contact, "
        "phone = excluded.phone, notes = excluded.notes, source = 'config', merged_into = NULL "
        "RETURNING id");
    if (!upsert) return error_of(upsert);
    upsert->bind(1, row.slug).bind(2, row.name).bind(3, row.category).bind(4, row.grade);
    upsert->bind(5, row.owner).bind(6, row.contact).bind(7, row.phone).bind(8, row.notes);
    auto stepped = upsert->step();
    if (!stepped) return error_of(stepped);
    int64_t id = upsert->column_int64(0);
    upsert->reset();
    return write_customer_lists(db, id, row);
}

// Config customers that sync_customers would delete: gone from the config, unreferenced.
Result<std::vector<std::string>> doomed_customers(Database& db, const std::set<std::string>& keep) {
    auto select =
        db.prepare("SELECT slug FROM customers c WHERE c.source = 'config' AND NOT EXISTS "
                   "(SELECT 1 FROM message_customers WHERE customer_id = c.id) AND NOT EXISTS "
                   "(SELECT 1 FROM message_files WHERE customer_id = c.id) AND NOT EXISTS "
                   "(SELECT 1 FROM contacts WHERE customer_id = c.id)");
    if (!select) return error_of(select);
    std::vector<std::string> doomed;
    auto ok = for_each_row(*select, [&](Statement& row) {
        if (std::string slug = row.column_text(0); !keep.contains(slug)) doomed.push_back(slug);
    });
    if (!ok) return error_of(ok);
    return doomed;
}

bool same_set(const std::vector<std::string>& wanted, const std::vector<std::string>& stored) {
    return std::set<std::string_view>(wanted.begin(), wanted.end()) ==
           std::set<std::string_view>(stored.begin(), stored.end());
}

bool stored_as(const CustomerRow& wanted, const CustomerRow& stored) {
    return stored.name == wanted.name && stored.category == wanted.category &&
           stored.grade == wanted.grade && stored.owner == wanted.owner &&
           stored.contact == wanted.contact && stored.phone == wanted.phone &&
           stored.notes == wanted.notes && same_set(wanted.domains, stored.domains) &&
           same_set(wanted.addresses, stored.addresses);
}

// True when the directory (`rows`, as Index::directory reads it) already holds the config's
// customers exactly as sync_customers would write them: then every command skips a write
// transaction (and its fsync) at start.
Result<bool> directory_agrees(Database& db, const std::vector<CustomerRow>& rows,
                              const std::vector<CustomerRow>& customers,
                              const std::set<std::string>& slugs) {
    std::unordered_map<std::string_view, const CustomerRow*> wanted;
    for (const CustomerRow& row : customers)
        wanted.emplace(row.slug, &row);
    size_t agreeing = 0;
    for (const CustomerRow& stored : rows) {
        if (stored.source != "config") continue;
        auto found = wanted.find(stored.slug);
        if (found != wanted.end() && stored_as(*found->second, stored)) ++agreeing;
    }
    if (agreeing != wanted.size()) return false;
    auto doomed = doomed_customers(db, slugs);
    if (!doomed) return error_of(doomed);
    return doomed->empty();
}

std::set<std::string> slugs_of(const std::vector<CustomerRow>& customers) {
    std::set<std::string> slugs;
    for (const CustomerRow& row : customers)
        slugs.insert(row.slug);
    return slugs;
}

} // namespace

// The directory when it already agrees with the config's customers, else nullopt; one read
// transaction for the read and the comparison (a statement each would take and drop the
// file's locks at every command's start).
Result<std::optional<std::vector<CustomerRow>>>
Index::agreed_directory(const std::vector<CustomerRow>& customers) {
    Database& db = m_impl->db;
    if (auto ok = db.exec("SAVEPOINT directory_check"); !ok) return error_of(ok);
    auto rows = directory();
    Result<bool> agrees =
        rows ? directory_agrees(db, *rows, customers, slugs_of(customers)) : error_of(rows);
    (void)db.exec("RELEASE directory_check");
    if (!agrees) return error_of(agrees);
    if (!*agrees) return std::optional<std::vector<CustomerRow>>();
    return std::optional<std::vector<CustomerRow>>(std::move(*rows));
}

Result<std::vector<CustomerRow>>
Index::synced_directory(const std::vector<CustomerRow>& customers) {
    auto agreed = agreed_directory(customers);
    if (!agreed) return error_of(agreed);
    if (*agreed) return std::move(**agreed);
    if (auto synced = sync_customers(customers); !synced) return error_of(synced);
    return directory();
}

Status Index::sync_customers(const std::vector<CustomerRow>& customers) {
    Database& db = m_impl->db;
    auto agreed = agreed_directory(customers);
    if (!agreed) return error_of(agreed);
    if (*agreed) return {};
    // A savepoint nests inside a batch transaction and is a transaction of its own otherwise.
    if (auto ok = db.exec("SAVEPOINT sync_customers"); !ok) return ok;
    std::set<std::string> slugs;
    Status status;
    for (const CustomerRow& row : customers) {
        slugs.insert(row.slug);
        if (status = upsert_customer(db, row); !status) break;
    }
    if (status) {
        // Config customers gone from the config disappear unless mail or contacts refer to them.
        auto doomed = doomed_customers(db, slugs);
        if (!doomed) status = error_of(doomed);
        auto erase = db.prepare("DELETE FROM customers WHERE slug = ?1");
        if (status && !erase) status = error_of(erase);
        for (size_t i = 0; status && i < doomed->size(); ++i)
            status = erase->bind(1, (*doomed)[i]).run();
    }
    m_impl->customer_ids.clear();
    if (!status) (void)db.exec("ROLLBACK TO sync_customers");
    (void)db.exec("RELEASE sync_customers");
    return status;
}

} // namespace mailclerk::store
