#pragma once
// Reading the archive message by message: a customer's history and timeline, its documents,
// one message in full, and what the index holds (for verify).
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Timeline {
  public:
    virtual ~Timeline() = default;
    // The customer's timeline, oldest first. Fails with not_found for an unknown slug.
    virtual Result<std::vector<HistoryEvent>> history(const std::string& slug) = 0;
    virtual Result<std::vector<CustomerSummary>> customers() = 0;
    // nullopt when no message has this id (store/index_view.cpp).
    virtual Result<std::optional<MessageDetail>> message_detail(int64_t id) = 0;
    // The customer's newest `limit` messages with their attachments. (How many it has in all
    // is in the roster's statistics: counting a big account's messages per page view costs
    // more than listing its newest.)
    virtual Result<std::vector<TimelineEntry>> timeline(int64_t customer_id, int64_t limit) = 0;
    // The attachments of the customer's messages, newest first, at most `limit`.
    virtual Result<std::vector<DocumentRow>> documents(int64_t customer_id, int64_t limit) = 0;
    // Where the message with this identity was found; empty when it is not archived.
    virtual Result<std::vector<SourceRef>> sources_of(const std::string& sha256) = 0;
    // Every message and attachment file recorded in the index.
    virtual Result<std::vector<IndexedFile>> files() = 0;
    virtual Result<int64_t> message_count() = 0;
};

} // namespace mailclerk::store
