// mailclerk rematch [--json]: re-match and re-file every archived message after the customer
// directory changed, from the archived bytes (nothing is fetched again).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/rematch.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

int run_rematch(const GlobalOptions& global, bool json) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    const auto& stop = stop_on_signals();
    auto result = app::rematch(workspace->rules, *workspace->archive, *workspace->index, &stop);
    if (!result) return report(result.error());
    if (json) {
        print_json(nlohmann::json{{"messages", result->messages},
                                  {"changed", result->changed},
                                  {"linked", result->linked},
                                  {"unlinked", result->unlinked},
                                  {"unreadable", result->unreadable},
                                  {"interrupted", stop.load()}}
                       .dump());
        return 0;
    }
    fmt::print("re-matched {} messages: {} changed, {} links added, {} removed{}\n",
               result->messages, result->changed, result->linked, result->unlinked,
               stop ? " (interrupted: run it again)" : "");
    if (result->unreadable > 0)
        fmt::print("{} messages have no readable archived file: run `mailclerk verify`\n",
                   result->unreadable);
    return 0;
}

} // namespace

void add_rematch(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto json = std::make_shared<bool>(false);
    CLI::App* command =
        app.add_subcommand("rematch", "re-file archived mail after the customer directory changed");
    add_json_flag(command, *json);
    command->callback(
        [&global, &run, json] { run = [&global, json] { return run_rematch(global, *json); }; });
}

} // namespace mailclerk::cli
