// mailclerk: a thin front over the library. Parse options, run the chosen subcommand, print
// "error: ..." / "hint: ..." and exit 0 (success), 1 (operational failure) or 2 (usage/config).
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "daemon/cli/build_info.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/version.hpp"

namespace {
constexpr mailclerk::cli::Registrar k_commands[] = {
    mailclerk::cli::add_import,
    mailclerk::cli::add_inspect,
    mailclerk::cli::add_search,
    mailclerk::cli::add_history,
    mailclerk::cli::add_verify,
    mailclerk::cli::add_sync,
    mailclerk::cli::add_daemon,
    mailclerk::cli::add_status,
    // issue 5: customer directory, matching and roster
    mailclerk::cli::add_explain,
    mailclerk::cli::add_customer,
    mailclerk::cli::add_customers,
    mailclerk::cli::add_rematch,
    // issue 6: price lists
    mailclerk::cli::add_prices,
    // issue 8: the reps' web page
    mailclerk::cli::add_web,
    mailclerk::cli::add_user,
    // issue 22: packaging
    mailclerk::cli::add_doctor,
    mailclerk::cli::add_gen_docs,
    // issue 19: mail handed over by an MTA
    mailclerk::cli::add_deliver,
    // issue 21: rebuild and back up the index
    mailclerk::cli::add_reindex,
    mailclerk::cli::add_backup,
    // issue 20: the rep's agenda and the product view
    mailclerk::cli::add_today,
    mailclerk::cli::add_product,
    // issue 23: the index in PostgreSQL
    mailclerk::cli::add_index,
    // issue 16: scans read off the ingest path
    mailclerk::cli::add_ocr,
};
}

int main(int argc, char** argv) {
    CLI::App app{"mailclerk: keeps customer correspondence in order", "mailclerk"};
    app.require_subcommand(1);
    app.set_version_flag("--version", [] {
        return mailclerk::cli::version_text(mailclerk::build_info::version,
                                            mailclerk::build_info::revision);
    });
    mailclerk::cli::GlobalOptions global;
    // Options of the main app are accepted after the subcommand too: `mailclerk import -c F ...`.
    app.fallthrough();
    app.add_option("-c,--config", global.config,
                   "config file (default: $MAILCLERK_CONFIG, then /etc/mailclerk/mailclerk.toml)");
    mailclerk::cli::Runner run;
    for (auto registrar : k_commands)
        registrar(app, global, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        int code = app.exit(error);
        return code == 0 ? 0 : 2;
    }
    if (auto refused = mailclerk::cli::refuse_on_postgresql(app, global)) return *refused;
    try {
        return run ? run() : 2;
    } catch (const std::exception& error) {
        // Modules return errors as values; reaching this is a bug, reported rather than hidden.
        fmt::print(stderr, "error: internal: {}\n", error.what());
        return 1;
    }
}
