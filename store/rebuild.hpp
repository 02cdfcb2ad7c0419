#pragma once
// What `mailclerk reindex` needs of an index it rebuilds from the archive
// (store/journal_replay.cpp): the journal replayed into it, the message sources it recorded
// handed to the pipeline, and document files that an earlier mailclerk named differently
// recognised by their bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/journal.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

// What replaying a journal did (Rebuild::replay).
struct ReplayReport {
    int64_t records = 0; // read
    int64_t skipped = 0; // naming what is not there (a customer gone from the config, ...)
    int64_t directory_changes = 0;  // customer, rename and merge records applied
    JournalPosition end;            // after the last record read
    std::vector<std::string> notes; // why records were skipped (the first few)
};

class Rebuild {
  public:
    virtual ~Rebuild() = default;
    // Apply the journal's records from `from` on, in order and idempotently (a record applied
    // twice changes nothing), in one transaction, without journaling them again: directory,
    // users, overrides, ignored candidates and sync state at once; message sources and server
    // copies are staged until their messages are indexed (settle_replay).
    // `until`: stop there (a position read under the live index's write lock), or nullopt: at
    // the journal's end as this transaction finds it.
    virtual Result<ReplayReport> replay(const Journal& journal, JournalPosition from,
                                        std::optional<JournalPosition> until = std::nullopt) = 0;
    // The staged sources of a message, for understanding it as it was first seen.
    virtual Result<std::vector<SourceRef>> replayed_sources(const std::string& sha256) = 0;
    // Staged sources and copies onto the messages indexed meanwhile; returns how many staged
    // records name no message of the index (they are dropped).
    virtual Result<int64_t> settle_replay() = 0;
    // Whether an archive path (relative) is a file the index names.
    virtual Result<bool> knows_file(const std::string& path) = 0;
    // A document file under customers/<slug>/ that no message claimed (an earlier mailclerk
    // named or filed it differently): recorded as a file of an attachment with these bytes of
    // a message filed under that customer. False when there is none.
    virtual Result<bool> adopt_document(const std::string& path, const std::string& sha256) = 0;
};

} // namespace mailclerk::store
