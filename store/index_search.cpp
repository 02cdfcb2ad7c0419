// Index::search: the parsed query (store/search_query.hpp) becomes one parameterised SELECT over
// messages; text groups are FTS5 MATCHes over message_text and attachment_text, filters are SQL
// conditions. The page is chosen first; snippets, customers and paths are read for its rows only.
#include <optional>
#include <variant>

#include "common/utf8.hpp"

#include "store/index_impl.hpp"
#include "store/search_query.hpp"
#include "store/search_snippet.hpp"

namespace mailclerk::store {
namespace {

using Param = std::variant<int64_t, std::string>;

// A WHERE clause under construction; every value is a bound parameter.
struct Sql {
    std::string text;
    std::vector<Param> params;

    std::string param(Param value) {
        params.push_back(std::move(value));
        return "?" + std::to_string(params.size());
    }
};

void bind_all(Statement& stmt, const std::vector<Param>& params) {
    for (size_t i = 0; i < params.size(); ++i) {
        int index = static_cast<int>(i + 1);
        if (const auto* number = std::get_if<int64_t>(&params[i]))
            stmt.bind(index, *number);
        else
            stmt.bind(index, std::get<std::string>(params[i]));
    }
}

// An FTS5 string: no user text is ever read as FTS5 syntax.
std::string fts_string(const std::string& value) {
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

enum class FtsTable { message, attachment };

// The FTS5 expression of one text term, "" when the term cannot occur in this table
// (attachments have no subject).
std::string fts_term(const QueryTerm& term, FtsTable table) {
    std::string body = fts_string(term.value) + (term.prefix ? " *" : "");
    if (term.field != QueryField::subject) return body;
    return table == FtsTable::message ? "{subject} : " + body : "";
}

// The OR of a group's terms; "" when none applies to the table.
std::string fts_group(const std::vector<QueryTerm>& group, FtsTable table) {
    std::string out;
    size_t count = 0;
    for (const QueryTerm& term : group) {
        std::string expr = fts_term(term, table);
        if (expr.empty()) continue;
        out += (count++ == 0 ? "" : " OR ") + expr;
    }
    return count > 1 ? "(" + out + ")" : out;
}

// The rowids of messages whose text or one of whose attachments matches the group.
std::string text_ids(Sql& sql, const std::vector<QueryTerm>& group) {
    std::string out = "SELECT rowid FROM message_text WHERE message_text MATCH " +
                      sql.param(fts_group(group, FtsTable::message));
    std::string in_attachments = fts_group(group, FtsTable::attachment);
    if (!in_attachments.empty())
        out += " UNION ALL SELECT a.message_id FROM attachment_text JOIN attachments a ON "
               "a.rowid = attachment_text.rowid WHERE attachment_text MATCH " +
               sql.param(in_attachments);
    return out;
}

std::string like_pattern(const std::string& value) {
    std::string out = "%";
    for (char c : value) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c == '*' ? '%' : c);
    }
    return out + "%";
}

std::string filter_condition(Sql& sql, const QueryTerm& term) {
    auto like = [&] { return sql.param(like_pattern(term.value)) + " ESCAPE '\\'"; };
    switch (term.field) {
    case QueryField::customer: {
        std::string value = sql.param(term.value);
        return "m.id IN (SELECT mc.message_id FROM message_customers mc JOIN customers c ON "
               "c.id = mc.customer_id WHERE c.slug = " +
               value + " OR c.name = " + value + " COLLATE NOCASE)";
    }
    case QueryField::from:
        return "m.from_addr LIKE " + like();
    case QueryField::to:
        return "EXISTS (SELECT 1 FROM message_addresses ma WHERE ma.message_id = m.id AND "
               "ma.role IN ('to', 'cc', 'bcc') AND (ma.address LIKE " +
               like() + " OR ma.name LIKE " + like() + "))";
    case QueryField::kind: {
        std::string kind = sql.param(term.value);
        return "(m.kind = " + kind +
               " OR EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id AND a.kind = " +
               kind + "))";
    }
    case QueryField::has:
        return "EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)";
    case QueryField::filename:
        return "EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id AND a.filename "
               "LIKE " +
               like() + ")";
    case QueryField::after:
        return "m.date >= " + sql.param(term.time);
    case QueryField::before:
        return "m.date < " + sql.param(term.time);
    case QueryField::direction:
        return "m.direction = " + sql.param(term.value);
    case QueryField::folder:
        return "EXISTS (SELECT 1 FROM message_sources s WHERE s.message_id = m.id AND s.folder "
               "LIKE " +
               like() + ")";
    case QueryField::text:
    case QueryField::subject:
        break;
    }
    return "1";
}

std::string group_condition(Sql& sql, const std::vector<QueryTerm>& group) {
    const QueryTerm& first = group.front();
    std::string condition;
    if (first.is_text()) {
        condition =
            "m.id " + std::string(first.negated ? "NOT IN (" : "IN (") + text_ids(sql, group) + ")";
        return condition;
    }
    for (const QueryTerm& term : group)
        condition += (condition.empty() ? "" : " OR ") + filter_condition(sql, term);
    if (group.size() > 1) condition = "(" + condition + ")";
    return first.negated ? "NOT " + condition : condition;
}

// The positive text groups joined by OR: what a snippet or a rank looks for.
std::string any_text(const ParsedQuery& query, FtsTable table) {
    std::string out;
    for (const auto& group : query.groups) {
        if (!group.front().is_text() || group.front().negated) continue;
        std::string expr = fts_group(group, table);
        if (!expr.empty()) out += (out.empty() ? "" : " OR ") + expr;
    }
    return out;
}

struct Plan {
    Sql sql;
    std::string any_message; // FTS5 expression for snippets and rank, "" = no text
    std::string any_attachment;
    std::vector<HighlightTerm> highlights;
};

// The customers a reader may see, as a JSON array bound to one parameter.
std::string within_condition(Sql& sql, const std::vector<int64_t>& customers) {
    std::string ids = "[";
    for (int64_t id : customers)
        ids += (ids.size() > 1 ? "," : "") + std::to_string(id);
    return "m.id IN (SELECT mc.message_id FROM message_customers mc WHERE mc.customer_id IN "
           "(SELECT value FROM json_each(" +
           sql.param(ids + "]") + ")))";
}

Plan plan_query(const ParsedQuery& query, SearchSort sort, int64_t limit, int64_t offset,
                const std::optional<std::vector<int64_t>>& within) {
    Plan plan;
    plan.any_message = any_text(query, FtsTable::message);
    plan.any_attachment = any_text(query, FtsTable::attachment);
    for (const auto& group : query.groups)
        for (const QueryTerm& term : group)
            if (term.is_text() && !term.negated)
                plan.highlights.push_back({term.value, term.prefix});
    Sql& sql = plan.sql;
    std::string where;
    for (const auto& group : query.groups)
        where += (where.empty() ? " WHERE " : " AND ") + group_condition(sql, group);
    if (within) where += (where.empty() ? " WHERE " : " AND ") + within_condition(sql, *within);
    std::string order = " ORDER BY m.date DESC, m.id DESC";
    std::string from = " FROM messages m";
    if (sort == SearchSort::relevance && !plan.any_message.empty()) {
        // The best bm25 of the message text (subject weighs 3) and of its attachments.
        std::string ranked = "SELECT rowid AS id, bm25(message_text, 3.0, 1.0) AS rank FROM "
                             "message_text WHERE message_text MATCH " +
                             sql.param(plan.any_message);
        if (!plan.any_attachment.empty())
            ranked += " UNION ALL SELECT a.message_id, bm25(attachment_text) FROM "
                      "attachment_text JOIN attachments a ON a.rowid = attachment_text.rowid "
                      "WHERE attachment_text MATCH " +
                      sql.param(plan.any_attachment);
        from = " FROM (SELECT id, min(rank) AS rank FROM (" + ranked +
               ") GROUP BY id) r JOIN messages m ON m.id = r.id";
        order = " ORDER BY r.rank, m.date DESC, m.id DESC";
    }
    std::string limits = " LIMIT " + sql.param(limit) + " OFFSET " + sql.param(offset);
    sql.text = "SELECT m.id, count(*) OVER ()" + from + where + order + limits;
    return plan;
}

// Reads one page's rows (everything but the snippet) by message rowid.
Status fill_hit(IndexState& state, int64_t id, SearchHit& hit) {
    auto stmt = state.statement(
        "SELECT m.sha256, m.date, m.subject, m.from_addr, m.kind, m.direction, m.thread_key, "
        "(SELECT path FROM message_files f WHERE f.message_id = m.id ORDER BY f.rowid LIMIT 1) "
        "FROM messages m WHERE m.id = ?1");
    if (!stmt) return error_of(stmt);
    (*stmt)->bind(1, id);
    auto ok = for_each_row(**stmt, [&](Statement& s) {
        hit.sha256 = s.column_text(0);
        hit.date = s.column_optional(1).value_or(0);
        hit.subject = s.column_text(2);
        hit.from = s.column_text(3);
        hit.kind = s.column_text(4);
        hit.direction = s.column_text(5);
        hit.thread_key = s.column_text(6);
        hit.path = s.column_text(7);
    });
    if (!ok) return ok;
    auto slugs =
        state.statement("SELECT c.slug FROM message_customers mc JOIN customers c ON "
                        "c.id = mc.customer_id WHERE mc.message_id = ?1 ORDER BY mc.rowid");
    if (!slugs) return error_of(slugs);
    (*slugs)->bind(1, id);
    return for_each_row(**slugs, [&](Statement& s) { hit.customers.push_back(s.column_text(0)); });
    return {};
}

// The snippet from the body when a term occurs there, else from the subject, else from the
// first attachment whose text matches, naming the attachments that match. Snippets are cut
// here rather than by FTS5's snippet(), which tokenizes every document whole.
Status fill_snippet(IndexState& state, const Plan& plan, int64_t id, SearchHit& hit) {
    auto text = state.statement("SELECT subject, body FROM message_text WHERE rowid = ?1");
    if (!text) return error_of(text);
    (*text)->bind(1, id);
    std::string subject;
    std::string body;
    auto ok = for_each_row(**text, [&](Statement& s) {
        subject = s.column_text(0);
        body = s.column_text(1);
    });
    if (!ok) return ok;
    std::optional<std::string> found = snippet(body, plan.highlights);
    if (!found) found = snippet(subject, plan.highlights);
    // Only a message whose own text has none of the terms was found through an attachment;
    // asking FTS5 about attachments costs a cursor per hit, so only those ask.
    if (!found && !plan.any_attachment.empty()) {
        // CROSS JOIN keeps the message's few attachments as the outer loop: FTS5 then checks
        // each rowid instead of listing every attachment that matches.
        auto files = state.statement(
            "SELECT CASE WHEN a.filename <> '' THEN a.filename ELSE 'attachment-' || (a.idx + 1) "
            "END, attachment_text.body FROM attachments a CROSS JOIN attachment_text ON "
            "attachment_text.rowid = a.rowid WHERE a.message_id = ?2 AND attachment_text MATCH ?1 "
            "ORDER BY a.idx");
        if (!files) return error_of(files);
        (*files)->bind(1, plan.any_attachment).bind(2, id);
        ok = for_each_row(**files, [&](Statement& s) {
            hit.matched_attachments.push_back(s.column_text(0));
            if (!found) found = snippet(s.column_text(1), plan.highlights);
            if (!found) found = snippet(s.column_text(0), plan.highlights);
        });
        if (!ok) return ok;
        if (!hit.matched_attachments.empty()) hit.attachment = hit.matched_attachments.front();
    }
    hit.snippet = found ? *found : one_line(utf8::truncate(body, 240));
    return {};
}

Result<SearchResults> search_page(IndexState& state, const SearchRequest& request) {
    auto parsed = parse_query(request.query);
    if (!parsed) return error_of(parsed);
    // Only exclusions ("-spam") would list the whole archive: that is not a search.
    bool positive = !request.customer.empty();
    for (const auto& group : parsed->groups)
        positive = positive || !group.front().is_text() || !group.front().negated;
    if (!request.customer.empty()) {
        QueryTerm customer;
        customer.field = QueryField::customer;
        customer.value = request.customer;
        parsed->groups.push_back({customer});
    }
    SearchResults results;
    if (!positive) return results;
    Plan plan =
        plan_query(*parsed, request.sort, request.limit, request.offset, request.within_customers);
    Database& db = state.db;
    auto page = db.prepare(plan.sql.text);
    if (!page) return error_of(page);
    bind_all(*page, plan.sql.params);
    std::vector<int64_t> ids;
    auto ok = for_each_row(*page, [&](Statement& s) {
        ids.push_back(s.column_int64(0));
        results.total = s.column_int64(1);
    });
    if (!ok) return error_of(ok);
    if (ids.empty() && request.offset > 0) {
        SearchRequest first = request;
        first.limit = 1;
        first.offset = 0;
        auto all = search_page(state, first);
        if (!all) return all;
        results.total = all->total;
    }
    for (int64_t id : ids) {
        SearchHit hit;
        hit.id = id;
        if (auto filled = fill_hit(state, id, hit); !filled) return error_of(filled);
        if (auto snip = fill_snippet(state, plan, id, hit); !snip) return error_of(snip);
        results.results.push_back(std::move(hit));
    }
    return results;
}

// Reads of one search share one read transaction (one lock instead of one per statement), and
// the connection maps the file rather than copying pages through read(): a search touches
// many pages of the FTS index and of messages.
Status tune_for_search(IndexState& state) {
    if (state.search_tuned) return {};
    state.search_tuned = true;
    return state.db.exec("PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -131072");
}

} // namespace

Result<SearchResults> Index::search(const SearchRequest& request) {
    if (auto ok = tune_for_search(*m_impl); !ok) return error_of(ok);
    if (auto ok = m_impl->db.exec("SAVEPOINT search"); !ok) return error_of(ok);
    auto results = search_page(*m_impl, request);
    (void)m_impl->db.exec("RELEASE search");
    return results;
}

Result<SearchResults> Index::search(const std::string& query, const std::string& customer,
                                    int64_t limit, int64_t offset) {
    return search(SearchRequest{query, customer, SearchSort::date, limit, offset});
}

} // namespace mailclerk::store
