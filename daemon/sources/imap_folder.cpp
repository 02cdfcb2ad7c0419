#include "daemon/sources/imap_folder.hpp"

#include <algorithm>
#include <ctime>

#include "common/log.hpp"
#include "daemon/sources/imap_resync.hpp"

namespace mailclerk::sources {

ImapFolder::ImapFolder(imap::Client& client, std::string account, ImapFolderRef folder,
                       std::optional<store::SyncState> previous, BatchPolicy policy,
                       FindArchived find_archived, const std::atomic<bool>& stop)
    : m_client(client), m_folder(std::move(folder)), m_known_before(previous.has_value()),
      m_state(
          previous.value_or(store::SyncState{std::move(account), m_folder.name, 0, 0, 0, "", 0})),
      m_policy(policy), m_find_archived(std::move(find_archived)), m_stop(stop) {}

// The state a batch ends with: polled now, no error.
Status ImapFolder::end(Sink& sink) {
    m_state.last_poll = std::time(nullptr);
    m_state.last_error.clear();
    return sink.batch_end(m_state);
}

Status ImapFolder::read(Sink& sink) {
    auto status = m_client.status(m_folder.wire);
    if (!status) return tl::unexpected(status.error());
    if (m_known_before && nothing_new(m_state, *status)) {
        m_state.highest_modseq = static_cast<int64_t>(status->highest_modseq);
        m_unchanged = true;
        return end(sink);
    }
    m_state.highest_modseq = 0; // set again only once the folder is read to the end
    auto examined = m_client.examine(m_folder.wire);
    if (!examined) return tl::unexpected(examined.error());
    bool reset = m_known_before && examined->uidvalidity != m_state.uidvalidity;
    if (reset) {
        log::warning("{}/{}: UIDVALIDITY changed ({} -> {}): re-listing the folder",
                     m_state.account, m_folder.name, m_state.uidvalidity, examined->uidvalidity);
        m_state.highest_uid = 0;
    }
    m_state.uidvalidity = examined->uidvalidity;
    // `since` bounds only a first listing: once a folder is known, everything new comes, even an
    // old message moved into it (its INTERNALDATE may be older than the day).
    bool first_listing = !m_known_before || reset;
    auto found = new_uids(m_client, m_state, *examined,
                          first_listing ? m_since : std::optional<imap::SearchDate>());
    if (!found) return tl::unexpected(found.error());
    const std::vector<uint32_t>& uids = found->uids;
    std::vector<imap::HeaderSummary> headers;
    if (!uids.empty()) {
        auto summaries = m_client.fetch_headers(uids);
        if (!summaries) return tl::unexpected(summaries.error());
        headers = std::move(*summaries);
    }
    if (reset) {
        auto unknown = skip_archived(sink, std::move(headers));
        if (!unknown) return tl::unexpected(unknown.error());
        headers = std::move(*unknown);
    }
    for (const auto& batch : batches(headers)) {
        if (m_stop) break;
        if (auto done = fetch_batch(sink, batch); !done) return done;
    }
    if (!m_stop) {
        m_state.highest_uid = std::max<int64_t>(m_state.highest_uid, found->high_water);
        m_state.highest_modseq = static_cast<int64_t>(examined->highest_modseq);
    }
    return end(sink);
}

// After a UIDVALIDITY change: messages already archived (same Message-ID and size) only get a
// source record under the new UIDVALIDITY; the rest is fetched.
Result<std::vector<imap::HeaderSummary>>
ImapFolder::skip_archived(Sink& sink, std::vector<imap::HeaderSummary> all) {
    std::vector<imap::HeaderSummary> unknown;
    for (imap::HeaderSummary& header : all) {
        std::optional<std::string> sha;
        if (!header.message_id.empty()) {
            auto found = m_find_archived(header.message_id, static_cast<int64_t>(header.size));
            if (!found) return tl::unexpected(found.error());
            sha = *found;
        }
        if (!sha) {
            unknown.push_back(std::move(header));
            continue;
        }
        SourceRef ref{"imap", m_state.account, m_folder.name, m_state.uidvalidity, header.uid};
        if (auto added = sink.known(*sha, ref); !added) return tl::unexpected(added.error());
    }
    return unknown;
}

std::vector<std::vector<uint32_t>>
ImapFolder::batches(const std::vector<imap::HeaderSummary>& headers) const {
    std::vector<std::vector<uint32_t>> out;
    uint64_t bytes = 0;
    for (const imap::HeaderSummary& header : headers) {
        if (out.empty() || !m_policy.takes(out.back().size(), bytes, header.size)) {
            out.emplace_back();
            bytes = 0;
        }
        out.back().push_back(header.uid);
        bytes += header.size;
    }
    return out;
}

Status ImapFolder::fetch_batch(Sink& sink, const std::vector<uint32_t>& uids) {
    auto fetched = m_client.fetch(uids, [&](imap::FetchedMessage&& message) -> Status {
        SourceRef ref{"imap", m_state.account, m_folder.name, m_state.uidvalidity, message.uid};
        return sink.message(message.bytes, ref, 0);
    });
    if (!fetched) return fetched;
    m_state.highest_uid = std::max<int64_t>(m_state.highest_uid, uids.back());
    return end(sink);
}

} // namespace mailclerk::sources
