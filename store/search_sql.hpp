#pragma once
// One parsed search query (store/search_query.hpp) as one parameterised SELECT that lists the
// matching message ids newest first, for SQLite (store/index_search.cpp) and PostgreSQL
// (store/postgres/search_plan.hpp) alike. The split is decided here once: text and the
// customer/direction/kind/has filters go to the full-text index (posting lists), a single
// after:/before: is a range of the date-ordered key, from:/to:/filename:/folder: and OR-mixed
// filters are SQL conditions over messages m. A SearchDialect says how each part is spelled:
// FTS5 MATCH and ?N, or tsquery and $N.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.hpp"
#include "store/search_query.hpp"

namespace mailclerk::store {

using SqlParam = std::variant<int64_t, std::string>;

// The ids of the customers a customer: value names (slug, name, former slug, merged ones).
using CustomerLookup = std::function<Result<std::vector<int64_t>>(const std::string& value)>;

struct SearchSql {
    std::string text;             // SELECT m.id ... LIMIT <rows>
    std::vector<SqlParam> params; // in placeholder order
    std::string match;            // the full-text expression, "" when the query has none
};

// The query split by where each part is answered best.
struct SearchParts {
    std::vector<std::string> positive;       // full-text operands that must match
    std::vector<std::string> negative;       // ... that must not
    std::vector<std::string> sql;            // SQL conditions over m
    std::optional<int64_t> min_key, max_key; // search_key >= min_key, < max_key
    bool text = false;                       // a positive text group (relevance possible)
};

class SearchDialect;

// A statement under construction: every value is a bound parameter.
class SqlBuilder {
  public:
    explicit SqlBuilder(const SearchDialect& dialect) : m_dialect(dialect) {}
    // The placeholder of `value`, bound as the next parameter.
    std::string param(SqlParam value);
    const SearchDialect& dialect() const { return m_dialect; }
    SearchSql out;

  private:
    const SearchDialect& m_dialect;
};

// How one database spells SQL and full-text search.
class SearchDialect {
  public:
    virtual ~SearchDialect() = default;
    // The n-th parameter's placeholder (from 1), with the cast the database needs.
    virtual std::string placeholder(size_t n, const SqlParam& value) const = 0;

    // Full-text operands: a text or subject: term ("" when it has nothing to search), a filter
    // token (store/search_meta.hpp), the messages of any of these customers (none: nothing).
    virtual std::string text_operand(const QueryTerm& term) const = 0;
    virtual std::string token_operand(const std::string& token) const = 0;
    virtual std::string customers_operand(const std::vector<int64_t>& ids) const = 0;
    // The operands of one group, any of which matches.
    virtual std::string any_of(const std::vector<std::string>& operands) const = 0;
    // All of `positive` (never empty) and none of `negative`; none of `negative` alone.
    virtual std::string all_but(const std::vector<std::string>& positive,
                                const std::vector<std::string>& negative) const = 0;
    virtual std::string none_of(const std::vector<std::string>& negative) const = 0;
    // The full-text table (joined as `s` on its rowid, the messages' search_key) and the
    // conditions that its rows match the expression bound as `placeholder`, or that m's row
    // does not.
    virtual std::string terms_table() const = 0;
    virtual std::string match_condition(const std::string& placeholder) const = 0;
    virtual std::string excluded_condition(const std::string& placeholder) const = 0;

    // SQL conditions: the operator of a substring pattern, a condition that always holds, and
    // the message_customers.customer_id condition of a customer: value.
    virtual std::string like_operator() const = 0;
    virtual std::string always() const = 0;
    virtual Result<std::string> customer_condition(SqlBuilder& sql, const std::string& value,
                                                   const CustomerLookup& customers) const = 0;
    // Where `within` (SearchRequest::within_customers, a rep's customers) is applied: by
    // default as a full-text operand among the positive ones (FTS5 walks the customers'
    // posting lists beside the words'); a dialect may make it an SQL condition instead.
    virtual void restrict_to(SqlBuilder& sql, const std::vector<int64_t>& ids,
                             SearchParts& parts) const;

    // The ORDER BY of the listing over `key` (s.rowid or m.search_key): newest first, unless the
    // database has a better order for these parts.
    virtual std::string order(SqlBuilder& sql, const std::string& key,
                              const SearchParts& parts) const;
};

// The SELECT listing at most `rows` matching message ids; `within`: only messages of these
// customers (SearchRequest::within_customers). The error of a customer look-up is returned.
Result<SearchSql> search_sql(const SearchDialect& dialect, const ParsedQuery& query,
                             const std::optional<std::vector<int64_t>>& within, int64_t rows,
                             const CustomerLookup& customers);

// The condition over messages m that a message is filed to a customer whose id meets
// `id_condition` (a message_customers.customer_id condition: "= 3", "IN (...)").
std::string filed_to(const std::string& id_condition);

// The items with `separator` between them.
std::string joined(const std::vector<std::string>& items, std::string_view separator);

// A LIKE pattern matching `value` as a substring, `*` any run of characters ('\' escapes).
std::string like_pattern(const std::string& value);

} // namespace mailclerk::store
