#include "store/postgres/pg_writer.hpp"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "store/index.hpp"
#include "store/index_impl.hpp"
#include "store/postgres/index_copy.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"

namespace mailclerk::store::pg {
namespace fs = std::filesystem;
namespace {

using Params = std::vector<std::optional<std::string>>;

int64_t parse_number(std::string_view text) {
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

Status done(const Result<Rows>& rows) {
    if (!rows) return tl::unexpected(rows.error());
    return {};
}

// A new directory for the empty SQLite index an empty database is given; removed with it.
class ScratchDir {
  public:
    static Result<ScratchDir> make() {
        std::string pattern = (fs::temp_directory_path() / "mailclerk-pg.XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            return fail(ErrorCode::io, "cannot make a temporary directory in " +
                                           fs::temp_directory_path().string());
        return ScratchDir(pattern);
    }
    ScratchDir(ScratchDir&& other) noexcept : m_path(std::move(other.m_path)) {
        other.m_path.clear();
    }
    ScratchDir& operator=(ScratchDir&&) = delete;
    ~ScratchDir() {
        std::error_code ignored;
        if (!m_path.empty()) fs::remove_all(m_path, ignored);
    }
    const fs::path& path() const { return m_path; }

  private:
    explicit ScratchDir(fs::path path) : m_path(std::move(path)) {}
    fs::path m_path;
};

// A database without the schema gets the one of an empty SQLite index at this version, made
// the way `index copy --to` makes any (one definition of the schema: schema_mirror). Several
// daemons starting on one new database: the first makes it under a lock, the others wait.
Status ensure_index(Connection& db, const std::string& url, const std::string& password) {
    const std::string lock = fmt::format("({}, 0)", k_lock_class);
    if (auto locked = db.exec("SELECT pg_advisory_lock" + lock); !locked) return locked;
    auto exists = db.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", {k_schema});
    Status status = exists ? Status{} : Status(tl::unexpected(exists.error()));
    if (exists && exists->count() == 0) {
        auto scratch = ScratchDir::make();
        if (!scratch) status = tl::unexpected(scratch.error());
        fs::path file = scratch ? scratch->path() / "index.sqlite" : fs::path();
        if (status) {
            auto made = Index::open(file);
            if (!made) status = tl::unexpected(made.error());
        }
        if (status) {
            CopyOptions options;
            options.password = password;
            auto copied = copy_to_postgresql(file, url, options);
            if (!copied) status = tl::unexpected(copied.error());
        }
    }
    auto unlocked = db.exec("SELECT pg_advisory_unlock" + lock);
    if (!status) return status;
    return unlocked;
}

} // namespace

PgWriter::PgWriter(std::unique_ptr<Connection> connection) : m_db(std::move(connection)) {}
PgWriter::PgWriter(PgWriter&&) noexcept = default;
PgWriter& PgWriter::operator=(PgWriter&&) noexcept = default;
PgWriter::~PgWriter() {
    if (m_db && m_in_transaction) rollback();
}

Result<PgWriter> PgWriter::open(const std::string& url, const std::string& password) {
    {
        auto first = Connection::open(url, password);
        if (!first) return tl::unexpected(first.error());
        if (auto ensured = ensure_index(*first, url, password); !ensured)
            return tl::unexpected(ensured.error());
    }
    auto connected = connect_index(url, password);
    if (!connected) return tl::unexpected(connected.error());
    return PgWriter(std::move(connected->db));
}

Status PgWriter::begin() {
    if (auto begun = m_db->exec("BEGIN"); !begun) return begun;
    m_in_transaction = true;
    return {};
}

Status PgWriter::commit() {
    for (auto write : {&PgWriter::write_contacts, &PgWriter::write_exchanges})
        if (auto written = (this->*write)(); !written) {
            rollback();
            return written;
        }
    m_in_transaction = false;
    auto committed = m_db->exec("COMMIT");
    if (!committed) m_customer_ids.clear();
    return committed;
}

void PgWriter::rollback() {
    (void)m_db->exec("ROLLBACK");
    m_in_transaction = false;
    m_customer_ids.clear();
    m_contacts.clear();
    m_contact_details.clear();
    m_exchanges.clear();
}

Result<int64_t> PgWriter::customer_id(const std::string& slug) {
    if (auto it = m_customer_ids.find(slug); it != m_customer_ids.end()) return it->second;
    // Another daemon may insert the same new prospect at once: the upsert waits for its
    // transaction and then finds the row.
    const std::string select = "SELECT id FROM customers WHERE slug = $1";
    auto rows = m_db->query_prepared(select, {slug});
    if (rows && rows->count() == 0)
        rows = m_db->query_prepared(
            "INSERT INTO customers (slug, name, category, source) VALUES ($1, $1, 'prospect', "
            "'auto') ON CONFLICT (slug) DO NOTHING RETURNING id",
            {slug});
    if (rows && rows->count() == 0) rows = m_db->query_prepared(select, {slug});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return fail(ErrorCode::not_found, "no customer '" + slug + "'");
    int64_t id = parse_number(rows->text(0, 0));
    m_customer_ids.emplace(slug, id);
    return id;
}

Result<bool> PgWriter::has_message(const std::string& sha256) {
    auto rows = m_db->query_prepared("SELECT 1 FROM messages WHERE sha256 = $1", {sha256});
    if (!rows) return tl::unexpected(rows.error());
    return rows->count() > 0;
}

// Each message is a savepoint inside the batch: one bad message never poisons the batch.
Status PgWriter::add_message(const NewMessage& message) {
    if (message.message == nullptr || message.classification == nullptr || message.filed == nullptr)
        return fail(ErrorCode::database,
                    "add_message: message, classification and filed are required");
    // Its statements are queued (Connection::send) and go to the server with the few whose
    // answers it needs; the last round trip reports them all, so the savepoint is undone when
    // any of them failed.
    if (auto saved = m_db->send("SAVEPOINT add_message"); !saved) return saved;
    size_t contacts = m_contacts.size();
    size_t exchanges = m_exchanges.size();
    Status status = write_message(message);
    if (status) status = m_db->sync();
    if (!status) {
        (void)m_db->send("ROLLBACK TO add_message");
        m_contacts.resize(contacts);
        m_exchanges.resize(exchanges);
        m_customer_ids.clear(); // ids inserted inside the savepoint are gone
    }
    // Released with the next round trip; a failure to release is that round trip's error.
    if (auto released = m_db->send("RELEASE add_message"); !released && status) return released;
    return status;
}

Status PgWriter::add_source(const std::string& sha256, const SourceRef& source) {
    if (source.kind == k_archive_source) return add_archived_file(sha256, source.folder);
    auto rows = m_db->query_prepared(
        "INSERT INTO message_sources (message_id, kind, account, folder, uidvalidity, uid) "
        "SELECT id, $2, $3, $4, $5::bigint, $6::bigint FROM messages WHERE sha256 = $1 ON CONFLICT "
        "DO NOTHING "
        "RETURNING 1",
        {sha256, source.kind, source.account, source.folder, std::to_string(source.uidvalidity),
         std::to_string(source.uid)});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() > 0) return {};
    auto known = has_message(sha256);
    if (!known) return tl::unexpected(known.error());
    if (!*known) return fail(ErrorCode::not_found, "no message " + sha256 + " in the index");
    return {};
}

// A file of the message found in the archive (mailclerk reindex, store/journal_replay.cpp).
Status PgWriter::add_archived_file(const std::string& sha256, const std::string& path) {
    auto message = m_db->query_prepared("SELECT id FROM messages WHERE sha256 = $1", {sha256});
    if (!message) return tl::unexpected(message.error());
    if (message->count() == 0)
        return fail(ErrorCode::not_found, "no message " + sha256 + " in the index");
    std::optional<std::string> customer;
    if (std::string slug = slug_of_path(path); !slug.empty()) {
        auto found = customer_id(slug);
        if (!found) return tl::unexpected(found.error());
        customer = std::to_string(*found);
    }
    return done(m_db->query_prepared("INSERT INTO message_files (message_id, customer_id, path) "
                                     "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                                     {std::string(message->text(0, 0)), customer, path}));
}

Result<std::vector<std::string>>
PgWriter::customers_of_messages(const std::vector<std::string>& ids) {
    std::vector<std::string> slugs;
    std::set<std::string> seen;
    for (const std::string& id : ids) {
        if (id.empty()) continue;
        auto rows = m_db->query_prepared(
            "SELECT c.slug FROM messages m JOIN message_customers mc ON mc.message_id = m.id "
            "JOIN customers c ON c.id = mc.customer_id WHERE m.message_id = $1 ORDER BY mc.rowid",
            {id});
        if (!rows) return tl::unexpected(rows.error());
        for (int r = 0; r < rows->count(); ++r)
            if (std::string slug(rows->text(r, 0)); seen.insert(slug).second)
                slugs.push_back(std::move(slug));
    }
    return slugs;
}

Status PgWriter::note_contact_details(const std::string& slug, const std::string& address,
                                      const std::string& phone, const std::string& title) {
    if (m_in_transaction) { // after the contact's upsert, at commit (write_contacts)
        auto customer = customer_id(slug);
        if (!customer) return tl::unexpected(customer.error());
        m_contact_details.push_back(
            {*customer, address, {std::to_string(*customer), address, phone, title}});
        return {};
    }
    return done(m_db->query_prepared(
        "UPDATE contacts SET phone = CASE WHEN $3 <> '' THEN $3 ELSE phone END, "
        "title = CASE WHEN $4 <> '' THEN $4 ELSE title END "
        "WHERE address = $2 AND customer_id = (SELECT id FROM customers WHERE slug = $1)",
        {slug, address, phone, title}));
}

Status PgWriter::save_sync_state(const SyncState& state) {
    return done(m_db->query_prepared(
        "INSERT INTO sync_state (account, folder, uidvalidity, highest_uid, last_poll, "
        "last_error, highest_modseq) VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
        "highest_uid = excluded.highest_uid, last_poll = excluded.last_poll, "
        "last_error = excluded.last_error, highest_modseq = excluded.highest_modseq",
        {state.account, state.folder, std::to_string(state.uidvalidity),
         std::to_string(state.highest_uid), std::to_string(state.last_poll), state.last_error,
         std::to_string(state.highest_modseq)}));
}

Result<std::optional<SyncState>> PgWriter::sync_state(const std::string& account,
                                                      const std::string& folder) {
    auto rows = m_db->query_prepared(
        "SELECT uidvalidity, highest_uid, coalesce(last_poll, 0), last_error, highest_modseq "
        "FROM sync_state WHERE account = $1 AND folder = $2",
        {account, folder});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return std::optional<SyncState>();
    return SyncState{account,
                     folder,
                     parse_number(rows->text(0, 0)),
                     parse_number(rows->text(0, 1)),
                     parse_number(rows->text(0, 2)),
                     std::string(rows->text(0, 3)),
                     0,
                     parse_number(rows->text(0, 4))};
}

Result<std::optional<std::string>> PgWriter::find_message(const std::string& message_id,
                                                          int64_t size) {
    auto rows = m_db->query_prepared(
        "SELECT sha256 FROM messages WHERE message_id = $1 AND size = $2 LIMIT 1",
        {message_id, std::to_string(size)});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return std::optional<std::string>();
    return std::string(rows->text(0, 0));
}

Result<std::vector<SyncState>> PgWriter::sync_states() {
    return read_sync_states(*m_db);
}

// Ordered by bytes, as SQLite's BINARY collation orders them.
Result<std::vector<SyncState>> read_sync_states(Connection& db) {
    auto rows = db.query(
        "SELECT st.account, st.folder, st.uidvalidity, st.highest_uid, coalesce(st.last_poll, 0), "
        "st.last_error, (SELECT count(DISTINCT message_id) FROM message_sources s WHERE "
        "s.kind = 'imap' AND s.account = st.account AND s.folder = st.folder), "
        "st.highest_modseq FROM sync_state st ORDER BY st.account COLLATE \"C\", st.folder "
        "COLLATE \"C\"");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<SyncState> states;
    for (int r = 0; r < rows->count(); ++r)
        states.push_back(SyncState{std::string(rows->text(r, 0)), std::string(rows->text(r, 1)),
                                   parse_number(rows->text(r, 2)), parse_number(rows->text(r, 3)),
                                   parse_number(rows->text(r, 4)), std::string(rows->text(r, 5)),
                                   parse_number(rows->text(r, 6)), parse_number(rows->text(r, 7))});
    return states;
}

Result<std::vector<CopyTask>> PgWriter::pending_copies(const std::string&, int64_t) {
    return not_on_postgresql("[imap_filing]");
}

Status PgWriter::record_copy(const std::string&, const CopyTask&, const std::string&, CopyState) {
    return not_on_postgresql("[imap_filing]");
}

Status PgWriter::sync_customers(const std::vector<CustomerRow>& customers) {
    if (auto begun = begin(); !begun) return begun;
    for (const CustomerRow& row : customers) {
        auto upserted = m_db->query_prepared(
            "INSERT INTO customers (slug, name, category, grade, owner, contact, phone, notes, "
            "source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'config') ON CONFLICT (slug) DO "
            "UPDATE SET name = excluded.name, category = excluded.category, grade = "
            "excluded.grade, owner = excluded.owner, contact = excluded.contact, phone = "
            "excluded.phone, notes = excluded.notes, source = 'config', merged_into = NULL "
            "RETURNING id",
            {row.slug, row.name, row.category, row.grade, row.owner, row.contact, row.phone,
             row.notes});
        Status status = done(upserted);
        std::string id = upserted ? std::string(upserted->text(0, 0)) : std::string();
        for (auto [table, column, values] :
             {std::tuple{"customer_domains", "domain", &row.domains},
              std::tuple{"customer_addresses", "address", &row.addresses}}) {
            if (status)
                status = done(
                    m_db->query(fmt::format("DELETE FROM {} WHERE customer_id = $1", table), {id}));
            for (size_t i = 0; status && i < values->size(); ++i)
                status = done(m_db->query(fmt::format("INSERT INTO {} (customer_id, {}) VALUES "
                                                      "($1, $2) ON CONFLICT DO NOTHING",
                                                      table, column),
                                          {id, (*values)[i]}));
        }
        if (!status) {
            rollback();
            return status;
        }
    }
    return commit();
}

Result<bool> PgWriter::try_lock_account(const std::string& account) {
    auto rows = m_db->query("SELECT pg_try_advisory_lock($1::int, hashtext($2))",
                            {std::to_string(k_lock_class), account});
    if (!rows) return tl::unexpected(rows.error());
    return rows->text(0, 0) == "t";
}

Status PgWriter::unlock_account(const std::string& account) {
    return done(m_db->query("SELECT pg_advisory_unlock($1::int, hashtext($2))",
                            {std::to_string(k_lock_class), account}));
}

Result<std::vector<ArchivedMessage>> PgWriter::archived_messages() {
    return not_on_postgresql("mailclerk rematch");
}

Result<std::vector<std::string>> PgWriter::refile(const Refiling&) {
    return not_on_postgresql("mailclerk rematch");
}

Status PgWriter::replace_contacts(const std::vector<ContactRow>&) {
    return not_on_postgresql("mailclerk rematch");
}

} // namespace mailclerk::store::pg
