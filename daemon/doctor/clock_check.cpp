// Clock skew. IMAP has no command that tells the server's time, so two kinds of evidence:
// the kernel's own view (adjtimex(2): is NTP disciplining the clock, and how far off may it be),
// and each account's newest INBOX message, which the server stamped on arrival with its clock
// (INTERNALDATE): a message that arrived in our future proves our clock is behind. A clock that
// is ahead leaves no such trace; NTP's state is the evidence there. A skewed clock breaks TLS
// certificate checks, OAuth2 tokens (their lifetime is checked against the clock) and every
// "days since" on the roster.
#include <ctime>

#include <fmt/format.h>
#include <sys/timex.h>

#include "daemon/doctor/checks.hpp"

namespace mailclerk::doctor {
namespace {

constexpr CheckName k_clock{"clock", "clock"};
constexpr int64_t k_tolerance_seconds = 120;
constexpr const char* k_ntp_hint = "synchronise the clock: sudo timedatectl set-ntp true (with "
                                   "systemd-timesyncd installed), or install chrony";

std::string duration(int64_t seconds) {
    if (seconds < 120) return fmt::format("{} s", seconds);
    if (seconds < 7200) return fmt::format("{} min", seconds / 60);
    if (seconds < 172800) return fmt::format("{} h", seconds / 3600);
    return fmt::format("{} days", seconds / 86400);
}

} // namespace

Check judge_clock(const ClockFacts& facts) {
    const ServerTime* worst = nullptr;
    for (const ServerTime& server : facts.servers)
        if (!worst ||
            server.newest_arrival - server.asked_at > worst->newest_arrival - worst->asked_at)
            worst = &server;
    if (worst && worst->newest_arrival - worst->asked_at > k_tolerance_seconds)
        return failed(k_clock,
                      fmt::format("this machine's clock is at least {} behind the server of "
                                  "account {}: its newest message arrived {} in our future",
                                  duration(worst->newest_arrival - worst->asked_at), worst->account,
                                  duration(worst->newest_arrival - worst->asked_at)),
                      k_ntp_hint);
    std::string servers =
        facts.servers.empty()
            ? "no server to compare with (no account has mail in INBOX)"
            : fmt::format("no server dated mail in our future ({} account{})", facts.servers.size(),
                          facts.servers.size() == 1 ? "" : "s");
    if (!facts.known) return pass(k_clock, "the kernel did not say whether NTP runs; " + servers);
    if (!facts.synchronized)
        return warn(k_clock,
                    "nothing synchronises the clock (the kernel reports no NTP); " + servers,
                    k_ntp_hint);
    return pass(k_clock, fmt::format("synchronised (NTP, maximum error {} ms); {}",
                                     facts.max_error_ms, servers));
}

Check check_clock(const std::vector<ServerTime>& servers) {
    ClockFacts facts;
    facts.servers = servers;
    timex tx{};
    tx.modes = 0; // read only
    int state = ::adjtimex(&tx);
    if (state != -1) {
        facts.known = true;
        facts.synchronized = state != TIME_ERROR && (tx.status & STA_UNSYNC) == 0;
        facts.max_error_ms = tx.maxerror / 1000;
    }
    return judge_clock(facts);
}

} // namespace mailclerk::doctor
