// mailclerk status [--json]: where each account's folders stand.
#include <ctime>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/push_status.hpp"
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

// How each configured account is watched, as the running daemon reports it.
std::vector<app::AccountPush> push_of(const config::Config& config,
                                      const std::optional<app::PushReport>& report) {
    std::vector<app::AccountPush> out;
    for (const config::Account& account : config.accounts) {
        app::AccountPush push{account.name, "", 0, 0, 0, {}};
        if (report)
            for (const app::AccountPush& known : report->accounts)
                if (known.account == account.name) push = known;
        out.push_back(push);
    }
    return out;
}

std::string describe_push(const app::AccountPush& push) {
    if (push.mode.empty()) return "daemon not running";
    if (push.mode == "polled") return "polled";
    return fmt::format("pushed ({}: {} folders watched, {} polled)", push.mode, push.watched,
                       push.polled);
}

void print_accounts(const std::vector<app::AccountPush>& pushes) {
    for (const auto& p : pushes) {
        fmt::print("{}: {}\n", p.account, describe_push(p));
        if (p.paused_until != 0)
            fmt::print("account {}: paused until {} after: {}\n", p.account,
                       app::clock_time(p.paused_until), p.paused_after);
    }
}

int run_status(const GlobalOptions& global, const StatusOptions& options) {
    // What the daemon says comes first: on a full disk the index may not open (its WAL needs
    // room), and the daemon's pause is then what the reader came for.
    auto settings = app::load_config_only(global.config);
    if (!settings) return report(settings.error());
    auto daemon = app::read_push_status(app::push_status_path(settings->config.index_path));
    if (!daemon) return report(daemon.error());
    auto pushes = push_of(settings->config, *daemon);
    auto workspace = app::open_reader(global.config);
    if (!workspace) {
        if (!options.json && workspace.error().code == ErrorCode::storage) print_accounts(pushes);
        return report(workspace.error());
    }
    auto states = workspace->sync_states();
    if (!states) return report(states.error());
    auto total = workspace->timeline().message_count();
    if (!total) return report(total.error());
    // The OCR queue is the SQLite index's (app/ocr_queue.hpp); PostgreSQL reads scans at ingest.
    std::optional<store::OcrCounts> ocr;
    if (workspace->index) {
        auto counts = workspace->index->ocr_counts();
        if (!counts) return report(counts.error());
        ocr = *counts;
    }
    if (options.json) {
        auto account = [](const auto& p) -> nlohmann::json {
            return {{"account", p.account},
                    {"push", p.mode.empty() ? nlohmann::json() : nlohmann::json(p.mode)},
                    {"watched", p.watched},
                    {"polled", p.polled},
                    {"paused_until", p.paused_until == 0
                                         ? nlohmann::json()
                                         : nlohmann::json(iso_date(p.paused_until))},
                    {"paused_after",
                     p.paused_until == 0 ? nlohmann::json() : nlohmann::json(p.paused_after)}};
        };
        auto folder = [](const auto& s) -> nlohmann::json {
            return {{"account", s.account},         {"folder", s.folder},
                    {"uidvalidity", s.uidvalidity}, {"highest_uid", s.highest_uid},
                    {"messages", s.messages},       {"last_poll", iso_date(s.last_poll)},
                    {"last_error", s.last_error}};
        };
        // The OCR counts stay out of the JSON until PostgreSQL can answer them: `status --json`
        // is the same document on both backends (test_postgres_search).
        print_json(nlohmann::json{{"messages", *total},
                                  {"daemon_running", daemon->has_value()},
                                  {"accounts", json_array(pushes, account)},
                                  {"folders", json_array(*states, folder)}}
                       .dump());
        return 0;
    }
    print_accounts(pushes);
    fmt::print("{:<12} {:<20} {:>12} {:>10} {:>9}  {}\n", "account", "folder", "uidvalidity",
               "high uid", "messages", "last poll");
    for (const auto& s : *states)
        fmt::print("{:<12} {:<20} {:>12} {:>10} {:>9}  {}{}\n", s.account, s.folder, s.uidvalidity,
                   s.highest_uid, s.messages, ago(s.last_poll),
                   s.last_error.empty() ? "" : "  error: " + s.last_error);
    fmt::print("{} messages in the archive ({})\n", *total,
               workspace->config.archive_root.string());
    if (ocr && (ocr->pending > 0 || ocr->failed > 0))
        fmt::print("{} attachments wait for OCR (the daemon or `mailclerk ocr` reads them), {} "
                   "could not be read\n",
                   ocr->pending, ocr->failed);
    return 0;
}

} // namespace

void add_status(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "status", "per-folder sync state", global, run, run_status);
    add_json_flag(command, options->json);
}

} // namespace mailclerk::cli
