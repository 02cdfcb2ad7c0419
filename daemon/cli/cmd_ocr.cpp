// mailclerk ocr [--limit N] [--json]: read the scans that import and sync left for later (the
// OCR queue, app/ocr_queue.hpp) in the foreground, oldest first; the daemon does the same in
// the background.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/app/ocr_queue.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

struct OcrOptions {
    size_t limit = 0;
    bool json = false;
};

int run_ocr(const GlobalOptions& global, const OcrOptions& options) {
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return report(workspace.error());
    const auto& stop = stop_on_signals();
    auto result = app::run_ocr_queue(*workspace, options.limit, &stop);
    if (!result) return report(result.error());
    if (options.json) {
        print_json(nlohmann::json{{"read", result->messages},
                                  {"failed", result->failed},
                                  {"pending", result->pending},
                                  {"interrupted", stop.load()}}
                       .dump());
        return 0;
    }
    fmt::print("OCR: {} messages read, {} given up; {} attachments still pending{}\n",
               result->messages, result->failed, result->pending,
               stop ? " (interrupted: run it again)" : "");
    return stop ? 130 : 0;
}

} // namespace

void add_ocr(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "ocr", "read the scans import and sync left for later (OCR queue)", global,
                    run, run_ocr);
    command->add_option("--limit", options->limit, "messages to read at most (0: all)")
        ->check(CLI::Range(0, 1000000));
    add_json_flag(command, options->json);
}

} // namespace mailclerk::cli
