#include "daemon/web/auth.hpp"

#include "common/sha256.hpp"

namespace mailclerk::web {

namespace {

int64_t unix_seconds(WallClock::time_point at) {
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

// A use within this long of the last extension leaves the expiry as it is: a page load is not
// a write to the database for every request it makes.
constexpr auto k_extend_step = std::chrono::minutes(1);

} // namespace

bool is_token(std::string_view text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

Result<std::string> SessionStore::create(const Viewer& viewer, WallClock::time_point now) {
    std::string token = random_token();
    std::lock_guard lock(m_mutex);
    // Expired sessions go when new ones come: the table never outgrows the people logged in.
    if (auto swept = m_db->remove_expired_sessions(unix_seconds(now)); !swept)
        return tl::unexpected(swept.error());
    store::SessionRow row{sha256_hex(token), viewer.name, random_token(),
                          unix_seconds(now + m_idle)};
    if (auto saved = m_db->save_session(row); !saved) return tl::unexpected(saved.error());
    return token;
}

Result<std::optional<Session>> SessionStore::find(const std::string& token,
                                                  WallClock::time_point now) {
    if (!is_token(token)) return std::optional<Session>();
    std::string id = sha256_hex(token);
    std::lock_guard lock(m_mutex);
    auto row = m_db->find_session(id, unix_seconds(now));
    if (!row) return tl::unexpected(row.error());
    if (!*row) return std::optional<Session>();
    int64_t expires = unix_seconds(now + m_idle);
    if (expires - (*row)->expires >= std::chrono::seconds(k_extend_step).count()) {
        if (auto extended = m_db->extend_session(id, expires); !extended)
            return tl::unexpected(extended.error());
        (*row)->expires = expires;
    }
    WallClock::time_point until{std::chrono::seconds((*row)->expires)};
    return std::optional<Session>(Session{Viewer{(*row)->user, "", ""}, (*row)->csrf, until});
}

Status SessionStore::remove(const std::string& token) {
    if (!is_token(token)) return {};
    std::lock_guard lock(m_mutex);
    return m_db->remove_session(sha256_hex(token));
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
