// Index::search: the parsed query (store/search_query.hpp) becomes one parameterised SELECT
// (store/search_sql.hpp, in FTS5's dialect). Text and most filters are one FTS5 MATCH over
// search_text, whose rowids are in date order (migration 8), so the newest matches come first
// and listing stops at the cap; the other filters are SQL conditions. Snippets, customers and
// paths are read for the page's rows only.
#include <algorithm>
#include <optional>
#include <variant>

#include "common/utf8.hpp"

#include "store/index_impl.hpp"
#include "store/search.hpp"
#include "store/search_meta.hpp"
#include "store/search_query.hpp"
#include "store/search_snippet.hpp"
#include "store/search_sql.hpp"

namespace mailclerk::store {
namespace {

void bind_all(Statement& stmt, const std::vector<SqlParam>& params) {
    for (size_t i = 0; i < params.size(); ++i) {
        int index = static_cast<int>(i + 1);
        if (const auto* number = std::get_if<int64_t>(&params[i]))
            stmt.bind(index, *number);
        else
            stmt.bind(index, std::get<std::string>(params[i]));
    }
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

// The search in SQLite: FTS5 over search_text, whose rowids are the date-ordered search_key;
// filter tokens in its `meta` column, text in the others.
class Fts5Dialect final : public SearchDialect {
  public:
    explicit Fts5Dialect(SearchSort sort) : m_sort(sort) {}

    std::string placeholder(size_t n, const SqlParam& /*value*/) const override {
        return "?" + std::to_string(n);
    }
    // A text term in the text columns only (never `meta`), or the subject.
    std::string text_operand(const QueryTerm& term) const override {
        std::string body = fts_string(term.value) + (term.prefix ? " *" : "");
        return (term.field == QueryField::subject ? "{subject} : "
                                                  : "{subject body attachments} : ") +
               body;
    }
    std::string token_operand(const std::string& token) const override {
        return "{meta} : " + fts_string(token);
    }
    std::string customers_operand(const std::vector<int64_t>& ids) const override {
        return customers_expression(ids);
    }
    std::string any_of(const std::vector<std::string>& operands) const override {
        std::string out = joined(operands, " OR ");
        return operands.size() > 1 ? "(" + out + ")" : out;
    }
    std::string all_but(const std::vector<std::string>& positive,
                        const std::vector<std::string>& negative) const override {
        std::string match = "(" + joined(positive, ") AND (") + ")";
        if (!negative.empty()) match += " NOT (" + joined(negative, " OR ") + ")";
        return match;
    }
    std::string none_of(const std::vector<std::string>& negative) const override {
        return joined(negative, " OR ");
    }
    std::string terms_table() const override { return "search_text"; }
    std::string match_condition(const std::string& placeholder) const override {
        return "search_text MATCH " + placeholder;
    }
    std::string excluded_condition(const std::string& placeholder) const override {
        return "m.search_key NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH " +
               placeholder + ")";
    }
    std::string like_operator() const override { return "LIKE"; }
    std::string always() const override { return "1"; }
    // The same customers as customer_rows, here inside an OR group of SQL conditions.
    Result<std::string> customer_condition(SqlBuilder& sql, const std::string& value,
                                           const CustomerLookup& /*customers*/) const override {
        return "IN (" + named_customers(sql.param(value)) + ")";
    }
    std::string order(SqlBuilder& sql, const std::string& key,
                      const SearchParts& parts) const override {
        if (m_sort == SearchSort::relevance && parts.text && !parts.positive.empty())
            return "bm25(search_text, 3.0, 1.0, 1.0, 0.0), s.rowid DESC";
        return SearchDialect::order(sql, key, parts);
    }

  private:
    SearchSort m_sort;
};

// A query's listing and what its snippets look for.
struct Plan {
    SearchSql sql;
    std::string any_attachment; // expression over (filename, body) naming the matching file
    std::vector<HighlightTerm> highlights;
};

// The SELECT listing matching message rows in page order, up to `rows`; `within`: only
// messages of these customers (SearchRequest::within_customers).
Result<Plan> plan_query(IndexState& state, const ParsedQuery& query, SearchSort sort, int64_t rows,
                        const std::optional<std::vector<int64_t>>& within) {
    Plan plan;
    plan.any_attachment = attachment_expression(query);
    plan.highlights = highlight_terms(query);
    CustomerLookup lookup = [&](const std::string& value) { return customer_rows(state, value); };
    auto sql = search_sql(Fts5Dialect(sort), query, within, rows, lookup);
    if (!sql) return error_of(sql);
    plan.sql = std::move(*sql);
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
