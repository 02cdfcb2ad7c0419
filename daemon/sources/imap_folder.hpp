#pragma once
// One IMAP folder as a Source: what is new since the recorded UID high-water mark, fetched in
// batches the BatchPolicy bounds (by count and by RFC822.SIZE), each batch ended with the
// folder's advanced sync state so that the state is committed with the messages below it.
#include <atomic>
#include <functional>
#include <optional>
#include <string>

#include "daemon/imap/client.hpp"
#include "daemon/sources/source.hpp"

namespace mailclerk::sources {

struct ImapFolderRef {
    std::string name; // decoded UTF-8
    std::string wire; // as on the wire (modified UTF-7)
};

// The identity of an archived message with this Message-ID and raw size, if any: lets a
// UIDVALIDITY reset skip fetching what is already archived.
using FindArchived =
    std::function<Result<std::optional<std::string>>(const std::string& message_id, int64_t size)>;

class ImapFolder : public Source {
  public:
    // `previous`: the folder's recorded state (nullopt: never synced). `stop` is checked between
    // batches: a stop ends the reading after the batch in hand.
    ImapFolder(imap::Client& client, std::string account, ImapFolderRef folder,
               std::optional<store::SyncState> previous, BatchPolicy policy,
               FindArchived find_archived, const std::atomic<bool>& stop);

    // STATUS alone answers "nothing new" (one batch_end with the poll time); otherwise EXAMINE,
    // list the new UIDs, re-list the folder after a UIDVALIDITY change, fetch in batches.
    Status read(Sink& sink) override;
    bool unchanged() const { return m_unchanged; }

  private:
    Result<std::vector<imap::HeaderSummary>> new_messages(bool reset);
    Result<std::vector<imap::HeaderSummary>> skip_archived(Sink& sink,
                                                           std::vector<imap::HeaderSummary> all);
    std::vector<std::vector<uint32_t>>
    batches(const std::vector<imap::HeaderSummary>& headers) const;
    Status fetch_batch(Sink& sink, const std::vector<uint32_t>& uids);
    Status end(Sink& sink);

    imap::Client& m_client;
    ImapFolderRef m_folder;
    bool m_known_before;
    store::SyncState m_state;
    BatchPolicy m_policy;
    FindArchived m_find_archived;
    const std::atomic<bool>& m_stop;
    bool m_unchanged = false;
};

} // namespace mailclerk::sources
