#pragma once
// mailclerk reindex: a new index built from the archive alone, then put in the live index's
// place. The mail files under customers/ and unmatched/ go through the import pipeline (files
// in place are recognised, nothing is written into the archive); the journal gives back what
// people typed, the sync state, the server-filing record and where each message was found.
//
// A running daemon keeps reading and writing the old index meanwhile. What it archives during
// the build is caught up from the archive (files whose inode changed since a pass began,
// journal records after the pass's position) before the swap and once more after it. The swap
// copies the new index into the live file in one SQLite transaction (the backup API), so every
// open connection — the daemon's, the web page's — reads the new index at its next transaction
// and nobody has to reopen anything. A live index that cannot be opened at all (damaged header,
// missing) is replaced by renaming the new file into place instead.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/app/pipeline.hpp"
#include "store/rebuild.hpp"

namespace mailclerk::app {

struct ReindexReport {
    IngestCounts counts;        // the archive's message files read back (all passes)
    store::ReplayReport replay; // journal records replayed (all passes)
    int64_t adopted = 0;        // document files recognised by their bytes
    int64_t orphans = 0;        // journal records naming messages the archive does not hold
    int64_t messages = 0;       // in the new index
    int passes = 0;             // catch-up passes after the first
    bool renamed = false;       // the old index could not be opened: the new file took its name
    double seconds = 0;
};

// What the command line hears: the phase, then the pipeline's progress per pass.
class ReindexObserver : public IngestObserver {
  public:
    virtual void phase(const std::string& /*what*/) {}
    // Files and bytes the pass reads.
    virtual void planned(uint64_t /*files*/, uint64_t /*bytes*/) {}
};

// Rebuild the index of this config and swap it in. `stop` (may be null): an interrupted
// reindex leaves the old index as it was. Refused while another reindex runs, and up front
// when the index's filesystem has no room for a second index.
Result<ReindexReport> reindex(const config::Config& config, ReindexObserver* observer = nullptr,
                              const std::atomic<bool>* stop = nullptr);

// Where the index is rebuilt before the swap: beside it, "<index>.rebuild".
std::filesystem::path rebuild_path(const config::Config& config);

} // namespace mailclerk::app
