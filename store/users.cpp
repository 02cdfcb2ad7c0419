// Index: the web page's users. Only hashes are stored; the web reads them read-only.
#include "store/index_impl.hpp"
#include "store/journal_note.hpp"

namespace mailclerk::store {
namespace {

constexpr const char* k_columns =
    "SELECT name, password_hash, role, team, created, email, lang FROM users";

UserRow user_of(Statement& s) {
    return UserRow{s.column_text(0),  s.column_text(1), s.column_text(2), s.column_text(3),
                   s.column_int64(4), s.column_text(5), s.column_text(6)};
}

} // namespace

Result<std::vector<UserRow>> Index::users() {
    auto stmt = m_impl->statement(std::string(k_columns) + " ORDER BY name");
    if (!stmt) return error_of(stmt);
    return collect(**stmt, [&](Statement& s) { return user_of(s); });
}

Result<std::optional<UserRow>> Index::find_user(const std::string& name) {
    auto stmt = m_impl->statement(std::string(k_columns) + " WHERE name = ?1");
    if (!stmt) return error_of(stmt);
    return collect_one((*stmt)->bind(1, name), user_of);
}

Status Index::save_user(const UserRow& user) {
    return atomically(*m_impl, "save_user", [&]() -> Status {
        auto stmt = m_impl->statement(
            "INSERT INTO users (name, password_hash, role, team, created, email, lang) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (name) DO UPDATE SET password_hash = "
            "excluded.password_hash, role = excluded.role, team = excluded.team, email = "
            "excluded.email, lang = excluded.lang");
        if (!stmt) return error_of(stmt);
        (*stmt)->bind(1, user.name).bind(2, user.password_hash).bind(3, user.role);
        (*stmt)->bind(4, user.team).bind(5, user.created).bind(6, user.email);
        if (auto ok = (*stmt)->bind(7, user.lang).run(); !ok) return ok;
        note(*m_impl, "user", user_fields(user));
        return {};
    });
}

Result<bool> Index::remove_user(const std::string& name) {
    bool removed = false;
    auto status = atomically(*m_impl, "remove_user", [&]() -> Status {
        auto stmt = m_impl->statement("DELETE FROM users WHERE name = ?1");
        if (!stmt) return error_of(stmt);
        if (auto ok = (*stmt)->bind(1, name).run(); !ok) return ok;
        removed = m_impl->db.changes() > 0;
        if (removed) note(*m_impl, "user_removed", {{"name", name}});
        return {};
    });
    if (!status) return error_of(status);
    return removed;
}

} // namespace mailclerk::store
