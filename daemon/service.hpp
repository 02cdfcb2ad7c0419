#pragma once
// `mailclerk daemon`: the service. One Boost.Asio io_context runs the timers (one per account,
// poll_seconds with jitter, backoff after failures) and the signals; the blocking IMAP and disk
// work of a pass runs on a thread pool whose size is the connection limit. SIGTERM/SIGINT: the
// passes in hand finish their batch, commit and the process exits 0. SIGHUP: the config and
// customers are reloaded, accounts stopped for bad credentials are retried. systemd is told
// READY/STOPPING/WATCHDOG when it runs us (Type=notify).
#include <string>

namespace mailclerk::service {

// Runs until stopped; returns the process exit code.
int run_service(const std::string& config_flag);

} // namespace mailclerk::service
