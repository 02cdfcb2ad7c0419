// mailclerk reindex: rebuild the index from the archive (mail files and journal) and swap it in.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/reindex.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/cli/progress.hpp"

namespace mailclerk::cli {
namespace {

struct ReindexOptions {};

// A progress bar per pass over the archive, a line per phase.
class ReindexView : public app::ReindexObserver {
  public:
    void phase(const std::string& what) override {
        clear();
        log::info("reindex: {}", what);
    }
    void planned(uint64_t files, uint64_t bytes) override {
        clear();
        m_progress = std::make_unique<Progress>(bytes, files, stderr_is_terminal());
    }
    void progress(const app::IngestCounts& counts) override {
        if (m_progress) m_progress->update(counts.messages, counts.consumed);
    }
    void unreadable(const Error& error) override {
        clear();
        log::error("{}", error.message);
    }
    void clear() {
        if (m_progress) m_progress->clear();
    }

  private:
    std::unique_ptr<Progress> m_progress;
};

int run_reindex(const GlobalOptions& global, const ReindexOptions&) {
    auto workspace = app::load_config_only(global.config);
    if (!workspace) return report(workspace.error());
    ReindexView view;
    auto done = app::reindex(workspace->config, &view, &stop_on_signals());
    view.clear();
    if (!done) return report(done.error());
    const app::ReindexReport& r = *done;
    fmt::print("{} messages indexed from {} archive files ({} copies of a message, {} "
               "flagged) in {:.1f} s\n",
               r.messages, r.counts.messages, r.counts.duplicates, r.counts.flagged, r.seconds);
    fmt::print("{} journal records replayed", r.replay.records);
    if (r.replay.skipped) fmt::print(", {} skipped", r.replay.skipped);
    if (r.adopted) fmt::print("; {} document files recognised by their bytes", r.adopted);
    fmt::print("\n");
    for (const std::string& note : r.replay.notes)
        log::warning("journal record skipped: {}", note);
    if (r.orphans)
        log::warning("{} journal records name messages the archive does not hold (dropped)",
                     r.orphans);
    if (r.counts.unreadable) log::error("{} archive files could not be read", r.counts.unreadable);
    fmt::print("{}\n",
               r.renamed ? "the new index replaced the damaged one" : "the new index is in place");
    return r.counts.unreadable > 0 ? 1 : 0;
}

} // namespace

void add_reindex(CLI::App& app, const GlobalOptions& global, Runner& run) {
    add_command(app, "reindex",
                "rebuild the index from the archive (mail files and journal) and swap it in",
                global, run, run_reindex);
}

} // namespace mailclerk::cli
