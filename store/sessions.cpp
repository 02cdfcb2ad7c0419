// Index: the web page's sessions (store/sessions.hpp). Single statements in autocommit: the
// page's session connection (Index::open_sessions) holds no transaction between requests.
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace {

Status run(IndexState& impl, const std::string& sql, const std::function<void(Statement&)>& bind) {
    auto stmt = impl.statement(sql);
    if (!stmt) return error_of(stmt);
    bind(**stmt);
    return (*stmt)->run();
}

} // namespace

Status Index::save_session(const SessionRow& session) {
    return run(*m_impl,
               "INSERT INTO sessions (id, user_name, csrf, expires) VALUES (?1, ?2, ?3, ?4)",
               [&](Statement& s) {
                   s.bind(1, session.id).bind(2, session.user).bind(3, session.csrf);
                   s.bind(4, session.expires);
               });
}

Result<std::optional<SessionRow>> Index::find_session(const std::string& id, int64_t now) {
    auto stmt = m_impl->statement(
        "SELECT id, user_name, csrf, expires FROM sessions WHERE id = ?1 AND expires > ?2");
    if (!stmt) return error_of(stmt);
    return collect_one((*stmt)->bind(1, id).bind(2, now), [](Statement& s) {
        return SessionRow{s.column_text(0), s.column_text(1), s.column_text(2), s.column_int64(3)};
    });
}

Status Index::extend_session(const std::string& id, int64_t expires) {
    return run(*m_impl, "UPDATE sessions SET expires = ?2 WHERE id = ?1",
               [&](Statement& s) { s.bind(1, id).bind(2, expires); });
}

Status Index::remove_session(const std::string& id) {
    return run(*m_impl, "DELETE FROM sessions WHERE id = ?1", [&](Statement& s) { s.bind(1, id); });
}

Status Index::remove_expired_sessions(int64_t now) {
    return run(*m_impl, "DELETE FROM sessions WHERE expires <= ?1",
               [&](Statement& s) { s.bind(1, now); });
}

} // namespace mailclerk::store
