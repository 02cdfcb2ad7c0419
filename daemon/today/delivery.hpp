#pragma once
// Sending the day's digests: one per user with something to do, submitted by SMTP or
// appended to the user's own INBOX. Each (day, user) is claimed in the index before it goes
// out and marked sent after, so nothing is sent twice, not by a second run, a restarted
// service or a `mailclerk today --send` beside the service. A send that fails releases its
// claim (a later run retries); a process killed between claim and confirmation leaves the claim,
// so that digest is not sent again (at most once).
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/calendar.hpp"
#include "daemon/today/digest.hpp"

namespace mailclerk::today {

struct SendOptions {
    bool dry_run = false;  // compose and describe, send and record nothing
    std::string only_user; // "" = every user
};

struct SendOutcome {
    std::string user;
    std::string to;      // the address, or the account whose INBOX receives it
    std::string outcome; // sent | dry-run | already-sent | nothing-to-do | no-address |
                         // no-mailbox | failed
    size_t items = 0;
    std::string message_id;
    std::string detail; // the error of a failure; the whole mail in a dry run
};

// The digests of the local day of `now`, for every user (or options.only_user). Fails only
// when the agenda cannot be built; each user's delivery has its own outcome.
Result<std::vector<SendOutcome>> send_digests(app::Workspace& workspace, int64_t now,
                                              const SendOptions& options);

// True when the digest of the local day of `now` is due: [today] digest_time is set, the day
// is a working day and its local time has passed digest_time.
bool digest_due(const Calendar& calendar, const config::TodaySettings& settings, int64_t now);

} // namespace mailclerk::today
