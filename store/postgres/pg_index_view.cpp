// PgIndex: what a reader of one message or one customer's page needs (the web page, `verify`),
// as store/index_view.cpp reads it from SQLite: the same rows in the same order. Orders that
// SQLite takes from rowids use the rowid columns the copy keeps; text is ordered by bytes
// (COLLATE "C"), as SQLite's BINARY collation orders it.
#include <map>

#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"

namespace mailclerk::store::pg {
namespace {

constexpr const char* k_attachment_columns =
    "a.message_id, a.idx, a.filename, a.content_type, a.kind, a.sha256, a.size";

// The attachment whose columns (k_attachment_columns) start at `first`.
MessageAttachment attachment_of(const Rows& rows, int r, int first) {
    auto text = [&](int column) { return std::string(rows.text(r, first + column)); };
    return MessageAttachment{rows.integer(r, first + 1), text(2), text(3), text(4), text(5),
                             rows.integer(r, first + 6), {}};
}

// The attachments of these messages, each message's in idx order.
Result<std::map<int64_t, std::vector<MessageAttachment>>>
attachments_of(Connection& db, const std::vector<int64_t>& messages) {
    auto rows = db.query(std::string("SELECT ") + k_attachment_columns +
                             " FROM attachments a WHERE a.message_id = ANY($1::bigint[]) "
                             "ORDER BY a.message_id, a.idx",
                         {id_array(messages)});
    if (!rows) return tl::unexpected(rows.error());
    std::map<int64_t, std::vector<MessageAttachment>> out;
    for (int r = 0; r < rows->count(); ++r)
        out[rows->integer(r, 0)].push_back(attachment_of(*rows, r, 0));
    return out;
}

Status read_links(Connection& db, MessageDetail& m) {
    std::string id = std::to_string(m.id);
    auto addresses = db.query(
        "SELECT role, CASE WHEN name <> '' THEN name || ' <' || address || '>' ELSE address END "
        "FROM message_addresses WHERE message_id = $1 ORDER BY rowid",
        {id});
    if (!addresses) return tl::unexpected(addresses.error());
    for (int r = 0; r < addresses->count(); ++r)
        m.addresses.emplace_back(addresses->text(r, 0), addresses->text(r, 1));
    auto customers = db.query("SELECT c.id, c.slug FROM message_customers mc JOIN customers c ON "
                              "c.id = mc.customer_id WHERE mc.message_id = $1 ORDER BY mc.rowid",
                              {id});
    if (!customers) return tl::unexpected(customers.error());
    for (int r = 0; r < customers->count(); ++r) {
        m.customer_ids.push_back(customers->integer(r, 0));
        m.customer_slugs.emplace_back(customers->text(r, 1));
    }
    auto files =
        db.query("SELECT path FROM message_files WHERE message_id = $1 ORDER BY rowid", {id});
    if (!files) return tl::unexpected(files.error());
    for (int r = 0; r < files->count(); ++r)
        m.paths.emplace_back(files->text(r, 0));
    return {};
}

// The attachments with the paths of their files; indexes copied from before attachment_files
// existed keep the one path on the attachment's row.
Status read_attachments(Connection& db, MessageDetail& m) {
    auto listed = attachments_of(db, {m.id});
    if (!listed) return tl::unexpected(listed.error());
    m.attachments = std::move((*listed)[m.id]);
    auto files = db.query("SELECT idx, path COLLATE \"C\" AS path FROM attachment_files WHERE "
                          "message_id = $1 UNION ALL "
                          "SELECT idx, path FROM attachments a WHERE message_id = $1 AND path <> "
                          "'' AND NOT EXISTS (SELECT 1 FROM attachment_files f WHERE "
                          "f.message_id = a.message_id AND f.idx = a.idx) "
                          "ORDER BY idx, path",
                          {std::to_string(m.id)});
    if (!files) return tl::unexpected(files.error());
    std::map<int64_t, MessageAttachment*> by_idx;
    for (MessageAttachment& a : m.attachments)
        by_idx[a.idx] = &a;
    for (int r = 0; r < files->count(); ++r)
        if (auto found = by_idx.find(files->integer(r, 0)); found != by_idx.end())
            found->second->paths.emplace_back(files->text(r, 1));
    return {};
}

} // namespace

Result<std::optional<MessageDetail>> PgIndex::message_detail(int64_t id) {
    auto rows = m_db->query("SELECT sha256, message_id, date, subject, from_addr, direction, "
                            "kind, size FROM messages WHERE id = $1",
                            {std::to_string(id)});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return std::optional<MessageDetail>{};
    auto text = [&](int column) { return std::string(rows->text(0, column)); };
    MessageDetail m;
    m.id = id;
    m.sha256 = text(0);
    m.message_id = text(1);
    m.date = rows->optional_integer(0, 2).value_or(0);
    m.subject = text(3);
    m.from = text(4);
    m.direction = text(5);
    m.kind = text(6);
    m.size = rows->integer(0, 7);
    if (auto ok = read_links(*m_db, m); !ok) return tl::unexpected(ok.error());
    if (auto ok = read_attachments(*m_db, m); !ok) return tl::unexpected(ok.error());
    return std::optional<MessageDetail>(std::move(m));
}

// Newest first is search_key order, as SQLite reads it from search_text's rowids.
Result<std::vector<TimelineEntry>> PgIndex::timeline(int64_t customer_id, int64_t limit) {
    auto rows = m_db->query(
        "SELECT m.id, m.date, m.direction, m.subject, mc.counterpart, m.kind FROM "
        "message_customers mc JOIN messages m ON m.id = mc.message_id WHERE mc.customer_id = $1 "
        "ORDER BY m.search_key DESC LIMIT $2",
        {std::to_string(customer_id), std::to_string(limit)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<TimelineEntry> entries;
    std::vector<int64_t> ids;
    for (int r = 0; r < rows->count(); ++r) {
        auto text = [&](int column) { return std::string(rows->text(r, column)); };
        entries.push_back(TimelineEntry{rows->integer(r, 0),
                                        rows->optional_integer(r, 1).value_or(0),
                                        text(2),
                                        text(3),
                                        text(4),
                                        text(5),
                                        {}});
        ids.push_back(entries.back().id);
    }
    auto attachments = attachments_of(*m_db, ids);
    if (!attachments) return tl::unexpected(attachments.error());
    for (TimelineEntry& entry : entries)
        entry.attachments = std::move((*attachments)[entry.id]);
    return entries;
}

Result<std::vector<DocumentRow>> PgIndex::documents(int64_t customer_id, int64_t limit) {
    auto rows = m_db->query(std::string("SELECT ") + k_attachment_columns +
                                ", m.date, m.direction FROM message_customers mc JOIN messages m "
                                "ON m.id = mc.message_id JOIN attachments a ON a.message_id = "
                                "m.id WHERE mc.customer_id = $1 ORDER BY m.search_key DESC, "
                                "a.idx LIMIT $2",
                            {std::to_string(customer_id), std::to_string(limit)});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<DocumentRow> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(DocumentRow{rows->integer(r, 0), rows->optional_integer(r, 7).value_or(0),
                                  std::string(rows->text(r, 8)), attachment_of(*rows, r, 0)});
    return out;
}

Result<std::vector<SourceRef>> PgIndex::sources_of(const std::string& sha256) {
    auto rows = m_db->query(
        "SELECT s.kind, s.account, s.folder, s.uidvalidity, s.uid FROM message_sources s JOIN "
        "messages m ON m.id = s.message_id WHERE m.sha256 = $1 ORDER BY s.rowid",
        {sha256});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<SourceRef> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(SourceRef{std::string(rows->text(r, 0)), std::string(rows->text(r, 1)),
                                std::string(rows->text(r, 2)), rows->integer(r, 3),
                                rows->integer(r, 4)});
    return out;
}

Result<std::vector<IndexedFile>> PgIndex::files() {
    auto rows = m_db->query(
        "SELECT f.path COLLATE \"C\" AS path, m.sha256, 1 FROM message_files f JOIN messages m "
        "ON m.id = f.message_id "
        "UNION ALL SELECT f.path, a.sha256, 0 FROM attachment_files f JOIN attachments a "
        "ON a.message_id = f.message_id AND a.idx = f.idx ORDER BY path");
    if (!rows) return tl::unexpected(rows.error());
    std::vector<IndexedFile> out;
    for (int r = 0; r < rows->count(); ++r)
        out.push_back(IndexedFile{std::string(rows->text(r, 0)), std::string(rows->text(r, 1)),
                                  rows->integer(r, 2) != 0});
    return out;
}

} // namespace mailclerk::store::pg
