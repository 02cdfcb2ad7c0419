#pragma once
// The subcommands. Each file cmd_<name>.cpp adds one subcommand to the CLI11 app and sets the
// function main() runs when it was chosen. Logic stays in the library; these only translate
// options into calls and results into text or JSON.
#include <functional>
#include <memory>
#include <string>

namespace CLI {
class App;
}

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

} // namespace mailclerk::cli
