#include "daemon/sync.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/credentials.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/imap_filing.hpp"
#include "daemon/pipeline.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::daemon {
namespace {

using Clock = std::chrono::steady_clock;

struct FolderRef {
    std::string name; // UTF-8
    std::string wire;
};

// What a sync pass works with: one connection, one index connection, one pipeline.
struct Session {
    const config::Config& config;
    const config::Account& account;
    imap::Client& client;
    store::Index& index;
    Pipeline& pipeline;
    const std::atomic<bool>& stop;
};

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

bool is_inbox(const std::string& name) {
    return utf8::ascii_lower(name) == "inbox";
}

// The configured folders, or INBOX and every folder the server marks \Sent.
Result<std::vector<FolderRef>> folders_to_sync(const config::Account& account,
                                               imap::Client& client) {
    auto listed = client.list_folders();
    if (!listed) return tl::unexpected(listed.error());
    std::vector<FolderRef> out;
    if (account.folders.empty()) {
        out.push_back({"INBOX", "INBOX"});
        for (const imap::Folder& folder : *listed)
            if (is_sent_folder(folder)) out.push_back({folder.name, folder.wire});
        if (out.size() == 1)
            log::warning("account {}: the server marks no folder \\Sent; only INBOX is synced "
                         "(name the sent folder in `folders`)",
                         account.name);
        return out;
    }
    for (const std::string& wanted : account.folders) {
        auto found = std::find_if(listed->begin(), listed->end(), [&](const imap::Folder& f) {
            return f.name == wanted || (is_inbox(wanted) && is_inbox(f.name));
        });
        out.push_back(found == listed->end() ? FolderRef{wanted, imap::encode_mutf7(wanted)}
                                             : FolderRef{found->name, found->wire});
    }
    return out;
}

// Split uids into fetch batches bounded by count and by bytes (RFC822.SIZE).
std::vector<std::vector<uint32_t>> batches(const std::vector<imap::HeaderSummary>& headers,
                                           const config::DaemonSettings& settings) {
    std::vector<std::vector<uint32_t>> out;
    uint64_t limit = static_cast<uint64_t>(settings.batch_megabytes) << 20, bytes = 0;
    for (const imap::HeaderSummary& header : headers) {
        if (out.empty() || out.back().size() >= static_cast<size_t>(settings.batch_messages) ||
            (bytes + header.size > limit && !out.back().empty())) {
            out.emplace_back();
            bytes = 0;
        }
        out.back().push_back(header.uid);
        bytes += header.size;
    }
    return out;
}

// After a UIDVALIDITY change: messages already archived (same Message-ID and size) only get a
// source record under the new UIDVALIDITY; the rest is fetched.
Result<std::vector<imap::HeaderSummary>> drop_known(Session& s, const FolderRef& folder,
                                                    int64_t uidvalidity,
                                                    std::vector<imap::HeaderSummary> headers,
                                                    FolderResult& result) {
    std::vector<imap::HeaderSummary> unknown;
    for (imap::HeaderSummary& header : headers) {
        std::optional<std::string> sha;
        if (!header.message_id.empty()) {
            auto found = s.index.find_message(header.message_id, static_cast<int64_t>(header.size));
            if (!found) return tl::unexpected(found.error());
            sha = *found;
        }
        if (!sha) {
            unknown.push_back(std::move(header));
            continue;
        }
        store::SourceRef ref{"imap", s.account.name, folder.name, uidvalidity, header.uid};
        if (auto added = s.pipeline.add_source(*sha, ref); !added)
            return tl::unexpected(added.error());
        ++result.skipped;
    }
    return unknown;
}

Status fetch_batch(Session& s, const FolderRef& folder, store::SyncState& state,
                   const std::vector<uint32_t>& uids, FolderResult& result) {
    auto fetched = s.client.fetch(uids, [&](imap::FetchedMessage&& message) -> Status {
        store::SourceRef ref{"imap", s.account.name, folder.name, state.uidvalidity, message.uid};
        auto ingested = s.pipeline.ingest(message.bytes, ref);
        if (!ingested) return tl::unexpected(ingested.error());
        result.bytes += message.bytes.size();
        switch (ingested->outcome) {
        case Outcome::added:
            ++result.added;
            break;
        case Outcome::duplicate:
            ++result.duplicates;
            break;
        case Outcome::flagged:
            ++result.flagged;
            break;
        }
        return {};
    });
    if (!fetched) return fetched;
    // The high-water mark moves in the transaction that records the batch, after its files
    // are durable (Pipeline::flush syncs directories before it commits).
    state.highest_uid = std::max<int64_t>(state.highest_uid, uids.back());
    state.last_poll = std::time(nullptr);
    state.last_error.clear();
    if (auto saved = s.index.save_sync_state(state); !saved) return saved;
    return s.pipeline.flush();
}

Status sync_folder(Session& s, const FolderRef& folder, FolderResult& result) {
    auto previous = s.index.sync_state(s.account.name, folder.name);
    if (!previous) return tl::unexpected(previous.error());
    store::SyncState state =
        previous->value_or(store::SyncState{s.account.name, folder.name, 0, 0, 0, "", 0});
    auto status = s.client.status(folder.wire);
    if (!status) return tl::unexpected(status.error());
    if (*previous && status->uidvalidity == state.uidvalidity && status->uidnext != 0 &&
        status->uidnext <= state.highest_uid + 1) {
        result.unchanged = true;
        state.last_poll = std::time(nullptr);
        state.last_error.clear();
        return s.index.save_sync_state(state);
    }
    auto examined = s.client.examine(folder.wire);
    if (!examined) return tl::unexpected(examined.error());
    bool reset = *previous && examined->uidvalidity != state.uidvalidity;
    if (reset) {
        log::warning("{}/{}: UIDVALIDITY changed ({} -> {}): re-listing the folder", s.account.name,
                     folder.name, state.uidvalidity, examined->uidvalidity);
        state.highest_uid = 0;
    }
    state.uidvalidity = examined->uidvalidity;
    auto uids = s.client.uids_from(static_cast<uint32_t>(state.highest_uid + 1));
    if (!uids) return tl::unexpected(uids.error());
    std::vector<imap::HeaderSummary> headers;
    if (!uids->empty()) {
        auto summaries = s.client.fetch_headers(*uids);
        if (!summaries) return tl::unexpected(summaries.error());
        headers = std::move(*summaries);
    }
    if (reset) {
        auto unknown = drop_known(s, folder, state.uidvalidity, std::move(headers), result);
        if (!unknown) return tl::unexpected(unknown.error());
        headers = std::move(*unknown);
    }
    for (const auto& batch : batches(headers, s.config.daemon)) {
        if (s.stop) break;
        if (auto done = fetch_batch(s, folder, state, batch, result); !done) return done;
    }
    if (!s.stop && !uids->empty())
        state.highest_uid = std::max<int64_t>(state.highest_uid, uids->back());
    state.last_poll = std::time(nullptr);
    state.last_error.clear();
    if (auto saved = s.index.save_sync_state(state); !saved) return saved;
    return s.pipeline.flush();
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
void remember_error(store::Index& index, const config::Account& account, const FolderRef& folder,
                    const std::string& error) {
    auto previous = index.sync_state(account.name, folder.name);
    if (!previous) return;
    store::SyncState state =
        previous->value_or(store::SyncState{account.name, folder.name, 0, 0, 0, "", 0});
    state.last_poll = std::time(nullptr);
    state.last_error = error;
    (void)index.save_sync_state(state);
}

} // namespace

imap::ConnectOptions connect_options(const config::Account& account, const Secret& secret) {
    imap::ConnectOptions options;
    options.url = account.url;
    options.starttls = account.starttls;
    options.verify_tls = account.tls_verify;
    options.ca_file = account.ca_file;
    options.user = account.user;
    (secret.bearer ? options.bearer : options.password) = secret.value;
    return options;
}

bool is_sent_folder(const imap::Folder& folder) {
    return folder.has_attribute("\\Sent") && !folder.has_attribute("\\Noselect");
}

RetryPolicy retry_policy(const Error& error) {
    return error.code == ErrorCode::auth || error.code == ErrorCode::config
               ? RetryPolicy::reconfigure
               : RetryPolicy::later;
}

Result<AccountResult> sync_account(const config::Config& config, const parsers::MatchRules& rules,
                                   const config::Account& account, const std::atomic<bool>& stop) {
    auto client = connect(account, true);
    if (!client) {
        Error error = client.error();
        if (!error.message.starts_with("account ")) // credential errors name it already
            error.message = fmt::format("account {}: {}", account.name, error.message);
        return tl::unexpected(error);
    }
    auto index = store::Index::open(config.index_path);
    if (!index) return tl::unexpected(index.error());
    store::Archive archive(config.archive_root);
    Pipeline pipeline(rules, archive, *index);
    Session session{config, account, *client, *index, pipeline, stop};
    auto folders = folders_to_sync(account, *client);
    if (!folders) return tl::unexpected(folders.error());

    AccountResult result;
    for (const FolderRef& folder : *folders) {
        if (stop) break;
        FolderResult folder_result;
        folder_result.folder = folder.name;
        auto start = Clock::now();
        if (auto synced = sync_folder(session, folder, folder_result); !synced) {
            pipeline.rollback();
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
        auto copied = file_on_server(config.imap_filing, account, *client, *index);
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

} // namespace mailclerk::daemon
