// mailclerk gen-docs man1|man5|bash-completion|example-config [--release V]: print a manual
// page, the bash completion or the example config, from the definitions they describe. Hidden:
// the build runs it (daemon/CMakeLists.txt) and the package installs what it printed.
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "config/schema.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/manual/manual.hpp"

namespace mailclerk::cli {
namespace {

struct DocsOptions {
    std::string what;
    std::string release = "unknown";
    std::string output; // "" = stdout
};

int run_docs(const CLI::App& program, const DocsOptions& options) {
    manual::PageInfo info{options.release};
    std::string text;
    if (options.what == "man1") {
        text = manual::command_page(manual::describe(program), info);
    } else if (options.what == "man5") {
        auto page = manual::config_page(info);
        if (!page) return report(page.error());
        text = std::move(*page);
    } else if (options.what == "bash-completion") {
        text = manual::bash_completion(manual::describe(program));
    } else {
        text = config::example_config(config::ExampleStyle::shipped);
    }
    if (options.output.empty()) {
        fmt::print("{}", text);
        return 0;
    }
    std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return report(Error{ErrorCode::io, "cannot write " + options.output, {}});
    return 0;
}

} // namespace

void add_gen_docs(CLI::App& app, const GlobalOptions&, Runner& run) {
    auto options = std::make_shared<DocsOptions>();
    CLI::App* command =
        app.add_subcommand("gen-docs", "print a manual page, the completion or the example config");
    command->group(""); // hidden: for the build, not for users
    command->add_option("what", options->what, "man1, man5, bash-completion or example-config")
        ->required()
        ->check(CLI::IsMember({"man1", "man5", "bash-completion", "example-config"}));
    command->add_option("--release", options->release, "the version the pages name");
    command->add_option("--output", options->output, "write to this file instead of stdout");
    const CLI::App* program = &app;
    command->callback([program, &run, options] {
        run = [program, options] { return run_docs(*program, *options); };
    });
}

} // namespace mailclerk::cli
