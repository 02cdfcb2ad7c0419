// Index: the read side (search, history, roster, verify's file list).
#include "store/cjk_tokenizer.hpp"
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace {

// Snippets are shown on one line: line breaks and tabs of the body become single spaces.
std::string one_line(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out.push_back(space ? ' ' : c);
    }
    return out;
}

// Bytes of the term separator at the start of rest: ASCII whitespace or U+3000, else 0.
size_t separator_width(std::string_view rest) {
    constexpr std::string_view k_ideographic_space = "\u3000";
    char c = rest.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    return rest.starts_with(k_ideographic_space) ? k_ideographic_space.size() : 0;
}

std::vector<std::string_view> split_terms(std::string_view query) {
    std::vector<std::string_view> terms;
    size_t start = 0;
    for (size_t pos = 0; pos < query.size();) {
        size_t width = separator_width(query.substr(pos));
        if (width == 0) {
            ++pos;
            continue;
        }
        if (pos > start) terms.push_back(query.substr(start, pos - start));
        pos += width;
        start = pos;
    }
    if (query.size() > start) terms.push_back(query.substr(start));
    return terms;
}

// Whitespace-separated terms, each an FTS5 string (so no user text is read as query syntax),
// ANDed. The tokenizer turns a multi-character Chinese term into a phrase of single characters,
// which matches exactly the texts that contain that word. Terms with no tokens ("-", "…") are
// dropped; "" means nothing to search for.
std::string match_expression(std::string_view query) {
    std::string out;
    for (std::string_view term : split_terms(query)) {
        if (tokenize(term).empty()) continue;
        if (!out.empty()) out.append(" AND ");
        out.push_back('"');
        for (char c : term) {
            if (c == '"') out.push_back('"');
            out.push_back(c);
        }
        out.push_back('"');
    }
    return out;
}

constexpr const char* k_search_from =
    " FROM message_text JOIN messages m ON m.id = message_text.rowid "
    "WHERE message_text MATCH ?1 AND (?2 = '' OR EXISTS (SELECT 1 FROM message_customers mc "
    "JOIN customers c ON c.id = mc.customer_id WHERE mc.message_id = m.id AND c.slug = ?2))";

Result<std::vector<std::string>> strings(Database& db, const char* sql, int64_t id) {
    auto stmt = db.prepare(sql);
    if (!stmt) return error_of(stmt);
    stmt->bind(1, id);
    std::vector<std::string> out;
    auto ok = for_each_row(*stmt, [&](Statement& s) { out.push_back(s.column_text(0)); });
    if (!ok) return error_of(ok);
    return out;
}

} // namespace

Result<SearchResults> Index::search(const std::string& query, const std::string& customer,
                                    int64_t limit, int64_t offset) {
    SearchResults results;
    std::string match = match_expression(query);
    if (match.empty()) return results;
    Database& db = m_impl->db;
    auto count = db.prepare(std::string("SELECT count(*)") + k_search_from);
    if (!count) return error_of(count);
    count->bind(1, match).bind(2, customer);
    auto ok = for_each_row(*count, [&](Statement& s) { results.total = s.column_int64(0); });
    if (!ok) return error_of(ok);

    // The page is chosen first so that snippet() runs for its rows only, not for every match.
    auto page = db.prepare(
        std::string("SELECT m.id, m.sha256, m.date, m.subject, m.from_addr, m.kind, "
                    "snippet(message_text, -1, '[', ']', '…', 16), (SELECT path FROM "
                    "message_files f WHERE f.message_id = m.id ORDER BY f.rowid LIMIT 1)") +
        k_search_from + " AND m.id IN (SELECT m.id" + k_search_from +
        " ORDER BY m.date DESC, m.id DESC LIMIT ?3 OFFSET ?4) ORDER BY m.date DESC, m.id DESC");
    if (!page) return error_of(page);
    page->bind(1, match).bind(2, customer).bind(3, limit).bind(4, offset);
    std::vector<int64_t> ids;
    ok = for_each_row(*page, [&](Statement& s) {
        ids.push_back(s.column_int64(0));
        results.results.push_back(SearchHit{s.column_text(1),
                                            s.column_optional(2).value_or(0),
                                            s.column_text(3),
                                            s.column_text(4),
                                            {},
                                            s.column_text(5),
                                            one_line(s.column_text(6)),
                                            s.column_text(7)});
    });
    if (!ok) return error_of(ok);
    for (size_t i = 0; i < ids.size(); ++i) {
        auto slugs = strings(db,
                             "SELECT c.slug FROM message_customers mc JOIN customers c ON "
                             "c.id = mc.customer_id WHERE mc.message_id = ?1 ORDER BY mc.rowid",
                             ids[i]);
        if (!slugs) return error_of(slugs);
        results.results[i].customers = std::move(*slugs);
    }
    return results;
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
        auto names = strings(db,
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
    auto stmt = m_impl->db.prepare(
        "SELECT c.slug, c.name, c.category, count(m.id), "
        "max(CASE WHEN m.direction = 'inbound' THEN m.date END), "
        "max(CASE WHEN m.direction = 'outbound' THEN m.date END) "
        "FROM customers c LEFT JOIN message_customers mc ON mc.customer_id = c.id "
        "LEFT JOIN messages m ON m.id = mc.message_id GROUP BY c.id ORDER BY c.slug");
    if (!stmt) return error_of(stmt);
    std::vector<CustomerSummary> out;
    auto ok = for_each_row(*stmt, [&](Statement& s) {
        out.push_back(CustomerSummary{s.column_text(0), s.column_text(1), s.column_text(2),
                                      s.column_int64(3), s.column_optional(4).value_or(0),
                                      s.column_optional(5).value_or(0)});
    });
    if (!ok) return error_of(ok);
    return out;
}

Result<std::vector<IndexedFile>> Index::files() {
    auto stmt = m_impl->db.prepare(
        "SELECT f.path, m.sha256, 1 FROM message_files f JOIN messages m ON m.id = f.message_id "
        "UNION ALL SELECT f.path, a.sha256, 0 FROM attachment_files f JOIN attachments a "
        "ON a.message_id = f.message_id AND a.idx = f.idx ORDER BY 1");
    if (!stmt) return error_of(stmt);
    std::vector<IndexedFile> out;
    auto ok = for_each_row(*stmt, [&](Statement& s) {
        out.push_back(IndexedFile{s.column_text(0), s.column_text(1), s.column_int64(2) != 0});
    });
    if (!ok) return error_of(ok);
    return out;
}

Result<int64_t> Index::message_count() {
    return m_impl->db.query_int("SELECT count(*) FROM messages");
}

} // namespace mailclerk::store
