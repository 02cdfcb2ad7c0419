// mailclerk index copy --to URL | --from URL: the SQLite index into PostgreSQL and back.
#include <chrono>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "store/postgres/index_copy.hpp"

namespace mailclerk::cli {
namespace {

struct IndexCopyOptions {
    std::string to;
    std::string from;
    bool replace = false;
    std::string terms_index;
};

// A line per table, one every 100,000 rows of a long one and one per index built after the
// load, each with the seconds since the copy began (where a long copy's time goes).
class CopyView : public store::pg::CopyObserver {
  public:
    void table(const std::string& name, int64_t rows) override {
        m_name = name;
        m_logged = 0;
        if (rows >= 0)
            log::info("index copy: {} ({} rows) at {:.0f} s", name, rows, seconds());
        else
            log::info("index copy: {} at {:.0f} s", name, seconds());
    }
    void rows(int64_t done) override {
        if (done - m_logged < 100'000) return;
        m_logged = done;
        log::info("index copy: {}: {} rows at {:.0f} s", m_name, done, seconds());
    }
    void building(const std::string& what) override {
        log::info("index copy: building at {:.0f} s: {}", seconds(), what);
    }

  private:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }

    std::string m_name;
    int64_t m_logged = 0;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

int run_index_copy(const GlobalOptions& global, const IndexCopyOptions& options) {
    auto workspace = app::load_config_only(global.config);
    if (!workspace) return report(workspace.error());
    if (options.to.empty() && options.from.empty())
        return report(Error{ErrorCode::usage, "index copy needs --to URL or --from URL", {}});
    const auto& index_path = workspace->config.index_path;
    CopyView view;
    store::pg::CopyOptions copy{options.replace, &view, {}, options.terms_index};
    bool to_postgresql = !options.to.empty();
    auto done = to_postgresql ? store::pg::copy_to_postgresql(index_path, options.to, copy)
                              : store::pg::copy_from_postgresql(options.from, index_path, copy);
    if (!done) return report(done.error());
    fmt::print("copied {} messages ({} rows in {} tables, schema version {}) {} in {:.1f} s\n",
               done->messages, done->rows, done->tables, done->version,
               to_postgresql ? "from " + index_path.string() + " to PostgreSQL"
                             : "from PostgreSQL to " + index_path.string(),
               done->seconds);
    return 0;
}

} // namespace

void add_index(CLI::App& app, const GlobalOptions& global, Runner& run) {
    CLI::App* index = app.add_subcommand("index", "move the index between SQLite and PostgreSQL");
    index->require_subcommand(1);
    auto [copy, options] = add_command(
        *index, "copy",
        "copy the index into PostgreSQL (--to) or back into SQLite (--from); the archive is "
        "untouched",
        global, run, run_index_copy);
    auto* to = copy->add_option("--to", options->to,
                                "a PostgreSQL URL (postgresql://user@host/db): copy the index "
                                "there, into the schema \"mailclerk\"");
    auto* from = copy->add_option(
        "--from", options->from, "a PostgreSQL URL: copy its index into the configured index file");
    to->excludes(from);
    copy->add_option("--terms-index", options->terms_index,
                     "with --to: how the search terms are indexed: rum (newest-first pages stop "
                     "early; each new message costs more to write) or gin; default rum where "
                     "the extension can be created, else gin")
        ->check(CLI::IsMember({"rum", "gin"}))
        ->needs(to);
    copy->add_flag("--replace", options->replace,
                   "drop what the target holds first (the schema, or the index file)");
}

} // namespace mailclerk::cli
