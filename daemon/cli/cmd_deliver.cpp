// mailclerk deliver [--from ADDR] [--to ADDR]...: one message on stdin from an MTA's pipe
// transport, filed and indexed; exit codes from sysexits.h, which every MTA understands.
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common/log.hpp"
#include "daemon/app/deliver.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "store/schema.hpp"

namespace mailclerk::cli {
namespace {

// sysexits.h: only "durable" is 0; anything else asks the MTA to keep the message and retry
// (a broken config too: better a queue that grows and alerts than mail bounced or lost).
constexpr int k_ex_ok = 0;
constexpr int k_ex_tempfail = 75;

struct DeliverOptions {
    std::string from;
    std::vector<std::string> to;
    int lock_timeout_seconds = 60;
};

Result<std::string> read_stdin() {
    std::string raw;
    std::array<char, 65536> buffer;
    for (;;) {
        size_t got = std::fread(buffer.data(), 1, buffer.size(), stdin);
        raw.append(buffer.data(), got);
        if (got < buffer.size()) break;
    }
    if (std::ferror(stdin)) return fail(ErrorCode::io, "cannot read the message from stdin");
    return raw;
}

int tempfail(const Error& error) {
    log::error("{} (the MTA keeps the message and retries)", error.message);
    if (!error.hint.empty()) log::error("hint: {}", error.hint);
    return k_ex_tempfail;
}

int run_deliver(const GlobalOptions& global, const DeliverOptions& options) {
    // Past this the index is "locked": the MTA retries later rather than waiting here forever.
    store::set_busy_timeout(std::chrono::seconds(options.lock_timeout_seconds));
    auto raw = read_stdin();
    if (!raw) return tempfail(raw.error());
    auto workspace = app::open_workspace(global.config);
    if (!workspace) return tempfail(workspace.error());
    auto delivered = app::deliver(*workspace, *raw, app::Envelope{options.from, options.to});
    if (!delivered) return tempfail(delivered.error());
    if (delivered->outcome == app::Outcome::flagged)
        log::warning("not a readable message; archived raw and flagged");
    return k_ex_ok;
}

} // namespace

void add_deliver(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(
        app, "deliver", "file one message from stdin, as an MTA's pipe transport hands it over",
        global, run, run_deliver);
    command->add_option("--from", options->from, "the envelope sender");
    command->add_option("--to", options->to, "an envelope recipient (repeat for more)");
    command
        ->add_option("--lock-timeout", options->lock_timeout_seconds,
                     "seconds to wait for the index before exiting 75 (EX_TEMPFAIL)")
        ->check(CLI::Range(1, 3600));
}

} // namespace mailclerk::cli
