// Index: the web page's users. Only hashes are stored; the web reads them read-only.
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace {

constexpr const char* k_columns = "SELECT name, password_hash, role, team, created FROM users";

UserRow user_of(Statement& s) {
    return UserRow{s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3),
                   s.column_int64(4)};
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
    auto stmt = m_impl->statement(
        "INSERT INTO users (name, password_hash, role, team, created) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, "
        "role = excluded.role, team = excluded.team");
    if (!stmt) return error_of(stmt);
    (*stmt)->bind(1, user.name).bind(2, user.password_hash).bind(3, user.role);
    return (*stmt)->bind(4, user.team).bind(5, user.created).run();
}

Result<bool> Index::remove_user(const std::string& name) {
    auto stmt = m_impl->statement("DELETE FROM users WHERE name = ?1");
    if (!stmt) return error_of(stmt);
    if (auto ok = (*stmt)->bind(1, name).run(); !ok) return error_of(ok);
    return m_impl->db.changes() > 0;
}

} // namespace mailclerk::store
