#pragma once
// The web page's sessions, kept in the index so that every `mailclerk web` process on one
// database (PostgreSQL behind a reverse proxy, issue 23) knows every session. store/sessions.cpp
// (SQLite) and store/postgres/pg_agenda.cpp (beside the users). Never journaled: a session lives
// for hours and is worth nothing after a restore.
#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"

namespace mailclerk::store {

struct SessionRow {
    std::string id;      // what the cookie's token hashes to (the token itself is never stored)
    std::string user;    // users.name
    std::string csrf;    // echoed by every form of the session
    int64_t expires = 0; // Unix seconds: gone from then on
};

class Sessions {
  public:
    virtual ~Sessions() = default;
    // Insert a session under a new id.
    virtual Status save_session(const SessionRow& session) = 0;
    // The session of this id if it expires after `now`.
    virtual Result<std::optional<SessionRow>> find_session(const std::string& id, int64_t now) = 0;
    virtual Status extend_session(const std::string& id, int64_t expires) = 0;
    virtual Status remove_session(const std::string& id) = 0;
    // Forget every session expired at `now`.
    virtual Status remove_expired_sessions(int64_t now) = 0;
};

} // namespace mailclerk::store
