#pragma once
// Where each IMAP folder's sync stands, and the journal of copies into the customers' server
// folders (store/sync_state.cpp).
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class SyncStates {
  public:
    virtual ~SyncStates() = default;
    virtual Result<std::optional<SyncState>> sync_state(const std::string& account,
                                                        const std::string& folder) = 0;
    virtual Result<std::vector<SyncState>> sync_states() = 0;
    // The identity of an archived message with this Message-ID and raw size, if any: lets a
    // UIDVALIDITY reset skip fetching what is already archived.
    virtual Result<std::optional<std::string>> find_message(const std::string& message_id,
                                                            int64_t size) = 0;
    // Messages of this account's folders matched to customers and not yet copied for them.
    virtual Result<std::vector<CopyTask>> pending_copies(const std::string& account,
                                                         int64_t limit) = 0;
    // `intended` before UID COPY (committed, so that a crash in between leaves a trace);
    // `confirmed` after it, or after finding the copy already in the destination.
    enum class CopyState { intended, confirmed };
    virtual Status record_copy(const std::string& account, const CopyTask& task,
                               const std::string& folder, CopyState state) = 0;
};

} // namespace mailclerk::store
