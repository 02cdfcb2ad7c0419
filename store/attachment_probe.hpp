#pragma once
// Which attachments of a message a query matches, without a second full-text index: their
// texts are stored once, in search_text's `attachments` column (migration 11), and the few of
// one hit are matched in a small in-memory FTS5 table with the same tokenizer, so the answer is
// the one the per-attachment index (attachment_text, until migration 11) gave.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store {

// One attachment's text as it lies in the `attachments` column.
struct AttachmentSlice {
    int64_t idx = 0;
    std::string filename;
    int64_t text_size = 0; // bytes
};

// The texts of `slices` (attachments with text, in attachment order) cut out of the column that
// joins them with `separator`; a column shorter than the sizes say gives fewer texts.
std::vector<std::string_view> split_attachment_texts(std::string_view column,
                                                     const std::vector<AttachmentSlice>& slices,
                                                     std::string_view separator);

struct MatchedAttachment {
    int64_t idx = 0;
    std::string filename;
    std::string text;
};

struct IndexState;

class AttachmentProbe {
  public:
    // An in-memory database with the tokenizer and one table (filename, body).
    static Result<AttachmentProbe> open();
    // The attachments (filename, text) that match the FTS5 expression, in the given order.
    Result<std::vector<MatchedAttachment>> match(const std::vector<MatchedAttachment>& attachments,
                                                 const std::string& expression);

  private:
    explicit AttachmentProbe(Database db) : m_db(std::move(db)) {}
    Database m_db;
};

// The attachments of message `message_id` (messages.id) whose name or text match the FTS5
// expression, in attachment order; only attachments with text are candidates.
Result<std::vector<MatchedAttachment>> attachments_matching(IndexState& state, int64_t message_id,
                                                            const std::string& expression);

} // namespace mailclerk::store
