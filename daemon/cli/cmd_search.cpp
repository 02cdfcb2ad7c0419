// mailclerk search QUERY... [--customer C] [--sort date|relevance] [--threads] [--limit N]
//                           [--offset N] [--json]
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "store/search_threads.hpp"

namespace mailclerk::cli {
namespace {

constexpr const char* k_language =
    "Query: words (all must occur), \"a phrase\", word* (prefix), a OR b, -word (exclude);\n"
    "filters customer:C from:X to:X subject:W kind:quote has:attachment filename:X\n"
    "after:2026-01-01 before:2026-02 direction:in|out|internal folder:X.\n"
    "Chinese words of any length are found; Latin words ignore case and accents.";

struct SearchOptions {
    std::vector<std::string> words;
    std::string customer;
    std::string sort = "date";
    int64_t limit = 20;
    int64_t offset = 0;
    bool threads = false;
    bool json = false;
};

nlohmann::json hit_json(const store::SearchHit& hit) {
    nlohmann::json out = {{"sha256", hit.sha256},
                          {"date", iso_date(hit.date)},
                          {"subject", hit.subject},
                          {"from", hit.from},
                          {"customers", hit.customers},
                          {"kind", hit.kind},
                          {"snippet", hit.snippet},
                          {"path", hit.path},
                          {"direction", hit.direction},
                          {"thread", hit.thread_key},
                          {"attachments", hit.matched_attachments}};
    if (!hit.attachment.empty()) out["attachment"] = hit.attachment;
    return out;
}

nlohmann::json search_json(const store::SearchResults& results, bool threads) {
    nlohmann::json doc;
    doc["total"] = results.total;
    doc["total_exact"] = results.total_exact; // false: more than `total` match
    doc["results"] = nlohmann::json::array();
    for (const auto& hit : results.results)
        doc["results"].push_back(hit_json(hit));
    if (!threads) return doc;
    doc["threads"] = nlohmann::json::array();
    for (const store::SearchThread& thread : store::group_threads(results.results)) {
        nlohmann::json members = nlohmann::json::array();
        for (size_t i : thread.hits)
            members.push_back(results.results[i].sha256);
        doc["threads"].push_back({{"thread", thread.key},
                                  {"subject", thread.subject},
                                  {"latest", iso_date(results.results[thread.hits[0]].date)},
                                  {"messages", members}});
    }
    return doc;
}

void print_hit(const store::SearchHit& hit, std::string_view indent) {
    std::string customers =
        hit.customers.empty() ? "-" : fmt::format("{}", fmt::join(hit.customers, ","));
    fmt::print("{}{}  {:<8} {:<10} {}\n", indent, short_date(hit.date), hit.kind, customers,
               hit.subject);
    fmt::print("{}    from {}\n", indent, hit.from);
    if (!hit.attachment.empty()) fmt::print("{}    in attachment {}\n", indent, hit.attachment);
    fmt::print("{}    {}\n{}    {}\n", indent, hit.snippet, indent, hit.path);
}

void print_human(const store::SearchResults& results, const SearchOptions& options) {
    if (options.threads) {
        for (const store::SearchThread& thread : store::group_threads(results.results)) {
            fmt::print("thread: {} ({} hits)\n", thread.subject, thread.hits.size());
            for (size_t i : thread.hits)
                print_hit(results.results[i], "  ");
        }
    } else {
        for (const auto& hit : results.results)
            print_hit(hit, "");
    }
    auto shown = static_cast<int64_t>(results.results.size());
    fmt::print("{} of {}{} matching messages", shown, results.total,
               results.total_exact ? "" : "+");
    if (options.offset + shown < results.total || !results.total_exact)
        fmt::print(" (more with --offset {})", options.offset + shown);
    fmt::print("\n");
}

int run_search(const GlobalOptions& global, const SearchOptions& options) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    store::SearchRequest request;
    request.query = fmt::format("{}", fmt::join(options.words, " "));
    request.customer = options.customer;
    request.sort =
        options.sort == "relevance" ? store::SearchSort::relevance : store::SearchSort::date;
    request.limit = options.limit;
    request.offset = options.offset;
    auto results = workspace->search().search(request);
    if (!results) return report(results.error());
    if (options.json)
        print_json(search_json(*results, options.threads).dump());
    else
        print_human(*results, options);
    return 0;
}

} // namespace

void add_search(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(app, "search", "full-text search, Chinese and English",
                                          global, run, run_search);
    command->footer(k_language);
    command->add_option("query", options->words, "query terms (see below)")->required();
    command->add_option("--customer", options->customer, "only this customer (slug or name)");
    command->add_option("--sort", options->sort, "date (newest first) or relevance")
        ->check(CLI::IsMember({"date", "relevance"}));
    command->add_flag("--threads", options->threads, "group the page's hits into conversations");
    command->add_option("--limit", options->limit, "results per page")->check(CLI::Range(1, 10000));
    command->add_option("--offset", options->offset, "skip this many results")
        ->check(CLI::NonNegativeNumber);
    add_json_flag(command, options->json);
}

} // namespace mailclerk::cli
