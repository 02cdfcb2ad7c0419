// mailclerk import PATH...: .eml files, folders, mbox files, Maildirs and PST/OST files into the
// archive.
#include <csignal>
#include <filesystem>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/cli/progress.hpp"
#include "daemon/import/local_source.hpp"
#include "daemon/pipeline.hpp"
#include "daemon/workspace.hpp"

namespace mailclerk::cli {
namespace {

// Set by SIGINT/SIGTERM (stop_on_signals) once the import has started.
const std::atomic<bool>* g_stop = nullptr;
bool stop_requested() {
    return g_stop && *g_stop;
}

struct ImportOptions {
    std::vector<std::string> paths;
    size_t batch_messages = 500;
};

struct Counters {
    uint64_t messages = 0, added = 0, duplicates = 0, flagged = 0, unreadable = 0;
    uint64_t bytes_before_file = 0; // source bytes of the files finished so far
    uint64_t bytes_done = 0;
};

// Commit after this many messages or source bytes, whichever comes first.
constexpr uint64_t k_batch_bytes = 64ull << 20;

class Importer {
  public:
    Importer(daemon::Workspace& workspace, const ImportOptions& options)
        : m_options(options), m_pipeline(workspace.rules, *workspace.archive, *workspace.index) {}

    int run(const std::vector<daemon::SourceFile>& files, uint64_t total_bytes) {
        Progress progress(total_bytes, files.size(), stderr_is_terminal());
        m_progress = &progress;
        Status failure;
        for (const daemon::SourceFile& file : files) {
            if (stop_requested()) break;
            auto read = daemon::read_source(file, [&](auto raw, const auto& ref, auto consumed) {
                return take(raw, ref, file, consumed);
            });
            m_counters.bytes_before_file += file.bytes;
            if (read || stop_requested()) continue;
            if (m_fatal) { // the archive or the index failed: stop, keep what is done
                failure = read;
                break;
            }
            progress.clear(); // this one file could not be read: say so and go on
            log::error("{}", read.error().message);
            ++m_counters.unreadable;
        }
        progress.clear();
        if (auto flushed = m_pipeline.flush(); !flushed && failure) failure = flushed;
        print_summary();
        if (!failure) return report(failure.error());
        if (stop_requested()) {
            log::warning("interrupted: everything imported so far is committed");
            return 130;
        }
        return m_counters.unreadable > 0 ? 1 : 0;
    }

  private:
    Status take(std::string_view raw, const store::SourceRef& ref, const daemon::SourceFile& file,
                uint64_t consumed) {
        if (stop_requested()) return fail(ErrorCode::io, "interrupted");
        auto ingested = m_pipeline.ingest(raw, ref);
        if (!ingested) {
            m_fatal = true;
            return tl::unexpected(ingested.error());
        }
        count(*ingested, file);
        m_counters.bytes_done = m_counters.bytes_before_file + consumed;
        m_progress->update(m_counters.messages, m_counters.bytes_done);
        m_batch_bytes += raw.size();
        if (++m_batch_messages >= m_options.batch_messages || m_batch_bytes >= k_batch_bytes) {
            m_batch_messages = 0;
            m_batch_bytes = 0;
            if (auto flushed = m_pipeline.flush(); !flushed) {
                m_fatal = true;
                return flushed;
            }
        }
        return {};
    }

    void count(const daemon::Ingested& ingested, const daemon::SourceFile& file) {
        ++m_counters.messages;
        switch (ingested.outcome) {
        case daemon::Outcome::added:
            ++m_counters.added;
            break;
        case daemon::Outcome::duplicate:
            ++m_counters.duplicates;
            break;
        case daemon::Outcome::flagged:
            ++m_counters.flagged;
            m_progress->clear();
            log::warning("{}: not a readable message; archived raw as {} and flagged",
                         file.path.string(),
                         ingested.paths.empty() ? std::string("?") : ingested.paths.front());
            break;
        }
    }

    void print_summary() const {
        fmt::print("{} messages: {} new, {} already archived, {} failed but archived raw",
                   m_counters.messages, m_counters.added, m_counters.duplicates,
                   m_counters.flagged);
        if (m_counters.unreadable) fmt::print(", {} files unreadable", m_counters.unreadable);
        fmt::print("\n");
    }

    const ImportOptions& m_options;
    daemon::Pipeline m_pipeline;
    Progress* m_progress = nullptr;
    Counters m_counters;
    uint64_t m_batch_messages = 0, m_batch_bytes = 0;
    bool m_fatal = false;
};

int run_import(const GlobalOptions& global, const ImportOptions& options) {
    auto workspace = daemon::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    auto files = daemon::plan_sources(paths);
    if (!files) return report(files.error());
    uint64_t total = 0;
    for (const auto& file : *files)
        total += file.bytes;
    g_stop = &stop_on_signals();
    Importer importer(*workspace, options);
    return importer.run(*files, total);
}

} // namespace

void add_import(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command =
        app.add_subcommand("import", ".eml files or folders, mbox, Maildir, Outlook .pst/.ost");
    command->add_option("paths", options->paths, "files or folders to import")->required();
    command->add_option("--batch", options->batch_messages, "messages per commit")
        ->check(CLI::Range(1, 100000));
    command->callback([&global, &run, options] {
        run = [&global, options] { return run_import(global, *options); };
    });
}

} // namespace mailclerk::cli
