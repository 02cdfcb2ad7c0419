// Index: what a reader of one message or one customer's page needs (the web page), read with
// a few indexed lookups each so a page costs milliseconds on a large archive.
#include <fmt/format.h>

#include "store/index_impl.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store {
namespace {

constexpr const char* k_attachment_columns =
    "SELECT a.message_id, a.idx, a.filename, a.content_type, a.kind, a.sha256, a.size "
    "FROM attachments a ";

MessageAttachment attachment_of(Statement& s) {
    return MessageAttachment{s.column_int64(1),
                             s.column_text(2),
                             s.column_text(3),
                             s.column_text(4),
                             s.column_text(5),
                             s.column_int64(6),
                             {}};
}

Status read_message_row(IndexState& state, int64_t id, std::optional<MessageDetail>& out) {
    auto stmt = state.statement("SELECT sha256, message_id, date, subject, from_addr, direction, "
                                "kind, size FROM messages WHERE id = ?1");
    if (!stmt) return error_of(stmt);
    return for_each_row((*stmt)->bind(1, id), [&](Statement& s) {
        MessageDetail m;
        m.id = id;
        m.sha256 = s.column_text(0);
        m.message_id = s.column_text(1);
        m.date = s.column_optional(2).value_or(0);
        m.subject = s.column_text(3);
        m.from = s.column_text(4);
        m.direction = s.column_text(5);
        m.kind = s.column_text(6);
        m.size = s.column_int64(7);
        out = std::move(m);
    });
}

Status read_message_links(IndexState& state, MessageDetail& m) {
    auto addresses = state.statement(
        "SELECT role, CASE WHEN name <> '' THEN name || ' <' || address || '>' ELSE address END "
        "FROM message_addresses WHERE message_id = ?1 ORDER BY rowid");
    if (!addresses) return error_of(addresses);
    auto ok = for_each_row((*addresses)->bind(1, m.id), [&](Statement& s) {
        m.addresses.emplace_back(s.column_text(0), s.column_text(1));
    });
    if (!ok) return ok;
    auto customers = state.statement("SELECT c.id, c.slug FROM message_customers mc JOIN "
                                     "customers c ON c.id = mc.customer_id WHERE "
                                     "mc.message_id = ?1 ORDER BY mc.rowid");
    if (!customers) return error_of(customers);
    ok = for_each_row((*customers)->bind(1, m.id), [&](Statement& s) {
        m.customer_ids.push_back(s.column_int64(0));
        m.customer_slugs.push_back(s.column_text(1));
    });
    if (!ok) return ok;
    auto files = state.statement("SELECT path FROM message_files WHERE message_id = ?1 ORDER BY "
                                 "rowid");
    if (!files) return error_of(files);
    return for_each_row((*files)->bind(1, m.id),
                        [&](Statement& s) { m.paths.push_back(s.column_text(0)); });
}

// A message's attachments in idx order, without the paths of their files.
Result<std::vector<MessageAttachment>> attachment_list(IndexState& state, int64_t message_id) {
    auto list = state.statement(std::string(k_attachment_columns) +
                                "WHERE a.message_id = ?1 ORDER BY a.idx");
    if (!list) return error_of(list);
    return collect((*list)->bind(1, message_id), attachment_of);
}

Status read_attachments(IndexState& state, MessageDetail& m) {
    auto attachments = attachment_list(state, m.id);
    if (!attachments) return error_of(attachments);
    m.attachments = std::move(*attachments);
    Status ok;
    auto files = state.statement("SELECT path FROM attachment_files WHERE message_id = ?1 AND "
                                 "idx = ?2 ORDER BY path");
    if (!files) return error_of(files);
    for (MessageAttachment& a : m.attachments) {
        ok = for_each_row((*files)->bind(1, m.id).bind(2, a.idx),
                          [&](Statement& s) { a.paths.push_back(s.column_text(0)); });
        if (!ok) return ok;
        // Indexes written before attachment_files existed keep the one path on the row.
        if (a.paths.empty()) {
            auto legacy = state.statement(
                "SELECT path FROM attachments WHERE message_id = ?1 AND idx = ?2 AND path <> ''");
            if (!legacy) return error_of(legacy);
            ok = for_each_row((*legacy)->bind(1, m.id).bind(2, a.idx),
                              [&](Statement& s) { a.paths.push_back(s.column_text(0)); });
            if (!ok) return ok;
        }
    }
    return {};
}

// A customer's messages newest first come from search_text: its rowids are in date order
// (messages.search_key) and the customer's meta token lists exactly their messages, so the
// newest `limit` are the last entries of one posting list. Sorting message_customers joined to
// messages by date read every message of the customer (100,000 for a big account).
// The statement selecting `columns` of those matching `match` (m: messages, and what `joins`
// adds), with ?1 and ?2 bound; a join's own parameters start at ?3.
Result<Statement*> newest_first(IndexState& state, std::string_view columns, std::string_view joins,
                                const std::string& match, int64_t limit) {
    auto stmt = state.statement(fmt::format("SELECT {} FROM search_text s JOIN messages m ON "
                                            "m.search_key = s.rowid {} WHERE search_text MATCH "
                                            "?1 ORDER BY s.rowid DESC LIMIT ?2",
                                            columns, joins));
    if (stmt) (*stmt)->bind(1, match).bind(2, limit);
    return stmt;
}

} // namespace

Result<std::optional<MessageDetail>> Index::message_detail(int64_t id) {
    std::optional<MessageDetail> out;
    if (auto ok = read_message_row(*m_impl, id, out); !ok) return error_of(ok);
    if (!out) return out;
    if (auto ok = read_message_links(*m_impl, *out); !ok) return error_of(ok);
    if (auto ok = read_attachments(*m_impl, *out); !ok) return error_of(ok);
    return out;
}

Result<std::vector<TimelineEntry>> Index::timeline(int64_t customer_id, int64_t limit) {
    auto stmt =
        newest_first(*m_impl, "m.id, m.date, m.direction, m.subject, mc.counterpart, m.kind",
                     "JOIN message_customers mc ON mc.message_id = m.id AND "
                     "mc.customer_id = ?3",
                     customers_expression({customer_id}), limit);
    if (!stmt) return error_of(stmt);
    (*stmt)->bind(3, customer_id);
    auto entries = collect(**stmt, [](Statement& s) {
        return TimelineEntry{s.column_int64(0),
                             s.column_optional(1).value_or(0),
                             s.column_text(2),
                             s.column_text(3),
                             s.column_text(4),
                             s.column_text(5),
                             {}};
    });
    if (!entries) return entries;
    for (TimelineEntry& entry : *entries) {
        auto attachments = attachment_list(*m_impl, entry.id);
        if (!attachments) return error_of(attachments);
        entry.attachments = std::move(*attachments);
    }
    return entries;
}

Result<std::vector<DocumentRow>> Index::documents(int64_t customer_id, int64_t limit) {
    // The customer's messages that have attachments ("zhasatt"); the attachments of one message
    // come in idx order from their primary key.
    auto stmt = newest_first(
        *m_impl,
        "a.message_id, a.idx, a.filename, a.content_type, a.kind, a.sha256, "
        "a.size, m.date, m.direction",
        "JOIN attachments a ON a.message_id = m.id",
        customers_expression({customer_id}) + " AND {meta} : " + fts_string("zhasatt"), limit);
    if (!stmt) return error_of(stmt);
    return collect(**stmt, [](Statement& s) {
        return DocumentRow{s.column_int64(0), s.column_optional(7).value_or(0), s.column_text(8),
                           attachment_of(s)};
    });
}

Result<std::string> Index::price_version(int64_t customer_id) {
    auto stmt = m_impl->statement(
        "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM price_items WHERE "
        "customer_id = ?1) || ':' || coalesce((SELECT group_concat(product_key || '=' || same_as, "
        "',') FROM product_key_overrides WHERE customer_id = ?1), '') || ':' || "
        "coalesce((SELECT group_concat(product_key || side || fixed_at, ',') FROM price_fixes "
        "WHERE customer_id = ?1), '')");
    if (!stmt) return error_of(stmt);
    std::string version;
    auto ok = for_each_row((*stmt)->bind(1, customer_id),
                           [&](Statement& s) { version = s.column_text(0); });
    if (!ok) return error_of(ok);
    return version;
}

} // namespace mailclerk::store
