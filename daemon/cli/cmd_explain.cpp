// mailclerk explain FILE.eml [--json]: which participant matched which customer, and why.
#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/file_io.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "parsers/understand.hpp"

namespace mailclerk::cli {
namespace {

struct ExplainOptions {
    std::string file;
    bool json = false;
};

std::string why(const parsers::Participant& p) {
    if (p.reason == "address") return "exact address listed for the customer";
    if (p.reason == "domain") return "domain belongs to the customer";
    if (p.note == "free-mail") return "free-mail domain: matches by exact address only";
    if (p.note == "unknown domain") return "no customer has this address or domain";
    return p.note;
}

std::string why_excluded(const std::string& reason) {
    if (reason == "own") return "own domain or address: never a customer";
    if (reason == "ignored") return "on the ignore list: never matched";
    if (reason == "role") return "role sender (noreply, mailer-daemon, ...): never matched";
    return reason;
}

nlohmann::json explain_json(const parsers::Classification& c) {
    nlohmann::json doc{
        {"direction", parsers::to_string(c.direction)}, {"bulk", c.bulk},
        {"customers", nlohmann::json::array()},         {"matches", nlohmann::json::array()},
        {"participants", nlohmann::json::array()},      {"review", nlohmann::json::array()}};
    for (const auto& match : c.customers) {
        doc["customers"].push_back(match.slug);
        doc["matches"].push_back({{"customer", match.slug},
                                  {"reason", match.reason},
                                  {"participant", match.participant}});
    }
    for (const auto& p : c.participants)
        doc["participants"].push_back({{"address", p.address},
                                       {"name", p.name},
                                       {"role", p.role},
                                       {"customer", p.slug},
                                       {"reason", p.reason.empty() ? p.note : p.reason},
                                       {"why", why(p)}});
    for (const auto& e : c.excluded)
        doc["participants"].push_back({{"address", e.address},
                                       {"name", ""},
                                       {"role", ""},
                                       {"customer", ""},
                                       {"reason", e.why},
                                       {"why", why_excluded(e.why)}});
    for (const auto& a : c.ambiguous)
        doc["review"].push_back(
            {{"address", a.address}, {"claimed", a.claimed}, {"customers", a.slugs}});
    return doc;
}

void print_human(const parsers::Classification& c) {
    fmt::print("Direction:  {}\n", parsers::to_string(c.direction));
    if (c.bulk) fmt::print("Bulk mail (List-Id / Precedence): archived unmatched\n");
    for (const auto& p : c.participants)
        fmt::print("  {:<36} {:<8} {:<16} {}\n", p.address, p.role, p.slug.empty() ? "-" : p.slug,
                   why(p));
    for (const auto& e : c.excluded)
        fmt::print("  {:<36} {:<8} {:<16} {}\n", e.address, "", "-", why_excluded(e.why));
    for (const auto& match : c.customers)
        if (match.reason == "thread")
            fmt::print("Thread:     {} inherited from the earlier message <{}>\n", match.slug,
                       match.participant);
    for (const auto& a : c.ambiguous)
        fmt::print("Review:     {} is claimed by {}: not guessed\n", a.claimed,
                   fmt::join(a.slugs, ", "));
    if (c.customers.empty()) fmt::print("Result:     no customer: filed under unmatched/\n");
    for (const auto& match : c.customers)
        fmt::print("Result:     {} ({}: {})\n", match.slug, match.reason, match.participant);
}

int run_explain(const GlobalOptions& global, const ExplainOptions& options) {
    auto raw = read_file(options.file);
    if (!raw) return report(raw.error());
    // The index gives the full directory and the thread; without an archive the config alone.
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    store::Index& index = *workspace->index;
    // An archived message is explained as it was filed: its sources may name a sent folder.
    auto sources = index.sources_of(parsers::message_identity(*raw));
    if (!sources) return report(sources.error());
    auto understood = parsers::understand(*raw, parsers::origin_of(*sources), workspace->rules,
                                          app::thread_customers(index), parsers::Depth::match);
    if (!understood) return report(understood.error());
    if (understood->malformed())
        return report(Error{ErrorCode::parse, options.file + ": not a mail message", ""});
    const parsers::Classification& classification = understood->classification;
    if (options.json)
        print_json(explain_json(classification)
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    else
        print_human(classification);
    return 0;
}

} // namespace

void add_explain(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "explain", "which participant matched which customer, and why", global,
                    run, run_explain);
    command->add_option("file", options->file, "an .eml file")->required();
    add_json_flag(command, options->json);
}

} // namespace mailclerk::cli
