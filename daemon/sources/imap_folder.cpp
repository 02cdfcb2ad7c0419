#include "daemon/sources/imap_folder.hpp"

#include <algorithm>
#include <ctime>

#include "common/log.hpp"

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
    if (m_known_before && status->uidvalidity == m_state.uidvalidity && status->uidnext != 0 &&
        status->uidnext <= m_state.highest_uid + 1) {
        m_unchanged = true;
        return end(sink);
    }
    auto examined = m_client.examine(m_folder.wire);
    if (!examined) return tl::unexpected(examined.error());
    bool reset = m_known_before && examined->uidvalidity != m_state.uidvalidity;
    if (reset) {
        log::warning("{}/{}: UIDVALIDITY changed ({} -> {}): re-listing the folder",
                     m_state.account, m_folder.name, m_state.uidvalidity, examined->uidvalidity);
        m_state.highest_uid = 0;
    }
    m_state.uidvalidity = examined->uidvalidity;
    auto uids = m_client.uids_from(static_cast<uint32_t>(m_state.highest_uid + 1));
    if (!uids) return tl::unexpected(uids.error());
    std::vector<imap::HeaderSummary> headers;
    if (!uids->empty()) {
        auto summaries = m_client.fetch_headers(*uids);
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
    if (!m_stop && !uids->empty())
        m_state.highest_uid = std::max<int64_t>(m_state.highest_uid, uids->back());
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
