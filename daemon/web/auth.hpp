#pragma once
// Who is asking: sessions held in memory with a CSRF token each, and the brake on guessing
// passwords. Thread-safe: the web page answers on several threads.
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/app/passwords.hpp"

namespace mailclerk::web {

using Clock = std::chrono::steady_clock;

// Password hashes and tokens (libsodium) live in app/, where `mailclerk user` uses them too.
using app::check_password;
using app::hash_password;
using app::init_crypto;
using app::random_token;
using app::same_token;

struct Viewer {
    std::string name;
    std::string role; // rep | manager
    std::string team;
    bool manager() const { return role == "manager"; }
};

struct Session {
    Viewer viewer;
    std::string csrf; // echoed by every form of this session
    Clock::time_point expires;
};

// Sessions by id, forgotten `idle` after their last use.
class SessionStore {
  public:
    explicit SessionStore(std::chrono::minutes idle) : m_idle(idle) {}
    // A new session for the viewer; returns its id (the cookie value).
    std::string create(const Viewer& viewer, Clock::time_point now);
    // The live session of this id (its expiry pushed back), nullopt when unknown or expired.
    std::optional<Session> find(const std::string& id, Clock::time_point now);
    void remove(const std::string& id);
    size_t size();

  private:
    std::chrono::minutes m_idle;
    std::mutex m_mutex;
    std::map<std::string, Session> m_sessions;
};

// Failed logins per user name and per client address. After k_free_failures failures in a
// row a key is locked for 15 s x 2^(n - k_free_failures) (capped at 15 minutes); a success
// clears the user's count. Counts are forgotten after a day without failures.
class LoginThrottle {
  public:
    static constexpr int k_free_failures = 5;
    // Seconds until this user or address may try again; 0 = now.
    int64_t wait_seconds(const std::string& user, const std::string& address,
                         Clock::time_point now);
    void failed(const std::string& user, const std::string& address, Clock::time_point now);
    void succeeded(const std::string& user);

  private:
    struct Count {
        int failures = 0;
        Clock::time_point locked_until;
        Clock::time_point last;
    };
    void bump(Count& count, Clock::time_point now);
    int64_t wait_of(const std::map<std::string, Count>& counts, const std::string& key,
                    Clock::time_point now) const;
    std::mutex m_mutex;
    std::map<std::string, Count> m_users;
    std::map<std::string, Count> m_addresses;
};

} // namespace mailclerk::web
