// mailclerk history CUSTOMER [--json]: the customer's timeline, oldest first.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "daemon/app/directory.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct HistoryOptions {
    std::string customer;
    bool json = false;
};

const char* arrow(const std::string& direction) {
    if (direction == "outbound") return "->";
    if (direction == "inbound") return "<-";
    return "--";
}

int run_history(const GlobalOptions& global, const HistoryOptions& options) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto slug = app::resolve_customer(workspace->rules, options.customer);
    if (!slug) return report(slug.error());
    auto events = workspace->timeline().history(*slug);
    if (!events) return report(events.error());
    if (options.json) {
        nlohmann::json doc{{"customer", *slug}, {"events", nlohmann::json::array()}};
        for (const auto& event : *events)
            doc["events"].push_back({{"date", iso_date(event.date)},
                                     {"direction", event.direction},
                                     {"subject", event.subject},
                                     {"counterpart", event.counterpart},
                                     {"kind", event.kind},
                                     {"attachments", event.attachments},
                                     {"sha256", event.sha256},
                                     {"path", event.path}});
        print_json(doc.dump());
        return 0;
    }
    for (const auto& event : *events) {
        fmt::print("{}  {} {:<8} {}  [{}]\n", short_date(event.date), arrow(event.direction),
                   event.kind, event.subject, event.counterpart);
        for (const auto& attachment : event.attachments)
            fmt::print("{:>26}+ {}\n", "", attachment);
    }
    fmt::print("{} messages with {}\n", events->size(), *slug);
    return 0;
}

} // namespace

void add_history(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "history", "a customer's timeline", global, run, run_history);
    command->add_option("customer", options->customer, "customer slug or name")->required();
    add_json_flag(command, options->json);
}

} // namespace mailclerk::cli
