#include "daemon/app/ocr_queue.hpp"

#include <algorithm>
#include <exception>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include "common/log.hpp"
#include "daemon/app/archived.hpp"
#include "daemon/app/price_files.hpp"

namespace mailclerk::app {
namespace {

// Run body in one transaction of the index: committed when it succeeds, rolled back otherwise.
template <typename Body> Status in_transaction(store::Index& index, Body body) {
    if (auto begun = index.begin(); !begun) return begun;
    Status status = body();
    if (status) return index.commit();
    index.rollback();
    return status;
}

Status give_up(store::Index& index, const store::OcrQueued& queued, OcrReport& report) {
    log::warning("ocr: giving up message {} after {} tries; its scans stay unread", queued.sha256,
                 queued.tries);
    ++report.failed;
    return in_transaction(index, [&] { return index.fail_ocr(queued.row); });
}

// A read cut by its time limit: on a busy machine the low-priority OCR thread gets little CPU
// and runs out of wall time, which says nothing about the scan.
bool timed_out(const parsers::Understanding& u) {
    return std::ranges::any_of(u.texts, [](const auto& t) { return t.flag == "timeout"; });
}

// One message of the queue read with OCR and its texts and prices replaced; false when the read
// timed out and the message stays pending for a later round (its try counted).
Result<bool> read_queued(Workspace& workspace, const store::OcrQueued& queued, OcrReport& report) {
    store::Index& index = *workspace.index;
    auto done = [](Status status) -> Result<bool> {
        if (!status) return tl::unexpected(status.error());
        return true;
    };
    if (queued.tries >= k_max_ocr_tries) return done(give_up(index, queued, report));
    // Committed before OCR begins: a read that kills the process is counted.
    if (auto counted = in_transaction(index, [&] { return index.count_ocr_try(queued.row); });
        !counted)
        return tl::unexpected(counted.error());
    auto understood = understand_archived(workspace, queued.sha256, parsers::Depth::documents);
    if (!understood) return tl::unexpected(understood.error());
    if (!*understood) return done(give_up(index, queued, report));
    const parsers::Understanding& u = **understood;
    if (timed_out(u)) {
        log::warning("ocr: message {} ran out of time (try {} of {}); it stays pending",
                     queued.sha256, queued.tries + 1, k_max_ocr_tries);
        ++report.deferred;
        return false;
    }
    Status replaced = in_transaction(index, [&]() -> Status {
        if (auto texts = index.replace_attachment_texts(queued.row, u.texts); !texts) return texts;
        return index.replace_prices(queued.row, u.message, u.classification, u.prices);
    });
    if (!replaced) return tl::unexpected(replaced.error());
    ++report.messages;
    std::vector<std::string> slugs = u.slugs();
    rewrite_price_lists(index, workspace.archive->root(), {slugs.begin(), slugs.end()});
    return true;
}

} // namespace

Result<OcrReport> run_ocr_queue(Workspace& workspace, size_t limit, const std::atomic<bool>* stop) {
    if (!workspace.index) return fail(ErrorCode::usage, "the OCR queue needs the SQLite index");
    store::Index& index = *workspace.index;
    OcrReport report;
    for (size_t taken = 0; limit == 0 || taken < limit; ++taken) {
        if (stop && *stop) break;
        auto next = index.ocr_queue(1);
        if (!next) return tl::unexpected(next.error());
        if (next->empty()) break;
        auto read = read_queued(workspace, next->front(), report);
        if (!read) return tl::unexpected(read.error());
        if (!*read) break; // timed out: the next round tries it again, not this one at once
    }
    auto counts = index.ocr_counts();
    if (!counts) return tl::unexpected(counts.error());
    report.pending = counts->pending;
    return report;
}

void lower_thread_priority() {
    sched_param param{};
    if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &param) == 0) return;
    // Linux: setpriority on the thread's own id changes that thread alone.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
}

namespace {

constexpr size_t k_worker_round = 5; // messages per round: a stop is seen between them
constexpr auto k_worker_idle = std::chrono::minutes(1);

} // namespace

OcrWorker::OcrWorker(std::string config_flag)
    : m_config_flag(std::move(config_flag)), m_thread([this] { run(); }) {}

OcrWorker::~OcrWorker() {
    (void)stop(std::chrono::hours(24));
}

void OcrWorker::nudge() {
    std::lock_guard lock(m_mutex);
    m_nudged = true;
    m_wake.notify_all();
}

bool OcrWorker::stop(std::chrono::milliseconds wait) {
    m_stop = true;
    std::unique_lock lock(m_mutex);
    m_wake.notify_all();
    if (!m_done.wait_for(lock, wait, [this] { return m_finished; })) return false;
    lock.unlock();
    if (m_thread.joinable()) m_thread.join();
    return true;
}

bool OcrWorker::round() {
    auto workspace = open_workspace(m_config_flag);
    if (!workspace) {
        log::error("ocr: {}", workspace.error().message);
        return false;
    }
    auto report = run_ocr_queue(*workspace, k_worker_round, &m_stop);
    if (!report) {
        log::error("ocr: {}", report.error().message);
        return false;
    }
    if (report->messages > 0 || report->failed > 0)
        log::info("ocr: {} messages read, {} given up, {} attachments pending", report->messages,
                  report->failed, report->pending);
    return report->messages > 0 || report->failed > 0;
}

// A round that throws (out of memory in a scan, a library's exception) must not end the daemon
// through std::terminate: it is logged, and the queue is tried again after the idle wait.
bool OcrWorker::round_caught() {
    try {
        return round();
    } catch (const std::exception& error) {
        log::error("ocr: {}", error.what());
    } catch (...) {
        log::error("ocr: an unknown exception ended a round");
    }
    return false;
}

void OcrWorker::run() {
    lower_thread_priority();
    auto settings = load_config_only(m_config_flag);
    bool postgresql =
        settings && settings->config.index.backend == config::IndexBackend::postgresql;
    if (postgresql) log::info("ocr: no OCR queue on PostgreSQL; scans are read as mail is filed");
    while (!m_stop && !postgresql) {
        if (round_caught()) continue;
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, k_worker_idle, [this] { return m_stop || m_nudged; });
        m_nudged = false;
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_done.notify_all();
}

} // namespace mailclerk::app
