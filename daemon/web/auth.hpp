#pragma once
// Who is asking: sessions kept in the index with a CSRF token each, and the brake on guessing
// passwords. Thread-safe: the web page answers on several threads.
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/app/passwords.hpp"
#include "store/sessions.hpp"

namespace mailclerk::web {

using Clock = std::chrono::steady_clock;
// Sessions outlive a process and cross machines: their expiry is wall-clock time.
using WallClock = std::chrono::system_clock;

// Password hashes and tokens (libsodium) live in app/, where `mailclerk user` uses them too.
using app::check_password;
using app::hash_password;
using app::init_crypto;
using app::random_token;
using app::same_token;

// 64 lower-case hex digits: what random_token() makes, and all a cookie's token may be.
bool is_token(std::string_view text);

struct Viewer {
    std::string name;
    std::string role; // rep | manager
    std::string team;
    bool manager() const { return role == "manager"; }
};

struct Session {
    Viewer viewer;    // the name; role and team are the users table's (App::route reads them)
    std::string csrf; // echoed by every form of this session
    WallClock::time_point expires;
};

// Sessions in the index (store::Sessions), so that every `mailclerk web` on one database knows
// every session: a reverse proxy may send each request to another. The cookie carries a random
// token; the index holds only its SHA-256, so reading the database gives no one a session.
// Forgotten `idle` after their last use. One connection, one request on it at a time.
class SessionStore {
  public:
    SessionStore(std::unique_ptr<store::Sessions> db, std::chrono::minutes idle)
        : m_db(std::move(db)), m_idle(idle) {}
    // A new session for the viewer; returns its token (the cookie value).
    Result<std::string> create(const Viewer& viewer, WallClock::time_point now);
    // The live session of this token (its expiry pushed back), nullopt when unknown or expired.
    Result<std::optional<Session>> find(const std::string& token, WallClock::time_point now);
    Status remove(const std::string& token);

  private:
    std::unique_ptr<store::Sessions> m_db;
    std::chrono::minutes m_idle;
    std::mutex m_mutex;
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
