// mailclerk status [--json]: where each account's folders stand.
#include <ctime>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct StatusOptions {
    bool json = false;
};

std::string ago(int64_t when) {
    if (when == 0) return "never";
    int64_t seconds = static_cast<int64_t>(std::time(nullptr)) - when;
    if (seconds < 120) return fmt::format("{} s ago", seconds);
    if (seconds < 7200) return fmt::format("{} min ago", seconds / 60);
    return fmt::format("{} h ago", seconds / 3600);
}

int run_status(const GlobalOptions& global, const StatusOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto states = workspace->index->sync_states();
    if (!states) return report(states.error());
    auto total = workspace->index->message_count();
    if (!total) return report(total.error());
    if (options.json) {
        nlohmann::json doc{{"messages", *total}, {"folders", nlohmann::json::array()}};
        for (const auto& s : *states)
            doc["folders"].push_back({{"account", s.account},
                                      {"folder", s.folder},
                                      {"uidvalidity", s.uidvalidity},
                                      {"highest_uid", s.highest_uid},
                                      {"messages", s.messages},
                                      {"last_poll", iso_date(s.last_poll)},
                                      {"last_error", s.last_error}});
        print_json(doc.dump());
        return 0;
    }
    fmt::print("{:<12} {:<20} {:>12} {:>10} {:>9}  {}\n", "account", "folder", "uidvalidity",
               "high uid", "messages", "last poll");
    for (const auto& s : *states)
        fmt::print("{:<12} {:<20} {:>12} {:>10} {:>9}  {}{}\n", s.account, s.folder, s.uidvalidity,
                   s.highest_uid, s.messages, ago(s.last_poll),
                   s.last_error.empty() ? "" : "  error: " + s.last_error);
    fmt::print("{} messages in the archive ({})\n", *total,
               workspace->config.archive_root.string());
    return 0;
}

} // namespace

void add_status(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto options = std::make_shared<StatusOptions>();
    CLI::App* command = app.add_subcommand("status", "per-folder sync state");
    command->add_flag("--json", options->json, "print JSON");
    run_when_chosen(command, global, run, options, run_status);
}

} // namespace mailclerk::cli
