#include "daemon/app/reindex.hpp"

#include <chrono>
#include <ctime>
#include <set>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "daemon/app/price_files.hpp"
#include "daemon/app/rematch.hpp"
#include "daemon/app/understand_pool.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/sources/archive_source.hpp"
#include "store/index.hpp"

namespace mailclerk::app {
namespace fs = std::filesystem;

namespace {

constexpr int k_max_catch_up = 3; // passes before the swap
// A catch-up pass that reads fewer files than this ends the catching up: the rest is read
// after the swap.
constexpr uint64_t k_settled_files = 100;
constexpr uint64_t k_spare_bytes = 64ull << 20;

int64_t now_ns() {
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// One reindex at a time per archive (the lock goes with the process, kill -9 too).
Result<Fd> lock_reindex(const config::Config& config) {
    fs::path dir = config.archive_root / ".mailclerk";
    if (auto made = make_directories(dir); !made) return tl::unexpected(made.error());
    fs::path path = dir / "reindex.lock";
    Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (!fd) return file_error("cannot open", path, errno);
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
        return fail(ErrorCode::usage, "another `mailclerk reindex` is running on this archive",
                    "wait for it to finish");
    return fd;
}

void remove_database(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        ::unlink((path.string() + suffix).c_str());
}

uint64_t size_of(const fs::path& path) {
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

// The new index beside the old one, and (during the swap) its pages once more in the old one's
// WAL: refused up front rather than filling the disk halfway.
Status check_room(const config::Config& config) {
    const fs::path& index = config.index_path;
    struct statvfs vfs {};
    if (::statvfs(index.parent_path().c_str(), &vfs) != 0)
        return file_error("cannot see the free space of", index.parent_path(), errno);
    uint64_t free = static_cast<uint64_t>(vfs.f_bavail) * vfs.f_frsize;
    uint64_t live = size_of(index) + size_of(index.string() + "-wal");
    uint64_t need = 2 * live + k_spare_bytes;
    if (free >= need) return {};
    return fail(ErrorCode::storage,
                fmt::format("not enough room to rebuild the index: about {} MB needed, {} MB free "
                            "on the filesystem holding {}",
                            need >> 20, free >> 20, index.parent_path().string()),
                "make room there and run `mailclerk reindex` again: the index was not touched");
}

// Where writers stand, taken under the live index's write lock: every file placed before
// `changed_before` belongs to a batch that committed (or gave up) before the lock was taken, so
// its journal records end before `journal`.
struct Barrier {
    int64_t changed_before = 0;
    store::JournalPosition journal;
};

class Rebuilder {
  public:
    Rebuilder(const config::Config& config, ReindexObserver* observer,
              const std::atomic<bool>* stop)
        : m_config(config), m_observer(observer), m_stop(stop), m_journal(journal_dir(config)) {}

    Status run() {
        open_live();
        if (auto built = build(); !built) {
            m_build.reset();
            remove_database(rebuild_path(m_config));
            return built;
        }
        if (auto swapped = swap(); !swapped) return swapped;
        return finish_on_live();
    }

    ReindexReport report;

  private:
    void phase(const std::string& what) {
        if (m_observer) m_observer->phase(what);
    }
    bool stopped() const { return m_stop && *m_stop; }

    // The old index, when it opens, for the barriers and the swap. No journal on this
    // connection: it only applies what other processes journaled.
    void open_live() {
        if (size_of(m_config.index_path) == 0) return; // missing: the new one is renamed in
        auto live = store::Index::open(m_config.index_path);
        if (live) m_live.emplace(std::move(*live)); // else damaged: replaced by a rename too
    }

    Result<Barrier> barrier() {
        Barrier b;
        b.changed_before = now_ns();
        if (m_live)
            if (auto begun = m_live->begin(); !begun) return tl::unexpected(begun.error());
        auto end = m_journal.end();
        if (m_live) m_live->rollback();
        if (!end) return tl::unexpected(end.error());
        b.journal = *end;
        return b;
    }

    // Replay the journal into `index` from where the last replay ended, and take the
    // directory it then holds as the matching rules.
    Status replay_into(store::Index& index, std::optional<store::JournalPosition> until) {
        auto replayed = index.replay(m_journal, m_position, until);
        if (!replayed) return tl::unexpected(replayed.error());
        report.replay.records += replayed->records;
        report.replay.skipped += replayed->skipped;
        for (std::string& note : replayed->notes)
            if (report.replay.notes.size() < 20) report.replay.notes.push_back(std::move(note));
        m_directory_changed = m_directory_changed || replayed->directory_changes > 0;
        m_position = replayed->end;
        report.replay.end = m_position;
        auto rows = index.directory();
        if (!rows) return tl::unexpected(rows.error());
        m_rules.customers = customer_rules(*rows);
        // The corrections replayed so far show price columns; files indexed after them read
        // their tables with them, as the live index did.
        auto choices = index.column_choices();
        if (!choices) return tl::unexpected(choices.error());
        m_rules.column_choices = std::move(*choices);
        return {};
    }

    // The archive's message files whose inode changed inside `window`, through the pipeline.
    Result<uint64_t> pass(store::Index& index, sources::ChangedWindow window) {
        store::Archive archive(m_config.archive_root, store::Filing::recognise);
        sources::ArchiveFiles source(
            m_config.archive_root,
            [&index](const std::string& sha256) { return index.replayed_sources(sha256); },
            sources::BatchPolicy{}, window);
        if (auto planned = source.plan(); !planned) return tl::unexpected(planned.error());
        if (m_observer) m_observer->planned(source.file_count(), source.total_bytes());
        Ingest ingest(m_rules, archive, index, m_observer, m_stop, default_workers(),
                      PriceLists::leave);
        Status read = source.read(ingest);
        if (ingest.sink_failed() || ingest.interrupted()) {
            ingest.abandon();
            if (ingest.interrupted())
                return fail(ErrorCode::io, "interrupted: the index was not replaced");
            return tl::unexpected(read.error());
        }
        if (auto finished = ingest.finish(); !finished) return tl::unexpected(finished.error());
        if (!read) return tl::unexpected(read.error());
        const IngestCounts& c = ingest.counts();
        IngestCounts& total = report.counts;
        total.messages += c.messages;
        total.added += c.added;
        total.duplicates += c.duplicates;
        total.flagged += c.flagged;
        total.unreadable += c.unreadable;
        total.bytes += c.bytes;
        return c.messages + c.unreadable;
    }

    Status build();
    Status adopt_documents(store::Index& index);
    Status swap();
    Status finish_on_live();

    const config::Config& m_config;
    ReindexObserver* m_observer;
    const std::atomic<bool>* m_stop;
    store::Journal m_journal;
    parsers::MatchRules m_rules;
    std::optional<store::Index> m_live;
    std::optional<store::Index> m_build;
    store::JournalPosition m_position;
    int64_t m_changed_since = 0;
    bool m_directory_changed = false;
};

Status Rebuilder::build() {
    fs::path path = rebuild_path(m_config);
    remove_database(path); // an interrupted reindex's
    auto rules = match_rules(m_config);
    if (!rules) return tl::unexpected(rules.error());
    m_rules = std::move(*rules);
    auto opened = store::Index::open(path);
    if (!opened) return tl::unexpected(opened.error());
    m_build.emplace(std::move(*opened));
    store::Index& index = *m_build;
    std::vector<store::CustomerRow> config_rows = customer_rows(m_config);
    if (auto synced = index.sync_customers(config_rows); !synced) return synced;
    phase("replaying the journal");
    auto first = barrier();
    if (!first) return tl::unexpected(first.error());
    if (auto replayed = replay_into(index, first->journal); !replayed) return replayed;
    m_directory_changed = false; // rules are taken after each replay; only later changes count
    // The config wins over the journal for its own customers, as at every start.
    if (auto synced = index.sync_customers(config_rows); !synced) return synced;
    phase("reading the archive");
    if (auto read = pass(index, {0, first->changed_before}); !read)
        return tl::unexpected(read.error());
    m_changed_since = first->changed_before;
    phase("recognising documents");
    if (auto adopted = adopt_documents(index); !adopted) return adopted;
    for (int k = 0; k < k_max_catch_up && !stopped(); ++k) {
        phase("catching up with mail archived meanwhile");
        auto next = barrier();
        if (!next) return tl::unexpected(next.error());
        if (auto replayed = replay_into(index, next->journal); !replayed) return replayed;
        auto read = pass(index, {m_changed_since, next->changed_before});
        if (!read) return tl::unexpected(read.error());
        m_changed_since = next->changed_before;
        ++report.passes;
        if (*read < k_settled_files) break;
    }
    auto orphans = index.settle_replay();
    if (!orphans) return tl::unexpected(orphans.error());
    report.orphans += *orphans;
    phase("checking the new index");
    auto checked = index.check_integrity(store::IntegrityDepth::quick);
    if (!checked) return tl::unexpected(checked.error());
    if (!checked->clean())
        return fail(ErrorCode::corrupt,
                    "the rebuilt index fails its check: " + checked->problems.front());
    if (stopped()) return fail(ErrorCode::io, "interrupted: the index was not replaced");
    return {};
}

// Document files that no message claimed (an earlier mailclerk named or chose them otherwise)
// are recognised by their bytes among the attachments of the customer's messages.
Status Rebuilder::adopt_documents(store::Index& index) {
    fs::path customers = m_config.archive_root / "customers";
    std::error_code ec;
    if (!fs::is_directory(customers, ec)) return {};
    for (fs::directory_iterator customer(customers, ec), end; !ec && customer != end;
         customer.increment(ec)) {
        for (fs::directory_iterator kind(customer->path(), ec); !ec && kind != end;
             kind.increment(ec)) {
            if (!kind->is_directory(ec) || kind->path().filename() == "mail") continue;
            for (fs::recursive_directory_iterator file(kind->path(), ec), none; !ec && file != none;
                 file.increment(ec)) {
                if (!file->is_regular_file(ec) ||
                    file->path().filename().string().starts_with(k_temp_prefix))
                    continue;
                std::string relative =
                    file->path().lexically_relative(m_config.archive_root).generic_string();
                auto known = index.knows_file(relative);
                if (!known) return tl::unexpected(known.error());
                if (*known) continue;
                auto bytes = read_file(file->path());
                if (!bytes) continue; // left for verify to report
                auto adopted = index.adopt_document(relative, sha256_hex(*bytes));
                if (!adopted) return tl::unexpected(adopted.error());
                report.adopted += *adopted ? 1 : 0;
            }
        }
    }
    if (ec) return fail(ErrorCode::io, "cannot read " + customers.string() + ": " + ec.message());
    return {};
}

Status Rebuilder::swap() {
    phase("putting the new index in place");
    fs::path path = rebuild_path(m_config);
    m_build.reset(); // closed: its WAL is folded into the file
    if (m_live) {
        auto replaced = m_live->replace_with(path);
        if (replaced) {
            remove_database(path);
            return {};
        }
        if (replaced.error().code != ErrorCode::corrupt) return replaced;
        m_live.reset(); // too damaged to be written through SQLite: renamed over instead
    }
    // Nobody writes a missing or unopenable index (every mailclerk refuses it); its WAL and
    // shared memory belong to the old file and must not meet the new one.
    const fs::path& live = m_config.index_path;
    for (const char* suffix : {"-wal", "-shm"})
        ::unlink((live.string() + suffix).c_str());
    if (std::rename(path.c_str(), live.c_str()) != 0)
        return file_error("cannot rename the rebuilt index into", live, errno);
    if (auto synced = sync_directory(live.parent_path()); !synced) return synced;
    report.renamed = true;
    auto opened = store::Index::open(live);
    if (!opened) return tl::unexpected(opened.error());
    m_live.emplace(std::move(*opened));
    return {};
}

// What writers archived into the old index since the last pass (and what they write into the
// new one, which is found there already): applied under the live index's write lock, so that
// no record older than a writer's newest lands after it.
Status Rebuilder::finish_on_live() {
    phase("catching up after the swap");
    store::Index& live = *m_live;
    int64_t before = now_ns();
    if (auto replayed = replay_into(live, std::nullopt); !replayed) return replayed;
    auto read = pass(live, {m_changed_since, before});
    if (!read) return tl::unexpected(read.error());
    auto orphans = live.settle_replay();
    if (!orphans) return tl::unexpected(orphans.error());
    report.orphans += *orphans;
    store::Archive archive(m_config.archive_root);
    if (m_directory_changed) { // a customer changed during the rebuild: file its mail anew
        phase("re-matching after directory changes made meanwhile");
        if (auto rematched = rematch(m_rules, archive, live); !rematched)
            return tl::unexpected(rematched.error());
    }
    phase("rewriting price lists");
    auto rows = live.directory();
    if (!rows) return tl::unexpected(rows.error());
    std::set<std::string> priced;
    for (const store::CustomerRow& row : *rows) {
        auto prices = live.prices(row.slug);
        if (prices && !prices->empty()) priced.insert(row.slug);
    }
    rewrite_price_lists(live, m_config.archive_root, priced);
    auto count = live.message_count();
    if (!count) return tl::unexpected(count.error());
    report.messages = *count;
    return {};
}

} // namespace

fs::path rebuild_path(const config::Config& config) {
    return config.index_path.string() + ".rebuild";
}

Result<ReindexReport> reindex(const config::Config& config, ReindexObserver* observer,
                              const std::atomic<bool>* stop) {
    auto start = std::chrono::steady_clock::now();
    auto lock = lock_reindex(config);
    if (!lock) return tl::unexpected(lock.error());
    if (auto room = check_room(config); !room) return tl::unexpected(room.error());
    Rebuilder rebuilder(config, observer, stop);
    if (auto done = rebuilder.run(); !done) return tl::unexpected(done.error());
    rebuilder.report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return rebuilder.report;
}

} // namespace mailclerk::app
