#pragma once
// mailclerk backup DEST: what the archive's mail files cannot give back, copied while the
// daemon runs — the index (SQLite's online backup API: one snapshot, writers go on), the
// journal up to where that snapshot ends or further, and a manifest naming the archive state
// they describe. The mail files themselves are plain files for any file backup (rsync -aH).
//
// Consistent means: the backed-up index knows exactly the batches committed when its snapshot
// began, every file and record it names was in the archive then (the index never knows what
// the archive does not), and the journal copy holds at least every record that index knows.
// Mail archived after the snapshot is in the archive, not in the backup's index; restoring the
// index over a newer archive is followed by `mailclerk reindex` (README "Backup and recovery").
#include <cstdint>
#include <filesystem>

#include "common/result.hpp"
#include "config/config.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

struct BackupReport {
    std::filesystem::path dest;
    int64_t messages = 0;       // in the backed-up index
    uint64_t index_bytes = 0;   // DEST/index.sqlite
    uint64_t journal_bytes = 0; // DEST/journal/
    store::JournalPosition journal_end;
    double seconds = 0;
};

// Write DEST/index.sqlite, DEST/journal/*.jsonl and DEST/MANIFEST.json. DEST must not exist or
// be an empty directory; it is created mode 0700 (the index and journal hold password hashes).
Result<BackupReport> backup(const config::Config& config, store::Index& index,
                            const std::filesystem::path& dest);

} // namespace mailclerk::app
