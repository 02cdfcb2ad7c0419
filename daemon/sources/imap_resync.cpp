#include "daemon/sources/imap_resync.hpp"

#include <algorithm>

namespace mailclerk::sources {

bool nothing_new(const store::SyncState& state, const imap::FolderStatus& status) {
    if (status.uidvalidity != state.uidvalidity) return false;
    if (status.highest_modseq != 0 && state.highest_modseq != 0 &&
        static_cast<int64_t>(status.highest_modseq) == state.highest_modseq)
        return true;
    return status.uidnext != 0 && status.uidnext <= state.highest_uid + 1;
}

Result<NewUids> new_uids(imap::Client& client, const store::SyncState& state,
                         const imap::FolderStatus& examined,
                         const std::optional<imap::SearchDate>& since) {
    NewUids out;
    if (state.highest_uid > 0 || !since) {
        auto uids = client.uids_from(static_cast<uint32_t>(state.highest_uid + 1));
        if (!uids) return tl::unexpected(uids.error());
        out.uids = std::move(*uids);
        out.high_water = out.uids.empty() ? 0 : out.uids.back();
        return out;
    }
    auto uids = client.uids_since(*since);
    if (!uids) return tl::unexpected(uids.error());
    out.uids = std::move(*uids);
    // Mail that arrives from now on gets a UID of at least UIDNEXT; ask when it is missing.
    uint32_t highest = examined.uidnext > 0 ? examined.uidnext - 1 : 0;
    if (examined.uidnext == 0 && examined.messages > 0) {
        auto asked = client.highest_uid();
        if (!asked) return tl::unexpected(asked.error());
        highest = *asked;
    }
    out.high_water = std::max(highest, out.uids.empty() ? 0u : out.uids.back());
    return out;
}

} // namespace mailclerk::sources
