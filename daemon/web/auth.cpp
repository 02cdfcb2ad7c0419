#include "daemon/web/auth.hpp"

namespace mailclerk::web {

std::string SessionStore::create(const Viewer& viewer, Clock::time_point now) {
    std::string id = random_token();
    std::lock_guard lock(m_mutex);
    // Expired sessions go when new ones come: the map never outgrows the people logged in.
    std::erase_if(m_sessions, [&](const auto& entry) { return entry.second.expires <= now; });
    m_sessions[id] = Session{viewer, random_token(), now + m_idle};
    return id;
}

std::optional<Session> SessionStore::find(const std::string& id, Clock::time_point now) {
    if (id.size() != 64) return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto it = m_sessions.find(id);
    if (it == m_sessions.end()) return std::nullopt;
    if (it->second.expires <= now) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->second.expires = now + m_idle;
    return it->second;
}

void SessionStore::remove(const std::string& id) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(id);
}

size_t SessionStore::size() {
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

int64_t LoginThrottle::wait_of(const std::map<std::string, Count>& counts, const std::string& key,
                               Clock::time_point now) const {
    auto it = counts.find(key);
    if (it == counts.end() || it->second.locked_until <= now) return 0;
    auto left = std::chrono::ceil<std::chrono::seconds>(it->second.locked_until - now);
    return left.count();
}

int64_t LoginThrottle::wait_seconds(const std::string& user, const std::string& address,
                                    Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    return std::max(wait_of(m_users, user, now), wait_of(m_addresses, address, now));
}

void LoginThrottle::bump(Count& count, Clock::time_point now) {
    if (now - count.last > std::chrono::hours(24)) count.failures = 0;
    count.last = now;
    ++count.failures;
    if (count.failures < k_free_failures) return;
    int exponent = std::min(count.failures - k_free_failures, 10);
    auto lock = std::min<std::chrono::seconds>(std::chrono::seconds(15LL << exponent),
                                               std::chrono::minutes(15));
    count.locked_until = now + lock;
}

void LoginThrottle::failed(const std::string& user, const std::string& address,
                           Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    // Bounded memory under a flood of made-up names: forget idle keys first.
    if (m_users.size() > 100000)
        std::erase_if(m_users, [&](const auto& e) { return e.second.locked_until <= now; });
    if (m_addresses.size() > 100000)
        std::erase_if(m_addresses, [&](const auto& e) { return e.second.locked_until <= now; });
    bump(m_users[user], now);
    bump(m_addresses[address], now);
}

void LoginThrottle::succeeded(const std::string& user) {
    std::lock_guard lock(m_mutex);
    m_users.erase(user);
}

} // namespace mailclerk::web
