// IMAP sync state and server-side filing records, journaled (store/journal_note.hpp) so that a
// rebuilt index fetches nothing it had and copies nothing twice.
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {

Result<std::optional<SyncState>> Index::sync_state(const std::string& account,
                                                   const std::string& folder) {
    auto stmt = m_impl->statement(
        "SELECT uidvalidity, highest_uid, coalesce(last_poll, 0), last_error, highest_modseq "
        "FROM sync_state WHERE account = ?1 AND folder = ?2");
    if (!stmt) return error_of(stmt);
    return collect_one((*stmt)->bind(1, account).bind(2, folder), [&](Statement& row) {
        return SyncState{account,
                         folder,
                         row.column_int64(0),
                         row.column_int64(1),
                         row.column_int64(2),
                         row.column_text(3),
                         0,
                         row.column_int64(4)};
    });
}

namespace {

// Every poll records its time; the journal gets a record when the folder's position or error
// changed, or once an hour (so that a rebuilt index's "last poll" is at most an hour old).
bool worth_journaling(const std::optional<SyncState>& before, const SyncState& after) {
    constexpr int64_t k_hour = 3600;
    return !before || before->uidvalidity != after.uidvalidity ||
           before->highest_uid != after.highest_uid || before->last_error != after.last_error ||
           before->last_poll / k_hour != after.last_poll / k_hour;
}

} // namespace

Status Index::save_sync_state(const SyncState& state) {
    bool journaled = false;
    if (m_impl->journal && !m_impl->replaying) {
        auto stored = sync_state(state.account, state.folder);
        if (!stored) return error_of(stored);
        journaled = worth_journaling(*stored, state);
    }
    auto stmt = m_impl->statement(
        "INSERT INTO sync_state (account, folder, uidvalidity, highest_uid, last_poll, "
        "last_error, highest_modseq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT (account, folder) DO UPDATE SET "
        "uidvalidity = excluded.uidvalidity, highest_uid = excluded.highest_uid, "
        "last_poll = excluded.last_poll, last_error = excluded.last_error, "
        "highest_modseq = excluded.highest_modseq");
    if (!stmt) return error_of(stmt);
    Statement& s = **stmt;
    s.bind(1, state.account).bind(2, state.folder).bind(3, state.uidvalidity);
    s.bind(4, state.highest_uid).bind(5, state.last_poll).bind(6, state.last_error);
    s.bind(7, state.highest_modseq);
    return atomically(*m_impl, "save_sync_state", [&]() -> Status {
        if (auto ok = s.run(); !ok) return ok;
        if (journaled) note(*m_impl, "sync", sync_fields(state));
        return {};
    });
}

Result<std::vector<SyncState>> Index::sync_states() {
    return select_all(
        m_impl->db,
        "SELECT st.account, st.folder, st.uidvalidity, st.highest_uid, coalesce(st.last_poll, 0), "
        "st.last_error, (SELECT count(DISTINCT message_id) FROM message_sources s WHERE "
        "s.kind = 'imap' AND s.account = st.account AND s.folder = st.folder), "
        "st.highest_modseq FROM sync_state st ORDER BY st.account, st.folder",
        [&](Statement& row) {
            return SyncState{row.column_text(0),  row.column_text(1),  row.column_int64(2),
                             row.column_int64(3), row.column_int64(4), row.column_text(5),
                             row.column_int64(6), row.column_int64(7)};
        });
}

Result<std::optional<std::string>> Index::find_message(const std::string& message_id,
                                                       int64_t size) {
    auto stmt = m_impl->statement(
        "SELECT sha256 FROM messages WHERE message_id = ?1 AND size = ?2 LIMIT 1");
    if (!stmt) return error_of(stmt);
    return collect_one((*stmt)->bind(1, message_id).bind(2, size),
                       [](Statement& row) { return row.column_text(0); });
}

Result<std::vector<CopyTask>> Index::pending_copies(const std::string& account, int64_t limit) {
    // One source per (message, customer): the copy is made once whichever folder it came from,
    // from the newest UIDVALIDITY we know.
    auto stmt = m_impl->db.prepare(
        "SELECT mc.message_id, s.folder, s.uidvalidity, s.uid, c.slug, c.name, m.message_id, "
        "ic.confirmed IS NOT NULL "
        "FROM message_customers mc JOIN customers c ON c.id = mc.customer_id "
        "JOIN messages m ON m.id = mc.message_id "
        "JOIN message_sources s ON s.message_id = mc.message_id AND s.kind = 'imap' "
        "AND s.account = ?1 "
        "JOIN sync_state st ON st.account = s.account AND st.folder = s.folder "
        "AND st.uidvalidity = s.uidvalidity "
        "LEFT JOIN imap_copies ic ON ic.account = ?1 AND ic.message_id = mc.message_id "
        "AND ic.customer_id = mc.customer_id "
        "WHERE ic.confirmed IS NULL OR ic.confirmed = 0 "
        "GROUP BY mc.message_id, mc.customer_id ORDER BY s.folder, s.uid LIMIT ?2");
    if (!stmt) return error_of(stmt);
    stmt->bind(1, account).bind(2, limit);
    return collect(*stmt, [&](Statement& row) {
        return CopyTask{row.column_int64(0), row.column_text(1),      row.column_int64(2),
                        row.column_int64(3), row.column_text(4),      row.column_text(5),
                        row.column_text(6),  row.column_int64(7) != 0};
    });
}

Status Index::record_copy(const std::string& account, const CopyTask& task,
                          const std::string& folder, CopyState state) {
    auto customer = m_impl->customer_id(task.customer_slug, false);
    if (!customer) return error_of(customer);
    auto stmt = m_impl->statement(
        "INSERT INTO imap_copies (account, message_id, customer_id, folder, copied_at, confirmed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (account, message_id, customer_id) "
        "DO UPDATE SET folder = ?4, copied_at = ?5, confirmed = ?6");
    if (!stmt) return error_of(stmt);
    bool confirmed = state == CopyState::confirmed;
    return atomically(*m_impl, "record_copy", [&]() -> Status {
        Statement& s = **stmt;
        s.bind(1, account).bind(2, task.message_row).bind(3, *customer).bind(4, folder);
        s.bind(5, m_impl->now()).bind(6, int64_t{confirmed ? 1 : 0});
        if (auto ok = s.run(); !ok) return ok;
        if (!m_impl->journal || m_impl->replaying) return {};
        auto sha =
            text_column(m_impl->db, "SELECT sha256 FROM messages WHERE id = ?1", task.message_row);
        if (!sha) return error_of(sha);
        note(*m_impl, "copy",
             {{"account", account},
              {"sha256", sha->empty() ? std::string() : sha->front()},
              {"customer", task.customer_slug},
              {"folder", folder},
              {"confirmed", confirmed}});
        return {};
    });
}

} // namespace mailclerk::store
