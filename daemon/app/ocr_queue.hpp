#pragma once
// The OCR queue: ingest never OCRs (parsers::Ocr::later). A message whose scanned pages or
// document images need OCR is filed, archived and indexed at once with everything else it has,
// its attachments flagged parsers::k_ocr_pending (store/ocr_queue.cpp); this reads them later,
// oldest first: the daemon on a low-priority thread (service.cpp), `mailclerk ocr` in the
// foreground. As mu or Dovecot's fts-tika treat slow extraction: mail is searchable at once,
// the text of its scans arrives later.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "common/result.hpp"
#include "daemon/app/workspace.hpp"

namespace mailclerk::app {

struct OcrReport {
    int64_t messages = 0; // messages whose scans were read
    int64_t failed = 0;   // messages given up (their attachments flagged ocr-failed)
    int64_t pending = 0;  // attachments still waiting after the run
    int64_t deferred = 0; // reads that ran out of time (a busy machine): still pending
};

// A message whose reading was begun this many times without finishing (the process was killed
// or crashed in it) is given up rather than begun for ever.
inline constexpr int64_t k_max_ocr_tries = 3;

// Read the scans the queue holds, oldest message first, at most `limit` messages (0: all). Each
// message is understood again from its archived file with OCR (bounded per document as
// parsers::DocumentLimits says); then, in one transaction, its attachments' texts replace the
// pending ones in the full-text index, its price items are extracted again (replace_prices, as a
// rep's correction re-reads them) and the pending marks go; its customers' price-list.csv files
// are rewritten. `stop` is checked between messages: a stopped run leaves the rest pending, and
// a kill at any point leaves each message read or pending, never half. A message whose file
// cannot be read, or that reached k_max_ocr_tries, is flagged ocr-failed. Fails when the index
// does. Needs the SQLite index (workspace.index).
Result<OcrReport> run_ocr_queue(Workspace& workspace, size_t limit,
                                const std::atomic<bool>* stop = nullptr);

// Lower the calling thread's priority for background OCR: SCHED_IDLE where the kernel allows it,
// else the highest nice value, so the thread only runs on cores nothing else wants.
void lower_thread_priority();

// The daemon's background reader of the queue: one thread at the lowest priority that opens the
// config's workspace and runs the queue a few messages at a time, then sleeps until nudge() (a
// pass filed mail) or a minute has passed. On PostgreSQL (no queue; scans are read at ingest)
// it says so once and ends.
class OcrWorker {
  public:
    explicit OcrWorker(std::string config_flag);
    OcrWorker(const OcrWorker&) = delete;
    OcrWorker& operator=(const OcrWorker&) = delete;
    // Stops and joins (see stop()).
    ~OcrWorker();

    void nudge();
    // Ask the thread to stop after the message in hand and wait up to `wait` for it; false when
    // it is still reading (a long scan: the message stays pending, and the caller may exit
    // without it, since a read is committed whole or not at all).
    bool stop(std::chrono::milliseconds wait);

  private:
    void run();
    // One round: true when it read something (look again at once).
    bool round();
    bool round_caught(); // round(), its exceptions logged (false)

    std::string m_config_flag;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_nudged = false;
    bool m_finished = false;
    std::condition_variable m_done;
    std::thread m_thread;
};

} // namespace mailclerk::app
