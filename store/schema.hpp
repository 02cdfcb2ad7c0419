#pragma once
// The index schema: an ordered list of forward migrations; PRAGMA user_version records how many
// have run. Older databases are migrated at open, newer ones refused.
#include <chrono>
#include <cstdint>

#include "common/result.hpp"

namespace mailclerk::store {

class Database;

// How long connections opened afterwards (in this process) wait for another process's write lock
// before an operation fails with "database is locked" (default 10 s). `mailclerk deliver` sets
// its own: past it the MTA is told to retry later.
void set_busy_timeout(std::chrono::milliseconds timeout);

// The user_version this binary writes.
int64_t schema_version();

// Connection settings (WAL, synchronous=FULL, foreign keys, busy timeout), the tokenizer, then
// every pending migration in one transaction. Fails for a database newer than schema_version().
Status prepare_schema(Database& db);
// The same, stopping at version `target` (tests of a migration build the schema before it).
Status prepare_schema(Database& db, int64_t target);

// A reader's connection (the web page): the tokenizer and query_only; never migrates, so an
// index of another version than schema_version() is refused with a hint.
Status prepare_read_only(Database& db);
// The same checks for the web page's one writing connection: instead of query_only, an
// authorizer that lets it change the sessions table and nothing else.
Status prepare_session_writer(Database& db);

} // namespace mailclerk::store
