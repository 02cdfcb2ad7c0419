#pragma once
// `mailclerk doctor`: checks what goes wrong in real installations, as the service's user, and
// says how to fix each. One call runs every check in order; checks that need one that failed
// are reported as skipped.
#include <chrono>
#include <cstdint>
#include <string>

#include "common/result.hpp"
#include "daemon/doctor/report.hpp"

namespace mailclerk::doctor {

struct Options {
    std::string config_flag;     // -c; "" = $MAILCLERK_CONFIG, then /etc/mailclerk/mailclerk.toml
    std::string user;            // --user; "" = mailclerk when that user exists
    std::string account;         // --account: only this account ("" = all)
    uint64_t min_free_mb = 1024; // less free space than this fails
    std::chrono::seconds timeout{20}; // per IMAP connection
};

// Fails only for a usage error (unknown --user or --account) or when privileges cannot be
// dropped; everything else is a check in the report. As root this process becomes the
// service's user for good.
Result<Report> run(const Options& options);

} // namespace mailclerk::doctor
