#pragma once
// Messages understood on worker threads and handed back in the order they came in: the writer
// (the thread that feeds the pool) files and indexes them in input order, so the durability
// invariant and the thread look-ups stay those of one thread, while parsing, document text and
// price extraction run beside it on the other cores.
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "parsers/understand.hpp"

namespace mailclerk::app {

// How many workers understand messages beside the writer: one per core but the writer's, and at
// least one (on one core the writer and the worker still overlap on I/O waits).
size_t default_workers();

// One message for the pool. A worker sets `understood` (nothing when understand() failed),
// `held` and then `done`; read them after done() or wait() said so.
struct UnderstandJob {
    std::string raw;
    std::string sha256; // parsers::message_identity(raw)
    parsers::Origin origin = parsers::Origin::unknown;
    std::optional<parsers::Understanding> understood;
    size_t held = 0; // the heap `understood` holds (estimated), beside `raw`
    bool done = false;
};

// A work queue: jobs are taken in the order they are pushed, by whichever worker is free, so
// they finish in any order; the caller keeps its own order and waits for each job in turn.
class UnderstandPool {
  public:
    // `workers` threads (at least one) understand with `rules`, which must outlive the pool, at
    // Depth::documents and without thread look-ups (parsers::match_thread does that after).
    // `max_held`: a worker takes no job while the jobs taken and not yet released hold this
    // many bytes (raw plus understood, UnderstandJob::held); an understood message can be many
    // times its raw size, so a bound on raw bytes alone does not keep memory flat. `ocr`: how
    // scans are read (parsers::Ocr::later leaves them to the OCR queue).
    UnderstandPool(const parsers::MatchRules& rules, size_t workers, size_t max_held = SIZE_MAX,
                   parsers::Ocr ocr = parsers::Ocr::on);
    UnderstandPool(const UnderstandPool&) = delete;
    UnderstandPool& operator=(const UnderstandPool&) = delete;
    // Workers finish the job in hand and stop; jobs not taken are never done.
    ~UnderstandPool();

    void push(std::shared_ptr<UnderstandJob> job);
    bool done(const UnderstandJob& job) const;
    void wait(const UnderstandJob& job) const;
    // The caller is done with a finished job: its bytes no longer count against max_held.
    // Jobs are released in the order they were pushed; a job not taken yet is then never
    // waiting behind held bytes (none are held), so the caller's wait() always ends.
    void release(const UnderstandJob& job);
    // Drop the jobs no worker has taken (they are never done).
    void clear();

  private:
    void work();

    const parsers::MatchRules& m_rules;
    const size_t m_max_held;
    const parsers::Ocr m_ocr;
    size_t m_held = 0; // bytes of the jobs taken and not released
    mutable std::mutex m_mutex;
    std::condition_variable m_work;         // a job to take, or stop
    mutable std::condition_variable m_done; // a job finished
    std::deque<std::shared_ptr<UnderstandJob>> m_queue;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace mailclerk::app
