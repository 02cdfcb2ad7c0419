// mailclerk verify [--json]: archive <-> index consistency, byte-exact. Exit 1 on any problem.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/verify.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct VerifyOptions {
    bool json = false;
};

void print_list(std::string_view label, const std::vector<std::string>& paths) {
    for (const auto& path : paths)
        fmt::print("{}: {}\n", label, path);
}

int run_verify(const GlobalOptions& global, const VerifyOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    auto result = app::verify_archive(*workspace->archive, *workspace->index);
    if (!result) return report(result.error());
    if (options.json) {
        nlohmann::json doc{{"checked", result->checked},     {"clean", result->clean()},
                           {"missing", result->missing},     {"mismatched", result->mismatched},
                           {"unindexed", result->unindexed}, {"unfinished", result->unfinished}};
        print_json(doc.dump());
    } else {
        print_list("missing", result->missing);
        print_list("hash mismatch", result->mismatched);
        print_list("not indexed", result->unindexed);
        if (!result->unfinished.empty())
            fmt::print("{} temporary files of an interrupted run (safe to delete)\n",
                       result->unfinished.size());
        fmt::print("{} files checked: {}\n", result->checked,
                   result->clean() ? "archive and index agree"
                                   : fmt::format("{} problems", result->missing.size() +
                                                                    result->mismatched.size() +
                                                                    result->unindexed.size()));
    }
    return result->clean() ? 0 : 1;
}

} // namespace

void add_verify(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* command = app.add_subcommand("verify", "archive and index agree, byte-exact");
    command->add_flag("--json", options->json, "print JSON");
    run_when_chosen(command, global, run, options, run_verify);
}

} // namespace mailclerk::cli
