#include "store/attachment_probe.hpp"

#include "store/cjk_tokenizer.hpp"
#include "store/index_impl.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store {

std::vector<std::string_view> split_attachment_texts(std::string_view column,
                                                     const std::vector<AttachmentSlice>& slices,
                                                     std::string_view separator) {
    std::vector<std::string_view> out;
    size_t at = 0;
    for (const AttachmentSlice& slice : slices) {
        auto size = static_cast<size_t>(slice.text_size);
        if (at > column.size() || column.size() - at < size) break;
        out.push_back(column.substr(at, size));
        at += size + separator.size();
    }
    return out;
}

Result<AttachmentProbe> AttachmentProbe::open() {
    auto db = Database::open(":memory:");
    if (!db) return tl::unexpected(db.error());
    if (auto ok = register_cjk_tokenizer(*db); !ok) return tl::unexpected(ok.error());
    if (auto ok = db->exec(std::string("CREATE VIRTUAL TABLE probe USING fts5(filename, body, "
                                       "tokenize = '") +
                           k_tokenizer_name + "')");
        !ok)
        return tl::unexpected(ok.error());
    return AttachmentProbe(std::move(*db));
}

Result<std::vector<MatchedAttachment>>
AttachmentProbe::match(const std::vector<MatchedAttachment>& attachments,
                       const std::string& expression) {
    auto insert = m_db.prepare("INSERT INTO probe (rowid, filename, body) VALUES (?1, ?2, ?3)");
    if (!insert) return tl::unexpected(insert.error());
    for (size_t i = 0; i < attachments.size(); ++i) {
        insert->bind(1, static_cast<int64_t>(i));
        insert->bind(2, attachments[i].filename).bind(3, attachments[i].text);
        if (auto ok = insert->run(); !ok) return tl::unexpected(ok.error());
    }
    std::vector<MatchedAttachment> out;
    auto select = m_db.prepare("SELECT rowid FROM probe WHERE probe MATCH ?1 ORDER BY rowid");
    Status status = select ? Status{} : Status(tl::unexpected(select.error()));
    if (status) {
        select->bind(1, expression);
        for (;;) {
            auto row = select->step();
            if (!row) status = tl::unexpected(row.error());
            if (!row || !*row) break;
            out.push_back(attachments[static_cast<size_t>(select->column_int64(0))]);
        }
        select->reset();
    }
    // Emptied whatever happened, for the next hit.
    if (auto cleared = m_db.exec("DELETE FROM probe"); status && !cleared) status = cleared;
    if (!status) return tl::unexpected(status.error());
    return out;
}

namespace {

Result<std::vector<AttachmentSlice>> slices_of(IndexState& state, int64_t message_id) {
    auto select = state.statement("SELECT idx, filename, text_size FROM attachments WHERE "
                                  "message_id = ?1 AND text_size > 0 ORDER BY idx");
    if (!select) return error_of(select);
    (*select)->bind(1, message_id);
    return collect(**select, [](Statement& s) {
        return AttachmentSlice{s.column_int64(0), s.column_text(1), s.column_int64(2)};
    });
}

Result<std::string> attachments_column(IndexState& state, int64_t message_id) {
    auto select = state.statement("SELECT attachments FROM search_text WHERE rowid = (SELECT "
                                  "search_key FROM messages WHERE id = ?1)");
    if (!select) return error_of(select);
    (*select)->bind(1, message_id);
    std::string column;
    auto ok = for_each_row(**select, [&](Statement& s) { column = s.column_text(0); });
    if (!ok) return error_of(ok);
    return column;
}

} // namespace

Result<std::vector<MatchedAttachment>> attachments_matching(IndexState& state, int64_t message_id,
                                                            const std::string& expression) {
    auto slices = slices_of(state, message_id);
    if (!slices) return error_of(slices);
    if (slices->empty()) return std::vector<MatchedAttachment>{};
    auto column = attachments_column(state, message_id);
    if (!column) return error_of(column);
    std::vector<std::string_view> texts =
        split_attachment_texts(*column, *slices, k_attachment_separator);
    std::vector<MatchedAttachment> candidates;
    for (size_t i = 0; i < texts.size(); ++i)
        candidates.push_back({(*slices)[i].idx, (*slices)[i].filename, std::string(texts[i])});
    if (!state.probe) {
        auto probe = AttachmentProbe::open();
        if (!probe) return error_of(probe);
        state.probe = std::make_unique<AttachmentProbe>(std::move(*probe));
    }
    return state.probe->match(candidates, expression);
}

} // namespace mailclerk::store
