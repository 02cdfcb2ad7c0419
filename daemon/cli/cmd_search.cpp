// mailclerk search QUERY [--customer C] [--limit N] [--offset N] [--json]
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/workspace.hpp"

namespace mailclerk::cli {
namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::string customer;
    int64_t limit = 20;
    int64_t offset = 0;
    bool json = false;
};

nlohmann::json search_json(const store::SearchResults& results) {
    nlohmann::json doc;
    doc["total"] = results.total;
    doc["results"] = nlohmann::json::array();
    for (const auto& hit : results.results)
        doc["results"].push_back({{"sha256", hit.sha256},
                                  {"date", iso_date(hit.date)},
                                  {"subject", hit.subject},
                                  {"from", hit.from},
                                  {"customers", hit.customers},
                                  {"kind", hit.kind},
                                  {"snippet", hit.snippet},
                                  {"path", hit.path}});
    return doc;
}

void print_human(const store::SearchResults& results, const SearchOptions& options) {
    for (const auto& hit : results.results) {
        std::string customers =
            hit.customers.empty() ? "-" : fmt::format("{}", fmt::join(hit.customers, ","));
        fmt::print("{}  {:<8} {:<10} {}\n", short_date(hit.date), hit.kind, customers, hit.subject);
        fmt::print("    from {}\n    {}\n    {}\n", hit.from, hit.snippet, hit.path);
    }
    auto shown = static_cast<int64_t>(results.results.size());
    fmt::print("{} of {} matching messages", shown, results.total);
    if (options.offset + shown < results.total)
        fmt::print(" (more with --offset {})", options.offset + shown);
    fmt::print("\n");
}

int run_search(const GlobalOptions& global, const SearchOptions& options) {
    auto workspace = daemon::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    std::string query = fmt::format("{}", fmt::join(options.words, " "));
    auto results = workspace->index->search(query, options.customer, options.limit, options.offset);
    if (!results) return report(results.error());
    if (options.json)
        print_json(search_json(*results).dump());
    else
        print_human(*results, options);
    return 0;
}

} // namespace

void add_search(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto options = std::make_shared<SearchOptions>();
    CLI::App* command = app.add_subcommand("search", "full-text search, Chinese and English");
    command->add_option("query", options->words, "words to find (all must occur)")->required();
    command->add_option("--customer", options->customer, "only this customer (slug)");
    command->add_option("--limit", options->limit, "results per page")->check(CLI::Range(1, 10000));
    command->add_option("--offset", options->offset, "skip this many results")
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--json", options->json, "print JSON");
    command->callback([&global, &run, options] {
        run = [&global, options] { return run_search(global, *options); };
    });
}

} // namespace mailclerk::cli
