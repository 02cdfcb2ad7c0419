// PgIndex: the agenda (`mailclerk today`, its web page and digest), the users and the web
// page's sessions, as store/agenda.cpp, store/users.cpp and store/sessions.cpp read and write
// them in SQLite. agenda_messages and agenda_customers are kept by PgWriter as it writes each
// message (pg_writer_message.cpp) and came with the rest of the index when it was copied. Text is
// ordered by bytes (COLLATE "C"), as SQLite's BINARY collation orders it. "user" is a reserved word
// in PostgreSQL: quoted.
#include <fmt/format.h>

#include "store/agenda_rows.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"

namespace mailclerk::store::pg {
namespace {

Status done(const Result<Rows>& rows) {
    if (!rows) return tl::unexpected(rows.error());
    return {};
}

constexpr const char* k_user_columns =
    "SELECT name, password_hash, role, team, created, email, lang FROM users";

UserRow user_of(const Rows& rows, int r) {
    auto text = [&](int column) { return std::string(rows.text(r, column)); };
    return UserRow{text(0), text(1), text(2), text(3), rows.integer(r, 4), text(5), text(6)};
}

// The window's row `r` (k_agenda_columns) into `m`, its text copied into the arena.
void read_message(const Rows& rows, int r, Arena& arena, AgendaMessage& m) {
    m.id = rows.integer(r, 0);
    m.sha256 = arena.copy(rows.text(r, 1));
    m.date = rows.optional_integer(r, 2).value_or(0);
    m.direction = arena.copy(rows.text(r, 3));
    m.kind = arena.copy(rows.text(r, 4));
    m.subject = arena.copy(rows.text(r, 5));
    m.message_id = arena.copy(rows.text(r, 6));
    m.in_reply_to = arena.copy(rows.text(r, 7));
    m.thread_key = arena.copy(rows.text(r, 8));
    m.auto_reply = rows.integer(r, 9) != 0;
    m.bulk = rows.integer(r, 10) != 0;
    m.customers = agenda_customers_of(rows.text(r, 11), arena);
    // Only unmatched mail needs its addresses (candidate customers).
    if (m.customers.empty() && m.direction != "internal")
        m.addresses = agenda_addresses_of(rows.text(r, 12));
}

} // namespace

// Every statement of `reads` sees one snapshot of the database, as SQLite's read transaction
// gives the agenda on the file.
Status PgIndex::read_snapshot(const std::function<Status()>& reads) {
    if (auto begun = m_db->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return begun;
    Status status = reads();
    auto ended = m_db->exec(status ? "COMMIT" : "ROLLBACK");
    if (status && !ended) return ended;
    return status;
}

// The window is one range of agenda_messages' primary key (the search key, the date in its
// high bits), as in store/agenda.cpp.
Result<AgendaWindow> PgIndex::agenda_messages(int64_t since) {
    auto rows = m_db->query(fmt::format("SELECT {} FROM agenda_messages WHERE key >= "
                                        "(GREATEST($1::bigint, 0) << 24) AND date >= $1::bigint "
                                        "ORDER BY key",
                                        k_agenda_columns),
                            {std::to_string(since)});
    if (!rows) return tl::unexpected(rows.error());
    AgendaWindow out;
    out.messages.reserve(static_cast<size_t>(rows->count()));
    for (int r = 0; r < rows->count(); ++r)
        read_message(*rows, r, *out.arena, out.messages.emplace_back());
    return out;
}

Result<std::map<int64_t, std::vector<std::string>>>
PgIndex::message_accounts(const std::vector<int64_t>& message_rows) {
    std::map<int64_t, std::vector<std::string>> out;
    if (message_rows.empty()) return out;
    auto rows = m_db->query("SELECT DISTINCT message_id, account COLLATE \"C\" FROM "
                            "message_sources WHERE message_id = ANY($1::bigint[]) AND account <> "
                            "'' ORDER BY 1, 2",
                            {id_array(message_rows)});
    if (!rows) return tl::unexpected(rows.error());
    for (int r = 0; r < rows->count(); ++r)
        out[rows->integer(r, 0)].emplace_back(rows->text(r, 1));
    return out;
}

Result<std::map<int64_t, LastExchange>> PgIndex::last_exchanges() {
    auto rows = m_db->query("SELECT customer_id, last_outbound, last_any FROM agenda_customers");
    if (!rows) return tl::unexpected(rows.error());
    std::map<int64_t, LastExchange> out;
    for (int r = 0; r < rows->count(); ++r)
        out[rows->integer(r, 0)] = {rows->integer(r, 1), rows->integer(r, 2)};
    return out;
}

Result<std::vector<std::string>> PgIndex::message_paths(int64_t message_row) {
    return first_column("SELECT path FROM message_files WHERE message_id = $1 ORDER BY rowid",
                        {std::to_string(message_row)});
}

Result<std::vector<Dismissal>> PgIndex::dismissals() {
    auto rows = m_db->query("SELECT item, since, \"user\", at FROM today_dismissals");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<Dismissal> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back({std::string(rows->text(r, 0)), rows->integer(r, 1),
                       std::string(rows->text(r, 2)), rows->integer(r, 3)});
    return out;
}

Status PgIndex::dismiss(const Dismissal& d) {
    return done(m_db->query("INSERT INTO today_dismissals (item, since, \"user\", at) VALUES "
                            "($1, $2, $3, $4) ON CONFLICT (item) DO UPDATE SET since = "
                            "excluded.since, \"user\" = excluded.\"user\", at = excluded.at",
                            {d.item, std::to_string(d.since), d.user, std::to_string(d.at)}));
}

Result<bool> PgIndex::claim_digest(const DigestRecord& r) {
    auto rows =
        m_db->query("INSERT INTO digest_sends (day, \"user\", state, at, message_id, "
                    "items) VALUES ($1, $2, 'sending', $3, $4, $5) ON CONFLICT (day, "
                    "\"user\") DO NOTHING RETURNING 1",
                    {r.day, r.user, std::to_string(r.at), r.message_id, std::to_string(r.items)});
    if (!rows) return tl::unexpected(rows.error());
    return rows->count() > 0;
}

Status PgIndex::finish_digest(const DigestRecord& r, bool sent) {
    if (!sent)
        return done(m_db->query("DELETE FROM digest_sends WHERE day = $1 AND \"user\" = $2 AND "
                                "state = 'sending'",
                                {r.day, r.user}));
    return done(
        m_db->query("UPDATE digest_sends SET state = 'sent', at = $3, message_id = $4, "
                    "items = $5 WHERE day = $1 AND \"user\" = $2",
                    {r.day, r.user, std::to_string(r.at), r.message_id, std::to_string(r.items)}));
}

Result<std::vector<DigestRecord>> PgIndex::digests(const std::string& day) {
    auto rows = m_db->query("SELECT day, \"user\", state, at, message_id, items FROM "
                            "digest_sends WHERE day = $1 ORDER BY \"user\" COLLATE \"C\"",
                            {day});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<DigestRecord> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back({std::string(rows->text(r, 0)), std::string(rows->text(r, 1)),
                       std::string(rows->text(r, 2)), rows->integer(r, 3),
                       std::string(rows->text(r, 4)), rows->integer(r, 5)});
    return out;
}

Result<std::vector<UserRow>> PgIndex::users() {
    auto rows = m_db->query(std::string(k_user_columns) + " ORDER BY name COLLATE \"C\"");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<UserRow> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(user_of(*rows, r));
    return out;
}

Result<std::optional<UserRow>> PgIndex::find_user(const std::string& name) {
    auto rows = m_db->query(std::string(k_user_columns) + " WHERE name = $1", {name});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return std::optional<UserRow>();
    return std::optional<UserRow>(user_of(*rows, 0));
}

Status PgIndex::save_user(const UserRow& user) {
    return done(m_db->query(
        "INSERT INTO users (name, password_hash, role, team, created, email, lang) VALUES ($1, "
        "$2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO UPDATE SET password_hash = "
        "excluded.password_hash, role = excluded.role, team = excluded.team, email = "
        "excluded.email, lang = excluded.lang",
        {user.name, user.password_hash, user.role, user.team, std::to_string(user.created),
         user.email, user.lang}));
}

Result<bool> PgIndex::remove_user(const std::string& name) {
    auto rows = m_db->query("DELETE FROM users WHERE name = $1 RETURNING 1", {name});
    if (!rows) return tl::unexpected(rows.error());
    return rows->count() > 0;
}

Status PgIndex::save_session(const SessionRow& session) {
    return done(
        m_db->query("INSERT INTO sessions (id, user_name, csrf, expires) VALUES ($1, $2, $3, $4)",
                    {session.id, session.user, session.csrf, std::to_string(session.expires)}));
}

Result<std::optional<SessionRow>> PgIndex::find_session(const std::string& id, int64_t now) {
    auto rows = m_db->query(
        "SELECT id, user_name, csrf, expires FROM sessions WHERE id = $1 AND expires > $2",
        {id, std::to_string(now)});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return std::optional<SessionRow>();
    return std::optional<SessionRow>(
        SessionRow{std::string(rows->text(0, 0)), std::string(rows->text(0, 1)),
                   std::string(rows->text(0, 2)), rows->integer(0, 3)});
}

Status PgIndex::extend_session(const std::string& id, int64_t expires) {
    return done(m_db->query("UPDATE sessions SET expires = $2 WHERE id = $1",
                            {id, std::to_string(expires)}));
}

Status PgIndex::remove_session(const std::string& id) {
    return done(m_db->query("DELETE FROM sessions WHERE id = $1", {id}));
}

Status PgIndex::remove_expired_sessions(int64_t now) {
    return done(m_db->query("DELETE FROM sessions WHERE expires <= $1", {std::to_string(now)}));
}

} // namespace mailclerk::store::pg
