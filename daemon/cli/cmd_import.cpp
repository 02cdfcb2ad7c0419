// mailclerk import PATH...: .eml files, folders, mbox files, Maildirs and PST/OST files into the
// archive.
#include <filesystem>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/cli/progress.hpp"
#include "daemon/sources/local_source.hpp"

namespace mailclerk::cli {
namespace {

struct ImportOptions {
    std::vector<std::string> paths;
    size_t batch_messages = 500;
    size_t workers = app::default_workers();
    std::string ocr = "later"; // "inline": scans are OCR'd as they are imported
};

// The progress bar and the log lines of an import.
class ImportView : public app::IngestObserver {
  public:
    ImportView(uint64_t total_bytes, size_t files)
        : m_progress(total_bytes, files, stderr_is_terminal()) {}
    void progress(const app::IngestCounts& counts) override {
        m_progress.update(counts.messages, counts.consumed);
    }
    void flagged(const sources::SourceRef& source, const std::string& archived_as) override {
        m_progress.clear();
        log::warning("{}: not a readable message; archived raw as {} and flagged", source.folder,
                     archived_as);
    }
    void unreadable(const Error& error) override {
        m_progress.clear(); // this one file could not be read: say so and go on
        log::error("{}", error.message);
    }
    void done() { m_progress.clear(); }

  private:
    Progress m_progress;
};

void print_summary(const app::IngestCounts& counts) {
    fmt::print("{} messages: {} new, {} already archived, {} failed but archived raw",
               counts.messages, counts.added, counts.duplicates, counts.flagged);
    if (counts.unreadable) fmt::print(", {} files unreadable", counts.unreadable);
    fmt::print("\n");
}

int run_import(const GlobalOptions& global, const ImportOptions& options) {
    auto workspace = app::open_writer(global.config);
    if (!workspace) return report(workspace.error());
    std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    auto files = sources::plan_sources(paths);
    if (!files) return report(files.error());
    sources::LocalFiles source(std::move(*files),
                               sources::BatchPolicy{options.batch_messages, 64ull << 20});
    const std::atomic<bool>& stop = stop_on_signals();
    ImportView view(source.total_bytes(), source.file_count());
    parsers::Ocr ocr = options.ocr == "inline"
                           ? parsers::Ocr::on
                           : app::ingest_ocr(workspace->postgres_writer != nullptr);
    app::Ingest ingest(workspace->rules, *workspace->archive, workspace->writer(),
                       workspace->price_book(), &view, &stop, options.workers,
                       app::PriceLists::rewrite, ocr);
    Status read = source.read(ingest);
    view.done();
    // Whatever was taken before an interruption or a damaged source file is committed (no
    // message is taken half); a failure of the archive or the index (disk full) rolls the batch
    // in hand back, files and rows, and the next run imports it again.
    Status finished;
    if (ingest.sink_failed())
        ingest.abandon();
    else
        finished = ingest.finish();
    print_summary(ingest.counts());
    if (ingest.interrupted()) {
        log::warning("interrupted: everything imported so far is committed");
        return 130;
    }
    if (!read) return report(read.error());
    if (!finished) return report(finished.error());
    return ingest.counts().unreadable > 0 ? 1 : 0;
}

} // namespace

void add_import(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "import", ".eml files or folders, mbox, Maildir, Outlook .pst/.ost",
                    global, run, run_import);
    command->add_option("paths", options->paths, "files or folders to import")->required();
    command->add_option("--batch", options->batch_messages, "messages per commit")
        ->check(CLI::Range(1, 100000));
    command
        ->add_option("--workers", options->workers,
                     "threads that parse messages beside the writer (0: parse on the writer)")
        ->check(CLI::Range(0, 64));
    command
        ->add_option("--ocr", options->ocr,
                     "scans and document images: later (filed at once, read by the daemon or "
                     "`mailclerk ocr`) or inline (read during the import)")
        ->check(CLI::IsMember({"later", "inline"}));
}

} // namespace mailclerk::cli
