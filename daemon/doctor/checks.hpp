#pragma once
// The checks beyond the archive's disk (archive_checks.hpp): the index, the systemd unit, each
// IMAP account, the web listener and the clock. Each returns what it found; none throws.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "daemon/doctor/report.hpp"

namespace mailclerk::doctor {

// The index opens read-only and is at this mailclerk's schema version (never migrates).
Check check_index(const config::Config& config);

// The installed mailclerk.service as `systemctl show` describes it: skipped without systemd or
// without the unit; fails when its sandbox (ProtectSystem=strict) leaves the archive or the
// index read-only; warns when it runs as another user or reads another config file.
Check check_service(const config::Config& config, const std::string& user);
// The verdict on `systemctl show` properties (LoadState, UnitFileState, ActiveState, User,
// ProtectSystem, ReadWritePaths, StateDirectory, ExecStart).
Check judge_service(const std::map<std::string, std::string>& properties,
                    const config::Config& config, const std::string& user);

// When a server stamped the newest message of an account's INBOX (its INTERNALDATE), and when
// we asked: a message that arrived in our future shows our clock is behind the server's.
struct ServerTime {
    std::string account;
    int64_t newest_arrival = 0; // Unix time, by the server's clock
    int64_t asked_at = 0;       // Unix time, by ours
};

// One account, step by step: the secret, TLS, the auth mechanisms offered, the login, INBOX
// (after ID), the Sent folder or the configured folders. Later steps are skipped when one fails.
std::vector<Check> check_account(const config::Account& account, std::chrono::seconds timeout,
                                 std::vector<ServerTime>& times);

// [web]: the certificate and key (readable, a pair, in date) and whether the port can be bound.
std::vector<Check> check_web(const config::WebSettings& web);

struct ClockFacts {
    bool known = false;        // the kernel answered adjtimex(2)
    bool synchronized = false; // NTP (or PTP) disciplines the clock
    int64_t max_error_ms = 0;
    std::vector<ServerTime> servers;
};
// Fails when a server dated a message more than two minutes in our future; warns when the
// kernel says nothing synchronises the clock.
Check judge_clock(const ClockFacts& facts);
Check check_clock(const std::vector<ServerTime>& servers);

} // namespace mailclerk::doctor
