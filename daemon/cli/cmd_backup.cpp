// mailclerk backup DEST: the index (online), the journal and a manifest, into a new folder.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "daemon/app/backup.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct BackupOptions {
    std::string dest;
};

int run_backup(const GlobalOptions& global, const BackupOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto done = app::backup(workspace->config, *workspace->index, options.dest);
    if (!done) return report(done.error());
    fmt::print("backed up {} messages: index {:.1f} MB, journal {:.1f} MB, in {:.1f} s to {}\n",
               done->messages, static_cast<double>(done->index_bytes) / 1048576.0,
               static_cast<double>(done->journal_bytes) / 1048576.0, done->seconds,
               done->dest.string());
    fmt::print("the mail files are plain files: back up {} with your file backup (rsync -aH)\n",
               workspace->config.archive_root.string());
    return 0;
}

} // namespace

void add_backup(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(
        app, "backup", "copy the index (online), the journal and a manifest into a new folder",
        global, run, run_backup);
    command->add_option("dest", options->dest, "the folder to create")->required();
}

} // namespace mailclerk::cli
