#pragma once
// The subcommands. Each file cmd_<name>.cpp adds one subcommand to the CLI11 app and sets the
// function main() runs when it was chosen. Logic stays in the library; these only translate
// options into calls and results into text or JSON.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace mailclerk::cli {

struct GlobalOptions {
    std::string config; // -c CONFIG; empty: $MAILCLERK_CONFIG, then /etc/mailclerk/mailclerk.toml
};

using Runner = std::function<int()>;

// Make `command` run fn(global, *options) when it is the subcommand chosen: main() calls the
// runner after parsing, so every option has been read by then.
template <typename Command, typename Options>
void run_when_chosen(Command* command, const GlobalOptions& global, Runner& run,
                     std::shared_ptr<Options> options,
                     int (*fn)(const GlobalOptions&, const Options&)) {
    command->callback([&global, &run, options, fn] {
        run = [&global, options, fn] { return fn(global, *options); };
    });
}

// The --json flag of every command that can print JSON, so that its name and help read the
// same everywhere; `description` where the JSON has a shape worth saying ("one line per message").
inline CLI::Option* add_json_flag(CLI::App* command, bool& json,
                                  const std::string& description = "print JSON") {
    return command->add_flag("--json", json, description);
}

// A subcommand and the options its flags fill.
template <typename Options> struct Command {
    CLI::App* app;                    // owned by its parent
    std::shared_ptr<Options> options; // read by the runner, after parsing
};

// Add subcommand `name` to `parent`, run as fn(global, *options) when it is the one chosen.
// Subcommands of one command may share their options.
template <typename Options>
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description,
                      const GlobalOptions& global, Runner& run, std::shared_ptr<Options> options,
                      int (*fn)(const GlobalOptions&, const Options&)) {
    CLI::App* command = parent.add_subcommand(name, description);
    run_when_chosen(command, global, run, std::move(options), fn);
    return command;
}

// The same with fresh options, for the caller to add the flags that fill them.
template <typename Options>
Command<Options> add_command(CLI::App& parent, const std::string& name,
                             const std::string& description, const GlobalOptions& global,
                             Runner& run, int (*fn)(const GlobalOptions&, const Options&)) {
    auto options = std::make_shared<Options>();
    return {add_command(parent, name, description, global, run, options, fn), options};
}

// After parsing: with [index] backend = "postgresql", a command that cannot answer there yet
// fails naming itself (exit 2) instead of running on SQLite; nullopt lets the command run
// (also when the config cannot be read: the command reports that itself).
std::optional<int> refuse_on_postgresql(const CLI::App& app, const GlobalOptions& global);

using Registrar = void (*)(CLI::App& app, const GlobalOptions& global, Runner& run);

void add_import(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_inspect(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_search(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_history(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_verify(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_sync(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_daemon(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_status(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_explain(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_customer(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_customers(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_rematch(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_prices(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_web(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_user(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_doctor(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_gen_docs(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_deliver(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_reindex(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_backup(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_today(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_product(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_index(CLI::App& app, const GlobalOptions& global, Runner& run);
void add_ocr(CLI::App& app, const GlobalOptions& global, Runner& run);

} // namespace mailclerk::cli
