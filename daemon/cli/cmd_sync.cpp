// mailclerk sync [--once] [--account A]: one pass over the IMAP accounts, then exit.
// mailclerk daemon: the service (daemon/service.hpp).
#include <atomic>
#include <csignal>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/service.hpp"

namespace mailclerk::cli {
namespace {

struct SyncOptions {
    bool once = true; // a pass always ends; the flag is accepted for the documented spelling
    std::string account;
};

void print_result(const config::Account& account, const app::AccountResult& result) {
    size_t added = 0, known = 0;
    for (const auto& folder : result.folders) {
        added += folder.added + folder.flagged;
        known += folder.duplicates + folder.skipped;
    }
    fmt::print("{}: {} new, {} already archived, {} folders, {} copies to customer folders; "
               "after login: round trips: {}, bytes in: {}, bytes out: {}\n",
               account.name, added, known, result.folders.size(), result.copied, result.round_trips,
               result.bytes_received, result.bytes_sent);
}

int run_sync(const GlobalOptions& global, const SyncOptions& options) {
    auto workspace = app::open_writer(global.config);
    if (!workspace) return report(workspace.error());
    const auto& accounts = workspace->config.accounts;
    if (!options.account.empty() &&
        std::none_of(accounts.begin(), accounts.end(),
                     [&](const auto& a) { return a.name == options.account; }))
        return report(Error{ErrorCode::usage, fmt::format("no account '{}'", options.account),
                            "accounts are the config's [[account]] tables"});
    // Each pass opens its own connection.
    workspace->index.reset();
    workspace->postgres_writer.reset();
    workspace->postgres.reset();
    const std::atomic<bool>& stop = stop_on_signals();
    int exit_code = 0;
    for (const config::Account& account : accounts) {
        if (stop) break;
        if (!options.account.empty() && account.name != options.account) continue;
        auto result = app::sync_account(workspace->config, workspace->rules, account, stop);
        if (!result) {
            log::error("{}", result.error().message);
            if (!result.error().hint.empty()) log::error("hint: {}", result.error().hint);
            exit_code = 1; // other accounts go on
            continue;
        }
        print_result(account, *result);
        for (const auto& folder : result->folders)
            if (!folder.error.empty()) exit_code = 1;
    }
    return exit_code;
}

} // namespace

void add_sync(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(app, "sync", "one pass over the IMAP accounts, then exit",
                                          global, run, run_sync);
    command->add_flag("--once", options->once, "one pass (the default)");
    command->add_option("--account", options->account, "only this account");
}

void add_daemon(CLI::App& app, const GlobalOptions& global, Runner& run) {
    CLI::App* command = app.add_subcommand("daemon", "run the service in the foreground");
    command->callback(
        [&global, &run] { run = [&global] { return service::run_service(global.config); }; });
}

} // namespace mailclerk::cli
