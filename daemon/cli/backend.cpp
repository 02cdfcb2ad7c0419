// Which commands answer with [index] backend = "postgresql" (issue 23: the read path first).
#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "config/config.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

// Commands (with all their subcommands) that read or write PostgreSQL, or touch no index.
constexpr std::array<std::string_view, 13> k_on_postgresql = {
    "search", "history", "prices",   "product", "today", "status", "index",
    "web",    "user",    "gen-docs", "import",  "sync",  "daemon"};
// Commands that work there only as named: `customers` reads the roster and `customers ignore`
// adds to the ignored domains, while `customers import|promote` change the directory and
// re-file mail, which only SQLite does yet.
constexpr std::array<std::string_view, 2> k_alone_on_postgresql = {"customers", "customers ignore"};

// "index copy", "customer add": the chosen subcommand's path below the app.
std::string chosen(const CLI::App& app) {
    std::string path;
    const CLI::App* at = &app;
    while (!at->get_subcommands().empty()) {
        at = at->get_subcommands().front();
        path += (path.empty() ? "" : " ") + at->get_name();
    }
    return path;
}

} // namespace

std::optional<int> refuse_on_postgresql(const CLI::App& app, const GlobalOptions& global) {
    std::string command = chosen(app);
    std::string_view top = std::string_view(command).substr(0, command.find(' '));
    if (std::find(k_on_postgresql.begin(), k_on_postgresql.end(), top) != k_on_postgresql.end() ||
        std::find(k_alone_on_postgresql.begin(), k_alone_on_postgresql.end(), command) !=
            k_alone_on_postgresql.end())
        return std::nullopt;
    auto config = config::load(config::default_path(global.config));
    if (!config || config->index.backend != config::IndexBackend::postgresql) return std::nullopt;
    return report(Error{ErrorCode::config,
                        fmt::format("mailclerk {}: not available with [index] backend = "
                                    "\"postgresql\" yet ({}:{})",
                                    command, config->source.string(), config->index.line),
                        std::string(app::k_postgresql_hint)});
}

} // namespace mailclerk::cli
