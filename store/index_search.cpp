// Index::search: the parsed query (store/search_query.hpp) becomes one parameterised SELECT.
// Text and most filters are one FTS5 MATCH over search_text, whose rowids are in date order
// (migration 8), so the newest matches come first and listing stops at the cap; the other
// filters are SQL conditions. Snippets, customers and paths are read for the page's rows only.
#include <algorithm>
#include <optional>
#include <variant>

#include "common/utf8.hpp"

#include "store/index_impl.hpp"
#include "store/search.hpp"
#include "store/search_meta.hpp"
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

// A text term in search_text: the text columns only (never `meta`), or the subject.
std::string text_term(const QueryTerm& term) {
    std::string body = fts_string(term.value) + (term.prefix ? " *" : "");
    return (term.field == QueryField::subject ? "{subject} : " : "{subject body attachments} : ") +
           body;
}

template <typename Expr> std::string fts_or(const std::vector<QueryTerm>& group, Expr&& expr) {
    std::string out;
    size_t count = 0;
    for (const QueryTerm& term : group) {
        std::string one = expr(term);
        if (one.empty()) continue;
        out += (count++ == 0 ? "" : " OR ") + one;
    }
    return count > 1 ? "(" + out + ")" : out;
}

bool is_meta_filter(const QueryTerm& term) {
    return term.field == QueryField::customer || term.field == QueryField::direction ||
           term.field == QueryField::kind || term.field == QueryField::has;
}

bool is_date_range(const std::vector<QueryTerm>& group) {
    const QueryTerm& term = group.front();
    return group.size() == 1 && !term.negated &&
           (term.field == QueryField::after || term.field == QueryField::before);
}

std::string like_pattern(const std::string& value) {
    std::string out = "%";
    for (char c : value) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c == '*' ? '%' : c);
    }
    return out + "%";
}

// The customer rows a customer: value (bound as `param`) names: by slug, name or former slug,
// and the customers merged into those (their messages keep the old row).
std::string named_customers(const std::string& param) {
    std::string named = "(SELECT id FROM customers WHERE slug = " + param + " OR name = " + param +
                        " COLLATE NOCASE UNION SELECT customer_id FROM customer_aliases WHERE "
                        "slug = " +
                        param + ")";
    return "SELECT id FROM " + named + " UNION SELECT id FROM customers WHERE merged_into IN " +
           named;
}

Result<std::vector<int64_t>> customer_rows(IndexState& state, const std::string& value) {
    auto stmt = state.statement(named_customers("?1"));
    if (!stmt) return error_of(stmt);
    (*stmt)->bind(1, value);
    return collect(**stmt, [&](Statement& s) { return s.column_int64(0); });
}

// A filter as meta tokens.
Result<std::string> meta_term(IndexState& state, const QueryTerm& term) {
    std::string token = "zhasatt";
    switch (term.field) {
    case QueryField::customer: {
        auto rows = customer_rows(state, term.value);
        if (!rows) return error_of(rows);
        return customers_expression(*rows);
    }
    case QueryField::direction:
        token = "zd" + term.value;
        break;
    case QueryField::kind:
        token = "zk" + term.value;
        break;
    default:
        break;
    }
    return "{meta} : " + fts_string(token);
}

std::string filter_condition(Sql& sql, const QueryTerm& term) {
    auto like = [&] { return sql.param(like_pattern(term.value)) + " ESCAPE '\\'"; };
    switch (term.field) {
    case QueryField::customer: {
        // The same customers as the meta-token form (customer_rows), here inside an OR group.
        return "m.id IN (SELECT message_id FROM message_customers WHERE customer_id IN (" +
               named_customers(sql.param(term.value)) + "))";
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

std::string sql_group(Sql& sql, const std::vector<QueryTerm>& group) {
    std::string condition;
    for (const QueryTerm& term : group)
        condition += (condition.empty() ? "" : " OR ") + filter_condition(sql, term);
    if (group.size() > 1) condition = "(" + condition + ")";
    return group.front().negated ? "NOT " + condition : condition;
}

// A query, split by where each part is answered best: text and the customer/direction/kind/
// has filters inside FTS5 (posting lists), a single after:/before: as a range of the date-
// ordered key, the rest (from:, to:, filename:, folder:, OR-mixed filters) as SQL conditions
// checked on the rows FTS5 yields, newest first.
struct Plan {
    Sql sql;
    std::string any_attachment; // expression over (filename, body) naming the matching file
    std::vector<HighlightTerm> highlights;
};

struct Parts {
    std::vector<std::string> positive;       // FTS5 expressions that must match
    std::vector<std::string> negative;       // FTS5 expressions that must not
    std::vector<std::string> sql;            // SQL conditions over m
    std::optional<int64_t> min_key, max_key; // search_key >= min_key, < max_key
    bool text = false;                       // a positive text group (relevance possible)
};

Result<Parts> split_query(IndexState& state, const ParsedQuery& query, Sql& sql) {
    Parts parts;
    for (const auto& group : query.groups) {
        const QueryTerm& first = group.front();
        std::string fts;
        if (first.is_text()) {
            fts = fts_or(group, text_term);
            parts.text = parts.text || !first.negated;
        } else if (std::all_of(group.begin(), group.end(), is_meta_filter)) {
            for (const QueryTerm& term : group) {
                auto one = meta_term(state, term);
                if (!one) return error_of(one);
                fts += (fts.empty() ? "" : " OR ") + *one;
            }
            if (group.size() > 1) fts = "(" + fts + ")";
        } else if (is_date_range(group)) {
            int64_t key = search_key(first.time, 0);
            if (first.field == QueryField::after)
                parts.min_key = std::max(parts.min_key.value_or(key), key);
            else
                parts.max_key = std::min(parts.max_key.value_or(key), key);
            // A message of unknown date (key below 2^24) is before no day.
            if (first.field == QueryField::before)
                parts.min_key = std::max<int64_t>(parts.min_key.value_or(1), search_key(1, 0));
            continue;
        } else {
            parts.sql.push_back(sql_group(sql, group));
            continue;
        }
        (first.negated ? parts.negative : parts.positive).push_back(fts);
    }
    return parts;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// The SELECT listing matching message rows in page order, up to a bound parameter `rows`;
// `within`: only messages of these customers (SearchRequest::within_customers).
Result<Plan> plan_query(IndexState& state, const ParsedQuery& query, SearchSort sort, int64_t rows,
                        const std::optional<std::vector<int64_t>>& within) {
    Plan plan;
    plan.any_attachment = attachment_expression(query);
    plan.highlights = highlight_terms(query);
    Sql& sql = plan.sql;
    auto split = split_query(state, query, sql);
    if (!split) return error_of(split);
    Parts& parts = *split;
    if (within) parts.positive.push_back(customers_expression(*within));
    std::vector<std::string> where = parts.sql;
    std::string key = "m.search_key";
    std::string from = " FROM messages m";
    std::string order = " ORDER BY m.search_key DESC";
    if (!parts.positive.empty()) {
        std::string match = "(" + joined(parts.positive, ") AND (") + ")";
        if (!parts.negative.empty()) match += " NOT (" + joined(parts.negative, " OR ") + ")";
        key = "s.rowid";
        from = " FROM search_text s JOIN messages m ON m.search_key = s.rowid";
        where.push_back("search_text MATCH " + sql.param(match));
        order = " ORDER BY s.rowid DESC";
        if (sort == SearchSort::relevance && parts.text)
            order = " ORDER BY bm25(search_text, 3.0, 1.0, 1.0, 0.0), s.rowid DESC";
    } else if (!parts.negative.empty()) {
        where.push_back("m.search_key NOT IN (SELECT rowid FROM search_text WHERE search_text "
                        "MATCH " +
                        sql.param(joined(parts.negative, " OR ")) + ")");
    }
    if (parts.min_key) where.push_back(key + " >= " + sql.param(*parts.min_key));
    if (parts.max_key) where.push_back(key + " < " + sql.param(*parts.max_key));
    std::string condition = where.empty() ? "" : " WHERE " + joined(where, " AND ");
    sql.text = "SELECT m.id" + from + condition + order + " LIMIT " + sql.param(rows);
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

// Snippets are cut by store/search_snippet.hpp rather than by FTS5's snippet(), which
// tokenizes every document whole.
Status fill_snippet(IndexState& state, const Plan& plan, int64_t id, SearchHit& hit) {
    auto text = state.statement("SELECT subject, substr(body, 1, ?2), length(body) > ?2 FROM "
                                "search_text WHERE rowid = (SELECT search_key FROM messages "
                                "WHERE id = ?1)");
    if (!text) return error_of(text);
    (*text)->bind(1, id).bind(2, k_snippet_scan_chars);
    std::string subject;
    std::string body;
    bool cut = false;
    auto ok = for_each_row(**text, [&](Statement& s) {
        subject = s.column_text(0);
        body = s.column_text(1);
        cut = s.column_int64(2) != 0;
    });
    if (!ok) return ok;
    return store::fill_snippet(
        hit, plan.highlights, subject, body, cut, !plan.any_attachment.empty(),
        [&] { return attachments_matching(state, id, plan.any_attachment); });
}

Result<SearchResults> search_page(IndexState& state, const SearchRequest& request) {
    auto parsed = search_query(request.query, request.customer);
    if (!parsed) return error_of(parsed);
    SearchResults results;
    if (!*parsed) return results;
    int64_t rows = ids_to_list(request);
    auto plan = plan_query(state, **parsed, request.sort, rows, request.within_customers);
    if (!plan) return error_of(plan);
    auto page = state.db.prepare(plan->sql.text);
    if (!page) return error_of(page);
    bind_all(*page, plan->sql.params);
    std::vector<int64_t> all;
    auto ok = for_each_row(*page, [&](Statement& s) { all.push_back(s.column_int64(0)); });
    if (!ok) return error_of(ok);
    std::vector<int64_t> ids = page_ids(request, all, results);
    for (int64_t id : ids) {
        SearchHit hit;
        hit.id = id;
        if (auto filled = fill_hit(state, id, hit); !filled) return error_of(filled);
        if (auto snip = fill_snippet(state, *plan, id, hit); !snip) return error_of(snip);
        results.results.push_back(std::move(hit));
    }
    return results;
}

// Reads of one search share one read transaction (one lock instead of one per statement), and
// the connection maps the file rather than copying pages through read(): a search touches
// many pages of the FTS index and of messages.
Status tune_for_search(IndexState& state) {
    if (state.read_tuned) return {};
    state.read_tuned = true;
    return state.db.exec(k_read_tuning);
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
