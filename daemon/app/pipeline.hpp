#pragma once
// The one path every source feeds: parse -> classify -> file on disk -> index. Batched: files
// are durable as they are written, their directories are synced and the index transaction is
// committed in flush(), so a crash loses at most the batch in hand and re-running is idempotent.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "parsers/classify.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::daemon {

enum class Outcome {
    added,     // new message archived and indexed
    duplicate, // the same bytes were already archived: only the source was recorded
    flagged,   // archived raw under unmatched/ and flagged: not understood as a message
};

struct Ingested {
    Outcome outcome = Outcome::added;
    std::string sha256;
    std::vector<std::string> paths; // where it was filed (relative to the archive root)
};

// Message identity: SHA-256 of the raw bytes with CRLF line ends read as LF, so the copy that
// an IMAP server sends (CRLF) and the one in a local Maildir (LF) are one archive entry.
std::string message_identity(std::string_view raw);

// Whether a source's folder says who sent the message: a PST's "Sent Items", an IMAP "Sent",
// a Maildir's ".Sent" (the folder above cur/new), an .eml file's directory.
parsers::Origin origin_of(const store::SourceRef& source);
// A message found in several places was sent by us if any of them is a sent folder.
parsers::Origin origin_of(const std::vector<store::SourceRef>& sources);

class Pipeline {
  public:
    Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index);
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
    // Uncommitted work is rolled back (its files stay and are picked up idempotently later).
    ~Pipeline() { rollback(); }

    // Archive one message. Errors are operational (disk full, database failure): the caller
    // stops; messages ingested before stay valid and are committed by flush().
    Result<Ingested> ingest(std::string_view raw, const store::SourceRef& source);

    // Record another source of an archived message, in the batch's transaction.
    Status add_source(const std::string& sha256, const store::SourceRef& source);

    // Make everything ingested so far durable and committed.
    Status flush();
    // Drop what was ingested since the last flush (its files stay and are reused later).
    void rollback();
    size_t pending() const { return m_pending; }

  private:
    Status ensure_transaction();
    // Rewrite customers/<slug>/price-list.csv of the customers whose price items the
    // committed batch changed. A failure is logged: the list is derived and is rewritten at
    // the customer's next quote.
    void refresh_price_lists();

    const parsers::MatchRules& m_rules;
    store::Archive& m_archive;
    store::Index& m_index;
    bool m_in_transaction = false;
    size_t m_pending = 0;
    std::set<std::string> m_priced; // customers with new price items in the batch
};

} // namespace mailclerk::daemon
