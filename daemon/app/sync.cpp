#include "daemon/app/sync.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/app/credentials.hpp"
#include "daemon/app/folders.hpp"
#include "daemon/app/imap_filing.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/sources/imap_folder.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/postgres/pg_writer.hpp"

namespace mailclerk::app {
namespace {

using Clock = std::chrono::steady_clock;

Result<imap::Client> connect(const config::Account& account, bool fresh_token_on_refusal) {
    auto secret = account_secret(account);
    if (!secret) return tl::unexpected(secret.error());
    if (!account.tls_verify)
        log::warning("account {}: TLS certificate verification is OFF (tls_verify = false): "
                     "anyone on the path can read this mailbox and its password",
                     account.name);
    auto client = imap::Client::connect(connect_options(account, *secret));
    if (!client && client.error().code == ErrorCode::auth && secret->bearer &&
        fresh_token_on_refusal) {
        // Access tokens expire: run the token command again once before giving up.
        log::info("account {}: token refused, asking oauth2_token_command for a new one",
                  account.name);
        return connect(account, false);
    }
    return client;
}

std::optional<imap::SearchDate> search_date(const std::optional<config::Date>& day) {
    if (!day) return std::nullopt;
    return imap::SearchDate{day->year, day->month, day->day};
}

// One folder through the Ingest sink; its counts become the folder's result.
Status sync_folder(const config::Config& config, const parsers::MatchRules& rules,
                   const config::Account& account, imap::Client& client, WriteIndex& index,
                   const sources::ImapFolderRef& folder, const std::atomic<bool>& stop,
                   FolderResult& result) {
    store::SyncStates& states = index.sync_states();
    auto previous = states.sync_state(account.name, folder.name);
    if (!previous) return tl::unexpected(previous.error());
    store::Archive archive(config.archive_root);
    Ingest ingest(rules, archive, index.writer(), index.price_book(), nullptr, nullptr,
                  default_workers(), PriceLists::rewrite, ingest_ocr(index.postgres != nullptr));
    auto find_archived = [&states](const std::string& message_id, int64_t size) {
        return states.find_message(message_id, size);
    };
    sources::ImapFolder source(client, account.name, folder, *previous, batch_policy(config.daemon),
                               find_archived, stop);
    source.start_at(search_date(account.since));
    Status read = source.read(ingest);
    // The writer may still hold the last batches: finish() writes and commits them.
    if (read) read = ingest.finish();
    if (!read) ingest.abandon();
    const IngestCounts& counts = ingest.counts();
    result.unchanged = source.unchanged();
    result.added = counts.added;
    result.duplicates = counts.duplicates;
    result.flagged = counts.flagged;
    result.skipped = counts.known;
    result.bytes = counts.bytes;
    return read;
}

void log_folder(const config::Account& account, const FolderResult& r) {
    if (!r.error.empty())
        log::error("{}/{}: {}", account.name, r.folder, r.error);
    else if (r.unchanged)
        log::info("{}/{}: no change ({:.0f} ms)", account.name, r.folder, r.seconds * 1000);
    else
        log::info("{}/{}: {} new, {} already archived, {} flagged, {} known by Message-ID, "
                  "{:.1f} MB in {:.2f} s",
                  account.name, r.folder, r.added, r.duplicates, r.flagged, r.skipped,
                  static_cast<double>(r.bytes) / 1048576.0, r.seconds);
}

// Record a folder failure in its sync state, so that `mailclerk status` shows it.
void remember_error(WriteIndex& index, const config::Account& account,
                    const sources::ImapFolderRef& folder, const std::string& error) {
    auto previous = index.sync_states().sync_state(account.name, folder.name);
    if (!previous) return;
    store::SyncState state =
        previous->value_or(store::SyncState{account.name, folder.name, 0, 0, 0, "", 0});
    state.last_poll = std::time(nullptr);
    state.last_error = error;
    (void)index.writer().save_sync_state(state);
}

// With PostgreSQL, several daemons share the index: the account's advisory lock, held for the
// pass, makes sure no two of them sync it at once. Taken before connecting to the server.
Status hold_account(WriteIndex& index, const config::Account& account) {
    if (!index.postgres) return {};
    auto locked = index.postgres->try_lock_account(account.name);
    if (!locked) return tl::unexpected(locked.error());
    if (*locked) return {};
    return fail(ErrorCode::refused,
                fmt::format("account {}: another mailclerk is syncing it (its PostgreSQL "
                            "advisory lock is held); trying again at the next poll",
                            account.name),
                "each account is synced by one daemon at a time; list it under one node only");
}

} // namespace

Result<imap::Client> connect_account(const config::Account& account) {
    return connect(account, true);
}

imap::ConnectOptions connect_options(const config::Account& account, const Secret& secret) {
    imap::ConnectOptions options;
    set_login(options, account, secret);
    return options;
}

bool is_sent_folder(const imap::Folder& folder) {
    return folder.has_attribute("\\Sent") && !folder.has_attribute("\\Noselect");
}

sources::BatchPolicy batch_policy(const config::DaemonSettings& settings) {
    return {static_cast<size_t>(settings.batch_messages),
            static_cast<uint64_t>(settings.batch_megabytes) << 20};
}

RetryPolicy retry_policy(const Error& error) {
    // A damaged index is not written into again until it is rebuilt (mailclerk reindex).
    return error.code == ErrorCode::auth || error.code == ErrorCode::config ||
                   error.code == ErrorCode::corrupt
               ? RetryPolicy::reconfigure
               : RetryPolicy::later;
}

Result<AccountResult> sync_account(const config::Config& config, const parsers::MatchRules& rules,
                                   const config::Account& account, const std::atomic<bool>& stop,
                                   const std::vector<std::string>& only) {
    auto index = open_write_index(config);
    if (!index) return tl::unexpected(index.error());
    if (auto held = hold_account(*index, account); !held) return tl::unexpected(held.error());
    auto client = connect(account, true);
    if (!client) {
        Error error = client.error();
        if (!error.message.starts_with("account ")) // credential errors name it already
            error.message = fmt::format("account {}: {}", account.name, error.message);
        return tl::unexpected(error);
    }
    auto folders = folders_to_sync(config, account, *client);
    if (!folders) return tl::unexpected(folders.error());
    if (!only.empty())
        std::erase_if(*folders, [&](const sources::ImapFolderRef& folder) {
            return std::find(only.begin(), only.end(), folder.name) == only.end();
        });

    AccountResult result;
    for (const sources::ImapFolderRef& folder : *folders) {
        if (stop) break;
        FolderResult folder_result;
        folder_result.folder = folder.name;
        auto start = Clock::now();
        if (auto synced =
                sync_folder(config, rules, account, *client, *index, folder, stop, folder_result);
            !synced) {
            // A refused command concerns this folder only; anything else (connection lost,
            // archive or index failing) ends the pass and is retried with backoff.
            if (synced.error().code != ErrorCode::refused) {
                Error error = synced.error();
                error.message =
                    fmt::format("account {}: {}: {}", account.name, folder.name, error.message);
                return tl::unexpected(error);
            }
            folder_result.error = synced.error().message;
            remember_error(*index, account, folder, folder_result.error);
        }
        folder_result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        log_folder(account, folder_result);
        result.folders.push_back(std::move(folder_result));
    }
    if (config.imap_filing.enabled && !stop) {
        auto copied = index->sqlite
                          ? file_on_server(config.imap_filing, account, *client, *index->sqlite)
                          : Result<size_t>(store::pg::not_on_postgresql("[imap_filing]"));
        if (!copied)
            log::error("{}: server filing: {}", account.name, copied.error().message);
        else
            result.copied = *copied;
    }
    result.round_trips = client->round_trips();
    result.bytes_received = client->bytes_received();
    result.bytes_sent = client->bytes_sent();
    return result;
}

} // namespace mailclerk::app
