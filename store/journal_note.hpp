#pragma once
// Internal to store/: how the index's write paths record a change in the archive's journal
// (store/journal.hpp). One record per change, named by its type; the fields are the record's
// JSON keys, in the order written (the journal is read by people too).
#include <string_view>

#include <nlohmann/json.hpp>

#include "store/index_impl.hpp"

namespace mailclerk::store {

using JournalFields = nlohmann::ordered_json;

// Buffer {"t": type, "at": now, fields...} for the transaction in hand, when this index keeps a
// journal and is not replaying it. Call after the change succeeded in the index.
void note(IndexState& impl, std::string_view type, const JournalFields& fields);

// The same record as one line, at a given time (the journal's snapshot, store tests).
std::string journal_line(std::string_view type, int64_t at, const JournalFields& fields);

// The slug of customers.id, "" when there is none.
Result<std::string> slug_of(IndexState& impl, int64_t customer_id);

// The fields of the records that carry a whole row, shared by the write paths and the snapshot.
JournalFields customer_fields(const CustomerRow& row);
JournalFields user_fields(const UserRow& user);
JournalFields sync_fields(const SyncState& state);
JournalFields dismissal_fields(const Dismissal& dismissal);
JournalFields source_fields(const std::string& sha256, const SourceRef& source);

// Write the index's journaled state as the records that rebuild it (the first segment of a
// journal started beside an index that had none).
Status write_snapshot(IndexState& impl, const std::function<Status(std::string)>& emit);

} // namespace mailclerk::store
