#pragma once
// What the pipeline and re-matching write through: messages, their sources, re-filings, price
// items and contacts, in batches (begin .. commit). A unit test can stand in an in-memory
// fake for the SQLite index (store::Index), as ninja's tests do for its DiskInterface.
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Writer {
  public:
    virtual ~Writer() = default;

    // Transactions: everything below between begin() and commit().
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    virtual Result<bool> has_message(const std::string& sha256) = 0;
    // Insert the message, its addresses, customers, attachments, contacts and FTS row.
    virtual Status add_message(const NewMessage& message) = 0;
    // Record a source of an already-indexed message; a repeated source is ignored.
    virtual Status add_source(const std::string& sha256, const SourceRef& source) = 0;
    // Slugs of customers of the messages with these Message-IDs.
    virtual Result<std::vector<std::string>>
    customers_of_messages(const std::vector<std::string>& ids) = 0;
    // Set a contact's phone and/or title (empty values leave the field alone).
    virtual Status note_contact_details(const std::string& slug, const std::string& address,
                                        const std::string& phone, const std::string& title) = 0;
    // An IMAP folder's state, inside the transaction of the batch it describes.
    virtual Status save_sync_state(const SyncState& state) = 0;

    // Re-matching (store/refile.cpp). Every archived message, oldest first, so that a thread's
    // parent is re-matched before its replies.
    virtual Result<std::vector<ArchivedMessage>> archived_messages() = 0;
    // Record a re-match inside a transaction: customers replaced, new files added, files of
    // dropped customers (and of unmatched/) forgotten. Returns the forgotten paths that no row
    // refers to any more; the caller unlinks them after commit. Never forgets a message's
    // last file.
    virtual Result<std::vector<std::string>> refile(const Refiling& refiling) = 0;
    // Inside a transaction, after a re-match: the message's price items, stored once for each
    // customer it now has (none when it has none).
    virtual Status replace_prices(int64_t message_row, const parsers::Message& message,
                                  const parsers::Classification& classification,
                                  const std::vector<parsers::PriceItem>& prices) = 0;
    // Replace every contact by these (phone and title kept when a row has none).
    virtual Status replace_contacts(const std::vector<ContactRow>& contacts) = 0;
};

} // namespace mailclerk::store
