#pragma once
// How an IMAP folder's reading decides what is new (used by ImapFolder): STATUS alone answers
// "anything new?" (with CONDSTORE by HIGHESTMODSEQ, one round trip however large the folder);
// otherwise the UIDs above the high-water mark, or on a first sync that starts at a date, what
// arrived since that day.
#include <cstdint>
#include <optional>
#include <vector>

#include "common/result.hpp"
#include "daemon/imap/client.hpp"
#include "store/rows.hpp"

namespace mailclerk::sources {

// Whether STATUS says nothing arrived since `state` was recorded: the same UIDVALIDITY, and
// either the same non-zero HIGHESTMODSEQ (nothing changed at all) or a UIDNEXT that is not
// past the high-water mark.
bool nothing_new(const store::SyncState& state, const imap::FolderStatus& status);

// The UIDs to fetch from the examined folder, and the high-water mark the folder's state reaches
// once they are archived.
struct NewUids {
    std::vector<uint32_t> uids; // ascending
    uint32_t high_water = 0;
};

// Everything above the state's high-water mark. Without one yet (a first sync, or after a
// UIDVALIDITY reset) and with `since`, only what arrived on or after that day; the high-water
// mark then still moves to the folder's highest UID, so that all later mail comes, whatever
// date it carries.
Result<NewUids> new_uids(imap::Client& client, const store::SyncState& state,
                         const imap::FolderStatus& examined,
                         const std::optional<imap::SearchDate>& since);

} // namespace mailclerk::sources
