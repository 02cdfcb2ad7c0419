// mailclerk web [--listen HOST:PORT]: serve the reps' web page alone (no polling), until
// SIGINT/SIGTERM. `mailclerk daemon` serves the same page when [web] listen is set.
#include <csignal>

#include <CLI/CLI.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/web/web_page.hpp"

namespace mailclerk::cli {
namespace {

struct WebOptions {
    std::string listen; // overrides [web] listen
};

int run_web(const GlobalOptions& global, const WebOptions& options) {
    // SQLite: migrated, customers in line; PostgreSQL: the index there, at this version.
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    config::WebSettings& web = workspace->config.web;
    if (!options.listen.empty()) {
        auto where = std::string("--listen");
        if (auto ok = config::parse_listen(options.listen, web, where); !ok)
            return report(ok.error());
        if (auto ok = config::check_web(web, where); !ok) return report(ok.error());
        if (!web.trusted_user_header.empty() && !web.loopback)
            return report(Error{ErrorCode::config,
                                "--listen: trusted_user_header is set: listen on loopback", ""});
    }
    if (web.listen.empty())
        return report(Error{ErrorCode::config, "the web page is off: [web] listen is not set",
                            "add [web] listen = \"127.0.0.1:8025\" or pass --listen"});
    boost::asio::io_context io;
    auto page = web::start_web_page(io, global.config, workspace->config, workspace->rules);
    if (!page) return report(page.error());
    workspace->index.reset(); // the writer's connection is not needed while serving
    // Tests and scripts read the bound port (listen may say :0) from this line.
    fmt::print("listening on {}\n", (*page)->port());
    std::fflush(stdout);
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& error, int) {
        if (error) return;
        log::info("web: stopping");
        (*page)->stop();
        io.stop();
    });
    io.run();
    return 0;
}

} // namespace

void add_web(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] =
        add_command(app, "web", "serve the reps' web page (no mail polling)", global, run, run_web);
    command->add_option("--listen", options->listen,
                        "HOST:PORT, overriding [web] listen (port 0: any free port)");
}

} // namespace mailclerk::cli
