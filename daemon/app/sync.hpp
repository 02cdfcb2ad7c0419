#pragma once
// One pass over one IMAP account: for each folder (INBOX and the \Sent folder unless configured
// otherwise) fetch what is new since the recorded UID high-water mark, in batches, through the
// pipeline; then, when enabled, copy matched messages into per-customer server folders.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/app/credentials.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/sources/source.hpp"
#include "parsers/classify.hpp"

namespace mailclerk::app {

struct FolderResult {
    std::string folder;
    bool unchanged = false;                                     // answered by STATUS alone
    size_t added = 0, duplicates = 0, flagged = 0, skipped = 0; // skipped: known by Message-ID
    uint64_t bytes = 0;
    double seconds = 0;
    std::string error; // a folder-level failure; other folders went on
};

struct AccountResult {
    std::vector<FolderResult> folders;
    size_t copied = 0;                                            // imap_filing copies made
    uint64_t round_trips = 0, bytes_received = 0, bytes_sent = 0; // after login
};

// The fetch batches of [daemon] batch_messages / batch_megabytes.
sources::BatchPolicy batch_policy(const config::DaemonSettings& settings);

// How an account connects: its URL, TLS settings, user and secret (shared with mailclerk doctor).
imap::ConnectOptions connect_options(const config::Account& account, const Secret& secret);

// The folder the server marks \Sent, which is archived with INBOX unless `folders` is set.
bool is_sent_folder(const imap::Folder& folder);

// How the scheduler should treat a failure (after isync): retry at the next poll with backoff,
// or stop polling the account until the configuration is reloaded.
enum class RetryPolicy { later, reconfigure };
RetryPolicy retry_policy(const Error& error);

// Run one pass. Opens its own index connection (so accounts can sync in parallel). Returns an
// error only for account-level failures (cannot connect, login refused); folder failures are
// reported in FolderResult::error. `stop` is checked between batches: a stop request ends the
// pass after the batch in hand is committed.
Result<AccountResult> sync_account(const config::Config& config, const parsers::MatchRules& rules,
                                   const config::Account& account, const std::atomic<bool>& stop);

} // namespace mailclerk::app
