// Index: the OCR queue. Ingest reads scans later (parsers::Ocr::later): their attachments are
// indexed at once with text_flag = parsers::k_ocr_pending, and the queue is those rows (a
// partial index, schema 21), oldest message first. Nothing here is journaled: `reindex` files
// every message again, and the scans it meets are pending again (the queue is derived).
#include <string>

#include "store/index_impl.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store {
namespace {

// The message's search row: its attachments column is the texts of its filed attachments that
// have any, in attachment order (as MessageWriter::insert_text writes it), read from
// attachments.text_size back by attachment_probe.
std::string attachments_column(const std::vector<int64_t>& filed,
                               const std::vector<parsers::AttachmentText>& texts) {
    std::string column;
    for (int64_t idx : filed) {
        auto at = static_cast<size_t>(idx);
        if (at >= texts.size() || texts[at].text.empty()) continue;
        if (!column.empty()) column += k_attachment_separator;
        column += texts[at].text;
    }
    return column;
}

} // namespace

Result<std::vector<OcrQueued>> Index::ocr_queue(size_t limit) {
    auto select = m_impl->statement(
        "SELECT m.id, m.sha256, max(a.ocr_tries) FROM attachments a JOIN messages m ON m.id = "
        "a.message_id WHERE a.text_flag = 'ocr-pending' GROUP BY m.id ORDER BY m.id LIMIT ?1");
    if (!select) return error_of(select);
    (*select)->bind(1, static_cast<int64_t>(limit));
    return collect(**select, [](const Statement& s) {
        return OcrQueued{s.column_int64(0), s.column_text(1), s.column_int64(2)};
    });
}

Result<OcrCounts> Index::ocr_counts() {
    auto select = m_impl->statement(
        "SELECT coalesce(sum(text_flag = 'ocr-pending'), 0), coalesce(sum(text_flag = "
        "'ocr-failed'), 0) FROM attachments WHERE text_flag IN ('ocr-pending', 'ocr-failed')");
    if (!select) return error_of(select);
    auto row = collect_one(**select, [](const Statement& s) {
        return OcrCounts{s.column_int64(0), s.column_int64(1)};
    });
    if (!row) return error_of(row);
    return row->value_or(OcrCounts{});
}

Status Index::count_ocr_try(int64_t message_row) {
    auto update = m_impl->statement("UPDATE attachments SET ocr_tries = ocr_tries + 1 WHERE "
                                    "message_id = ?1 AND text_flag = 'ocr-pending'");
    if (!update) return error_of(update);
    return (*update)->bind(1, message_row).run();
}

Status Index::fail_ocr(int64_t message_row) {
    auto update = m_impl->statement("UPDATE attachments SET text_flag = 'ocr-failed' WHERE "
                                    "message_id = ?1 AND text_flag = 'ocr-pending'");
    if (!update) return error_of(update);
    return (*update)->bind(1, message_row).run();
}

Status Index::replace_attachment_texts(int64_t message_row,
                                       const std::vector<parsers::AttachmentText>& texts) {
    auto filed =
        m_impl->statement("SELECT idx FROM attachments WHERE message_id = ?1 ORDER BY idx");
    if (!filed) return error_of(filed);
    (*filed)->bind(1, message_row);
    auto indexes = collect(**filed, [](const Statement& s) { return s.column_int64(0); });
    if (!indexes) return error_of(indexes);
    auto update = m_impl->statement(
        "UPDATE attachments SET text_size = ?3, text_flag = ?4 WHERE message_id = ?1 AND idx = ?2");
    if (!update) return error_of(update);
    for (int64_t idx : *indexes) {
        auto at = static_cast<size_t>(idx);
        if (at >= texts.size()) continue;
        Statement& s = **update;
        s.bind(1, message_row).bind(2, idx);
        s.bind(3, static_cast<int64_t>(texts[at].text.size())).bind(4, texts[at].flag);
        if (auto ok = s.run(); !ok) return ok;
    }
    // A message written in this transaction may still wait in pending_text: its row goes first.
    if (auto flushed = m_impl->flush_text(); !flushed) return flushed;
    auto search = m_impl->statement("UPDATE search_text SET attachments = ?2 WHERE rowid = "
                                    "(SELECT search_key FROM messages WHERE id = ?1)");
    if (!search) return error_of(search);
    return (*search)->bind(1, message_row).bind(2, attachments_column(*indexes, texts)).run();
}

} // namespace mailclerk::store
