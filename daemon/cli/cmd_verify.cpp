// mailclerk verify [--deep] [--json]: archive <-> index consistency, byte-exact; --deep also
// checks the index file itself (every page, index and full-text table). Exit 1 on any problem.
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
    bool deep = false;
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
    store::IntegrityReport integrity;
    if (options.deep) {
        auto checked = workspace->index->check_integrity(store::IntegrityDepth::full);
        if (!checked) return report(checked.error());
        integrity = std::move(*checked);
    }
    size_t problems = result->missing.size() + result->mismatched.size() +
                      result->unindexed.size() + integrity.problems.size();
    if (options.json) {
        nlohmann::json doc{{"checked", result->checked},     {"clean", problems == 0},
                           {"missing", result->missing},     {"mismatched", result->mismatched},
                           {"unindexed", result->unindexed}, {"unfinished", result->unfinished}};
        if (options.deep) doc["index_problems"] = integrity.problems;
        print_json(doc.dump());
    } else {
        print_list("missing", result->missing);
        print_list("hash mismatch", result->mismatched);
        print_list("not indexed", result->unindexed);
        print_list("index damaged", integrity.problems);
        if (!result->unfinished.empty())
            fmt::print("{} temporary files of an interrupted run (safe to delete)\n",
                       result->unfinished.size());
        fmt::print(
            "{} files checked{}: {}\n", result->checked, options.deep ? " and the index file" : "",
            problems == 0 ? "archive and index agree" : fmt::format("{} problems", problems));
        if (!integrity.clean())
            fmt::print(stderr, "hint: run `mailclerk reindex`: it rebuilds the index from the "
                               "archive (mail files and journal)\n");
    }
    return problems == 0 ? 0 : 1;
}

} // namespace

void add_verify(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "verify", "archive and index agree, byte-exact", global, run, run_verify);
    add_json_flag(command, options->json);
    command->add_flag("--deep", options->deep,
                      "also check the index file: every page, index and full-text table");
}

} // namespace mailclerk::cli
