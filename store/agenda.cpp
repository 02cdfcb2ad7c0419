// Index: the agenda's reads (a date window of messages, each customer's newest mail) and its
// own small tables (dismissed items, digests sent).
#include "store/agenda_rows.hpp"
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {
namespace {

// One contiguous range of agenda_messages (schema 18), in date order: the row carries its
// customers and addresses, so nothing is looked up per message. Its key is the search key (the
// date in the high bits); the date itself decides, as the key clamps dates before 1970.
const std::string k_window_sql = std::string("SELECT ") + k_agenda_columns +
                                 " FROM agenda_messages WHERE key >= (max(?1, 0) << 24) AND "
                                 "date >= ?1 ORDER BY key";

// The row's text copied into the window's arena.
void read_message(Statement& s, Arena& arena, AgendaMessage& m) {
    m.id = s.column_int64(0);
    m.sha256 = arena.copy(s.column_view(1));
    m.date = s.column_optional(2).value_or(0);
    m.direction = arena.copy(s.column_view(3));
    m.kind = arena.copy(s.column_view(4));
    m.subject = arena.copy(s.column_view(5));
    m.message_id = arena.copy(s.column_view(6));
    m.in_reply_to = arena.copy(s.column_view(7));
    m.thread_key = arena.copy(s.column_view(8));
    m.auto_reply = s.column_int64(9) != 0;
    m.bulk = s.column_int64(10) != 0;
}

} // namespace

// One read transaction: one lock for all of the agenda's statements. Not through the memory map
// of k_read_tuning: the window is one contiguous range read once, and on the benchmark VM a
// first touch of a mapped page cost more than copying it through pread (1M messages: the
// window's 28,000 rows in 120 ms mapped, 40 ms copied; bench/README.md, today).
Status Index::read_snapshot(const std::function<Status()>& reads) {
    if (auto ok = m_impl->db.exec("SAVEPOINT agenda_read"); !ok) return ok;
    Status status = reads();
    (void)m_impl->db.exec("RELEASE agenda_read");
    return status;
}

Result<AgendaWindow> Index::agenda_messages(int64_t since) {
    auto window = m_impl->db.prepare(k_window_sql);
    if (!window) return error_of(window);
    // Counted first (from messages_date alone): a window of tens of thousands of messages is
    // not copied again and again as the vector grows.
    auto count = m_impl->statement("SELECT count(*) FROM messages WHERE date >= ?1");
    if (!count) return error_of(count);
    auto counted =
        collect_one((*count)->bind(1, since), [](Statement& s) { return s.column_int64(0); });
    if (!counted) return error_of(counted);
    AgendaWindow out;
    out.messages.reserve(static_cast<size_t>(counted->value_or(0)));
    window->bind(1, since);
    auto ok = for_each_row(*window, [&](Statement& s) {
        AgendaMessage& m = out.messages.emplace_back();
        read_message(s, *out.arena, m);
        m.customers = agenda_customers_of(s.column_view(11), *out.arena);
        // Only unmatched mail needs its addresses (candidate customers).
        if (m.customers.empty() && m.direction != "internal")
            m.addresses = agenda_addresses_of(s.column_view(12));
    });
    if (!ok) return error_of(ok);
    return out;
}

// One statement for all rows (a JSON array of ids): a manager's agenda asks about thousands,
// and a statement each costs its locks and page reads again.
Result<std::map<int64_t, std::vector<std::string>>>
Index::message_accounts(const std::vector<int64_t>& message_rows) {
    std::map<int64_t, std::vector<std::string>> out;
    if (message_rows.empty()) return out;
    std::string ids = "[";
    for (int64_t row : message_rows)
        ids += (ids.size() > 1 ? "," : "") + std::to_string(row);
    ids += "]";
    auto stmt =
        m_impl->statement("SELECT DISTINCT s.message_id, s.account FROM json_each(?1) j "
                          "JOIN message_sources s ON s.message_id = j.value WHERE s.account <> '' "
                          "ORDER BY s.message_id, s.account");
    if (!stmt) return error_of(stmt);
    auto ok = for_each_row((*stmt)->bind(1, ids), [&](Statement& s) {
        out[s.column_int64(0)].push_back(s.column_text(1));
    });
    if (!ok) return error_of(ok);
    return out;
}

Result<std::map<int64_t, LastExchange>> Index::last_exchanges() {
    auto stmt =
        m_impl->statement("SELECT customer_id, last_outbound, last_any FROM agenda_customers");
    if (!stmt) return error_of(stmt);
    std::map<int64_t, LastExchange> out;
    auto ok = for_each_row(**stmt, [&](Statement& s) {
        out[s.column_int64(0)] = {s.column_int64(1), s.column_int64(2)};
    });
    if (!ok) return error_of(ok);
    return out;
}

Result<std::vector<std::string>> Index::message_paths(int64_t message_row) {
    return text_column(m_impl->db,
                       "SELECT path FROM message_files WHERE message_id = ?1 ORDER BY rowid",
                       message_row);
}

Result<std::vector<Dismissal>> Index::dismissals() {
    auto stmt = m_impl->statement("SELECT item, since, user, at FROM today_dismissals");
    if (!stmt) return error_of(stmt);
    return collect(**stmt, [](Statement& s) {
        return Dismissal{s.column_text(0), s.column_int64(1), s.column_text(2), s.column_int64(3)};
    });
}

// A rep typed it: it goes to the journal too, so a rebuilt index keeps it (issue 21).
Status Index::dismiss(const Dismissal& d) {
    return atomically(*m_impl, "dismiss", [&]() -> Status {
        auto stmt = m_impl->statement("INSERT OR REPLACE INTO today_dismissals (item, since, "
                                      "user, at) VALUES (?1, ?2, ?3, ?4)");
        if (!stmt) return error_of(stmt);
        auto ok = (*stmt)->bind(1, d.item).bind(2, d.since).bind(3, d.user).bind(4, d.at).run();
        if (!ok) return ok;
        note(*m_impl, "dismiss", dismissal_fields(d));
        return {};
    });
}

Result<bool> Index::claim_digest(const DigestRecord& r) {
    auto stmt = m_impl->statement(
        "INSERT INTO digest_sends (day, user, state, at, message_id, items) VALUES "
        "(?1, ?2, 'sending', ?3, ?4, ?5) ON CONFLICT (day, user) DO NOTHING");
    if (!stmt) return error_of(stmt);
    Statement& s = **stmt;
    s.bind(1, r.day).bind(2, r.user).bind(3, r.at).bind(4, r.message_id).bind(5, r.items);
    if (auto ok = s.run(); !ok) return error_of(ok);
    return m_impl->db.changes() > 0;
}

Status Index::finish_digest(const DigestRecord& r, bool sent) {
    auto stmt = m_impl->statement(
        sent ? "UPDATE digest_sends SET state = 'sent', at = ?3, message_id = ?4, items = ?5 "
               "WHERE day = ?1 AND user = ?2"
             : "DELETE FROM digest_sends WHERE day = ?1 AND user = ?2 AND state = 'sending'");
    if (!stmt) return error_of(stmt);
    Statement& s = **stmt;
    s.bind(1, r.day).bind(2, r.user);
    if (sent) s.bind(3, r.at).bind(4, r.message_id).bind(5, r.items);
    return s.run();
}

Result<std::vector<DigestRecord>> Index::digests(const std::string& day) {
    auto stmt = m_impl->statement("SELECT day, user, state, at, message_id, items FROM "
                                  "digest_sends WHERE day = ?1 ORDER BY user");
    if (!stmt) return error_of(stmt);
    (*stmt)->bind(1, day);
    return collect(**stmt, [](Statement& s) {
        return DigestRecord{s.column_text(0),  s.column_text(1), s.column_text(2),
                            s.column_int64(3), s.column_text(4), s.column_int64(5)};
    });
}

} // namespace mailclerk::store
