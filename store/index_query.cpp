// Index: the read side (history, roster, verify's file list); search is in index_search.cpp.
#include "store/index_impl.hpp"

namespace mailclerk::store {

Result<std::vector<std::string>> text_column(Database& db, const char* sql, int64_t id) {
    auto stmt = db.prepare(sql);
    if (!stmt) return error_of(stmt);
    stmt->bind(1, id);
    return collect(*stmt, [](Statement& s) { return s.column_text(0); });
}

Result<std::vector<HistoryEvent>> Index::history(const std::string& slug) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    Database& db = m_impl->db;
    // The path under this customer's folder when there is one.
    auto stmt = db.prepare(
        "SELECT m.id, m.date, m.direction, m.subject, mc.counterpart, m.kind, m.sha256, "
        "coalesce((SELECT path FROM message_files f WHERE f.message_id = m.id AND "
        "f.customer_id = ?1), (SELECT path FROM message_files f WHERE f.message_id = m.id), '') "
        "FROM message_customers mc JOIN messages m ON m.id = mc.message_id "
        "WHERE mc.customer_id = ?1 ORDER BY m.date, m.id");
    if (!stmt) return error_of(stmt);
    stmt->bind(1, *customer);
    std::vector<HistoryEvent> events;
    std::vector<int64_t> ids;
    auto ok = for_each_row(*stmt, [&](Statement& s) {
        ids.push_back(s.column_int64(0));
        events.push_back(HistoryEvent{s.column_optional(1).value_or(0),
                                      s.column_text(2),
                                      s.column_text(3),
                                      s.column_text(4),
                                      s.column_text(5),
                                      {},
                                      s.column_text(6),
                                      s.column_text(7)});
    });
    if (!ok) return error_of(ok);
    for (size_t i = 0; i < ids.size(); ++i) {
        auto names = text_column(db,
                                 "SELECT CASE WHEN filename <> '' THEN filename ELSE "
                                 "'attachment-' || (idx + 1) END FROM attachments "
                                 "WHERE message_id = ?1 ORDER BY idx",
                                 ids[i]);
        if (!names) return error_of(names);
        events[i].attachments = std::move(*names);
    }
    return events;
}

Result<std::vector<CustomerSummary>> Index::customers() {
    return select_all(m_impl->db,
                      "SELECT c.slug, c.name, c.category, count(m.id), "
                      "max(CASE WHEN m.direction = 'inbound' THEN m.date END), "
                      "max(CASE WHEN m.direction = 'outbound' THEN m.date END) "
                      "FROM customers c LEFT JOIN message_customers mc ON mc.customer_id = c.id "
                      "LEFT JOIN messages m ON m.id = mc.message_id GROUP BY c.id ORDER BY c.slug",
                      [&](Statement& s) {
                          return CustomerSummary{s.column_text(0),
                                                 s.column_text(1),
                                                 s.column_text(2),
                                                 s.column_int64(3),
                                                 s.column_optional(4).value_or(0),
                                                 s.column_optional(5).value_or(0)};
                      });
}

Result<std::vector<IndexedFile>> Index::files() {
    return select_all(
        m_impl->db,
        "SELECT f.path, m.sha256, 1 FROM message_files f JOIN messages m ON m.id = f.message_id "
        "UNION ALL SELECT f.path, a.sha256, 0 FROM attachment_files f JOIN attachments a "
        "ON a.message_id = f.message_id AND a.idx = f.idx ORDER BY 1",
        [&](Statement& s) {
            return IndexedFile{s.column_text(0), s.column_text(1), s.column_int64(2) != 0};
        });
}

Result<int64_t> Index::message_count() {
    return m_impl->db.query_int("SELECT count(*) FROM messages");
}

} // namespace mailclerk::store
