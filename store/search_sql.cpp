#include "store/search_sql.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/search_meta.hpp"

namespace mailclerk::store {
namespace {

bool is_meta_filter(const QueryTerm& term) {
    return term.field == QueryField::customer || term.field == QueryField::direction ||
           term.field == QueryField::kind || term.field == QueryField::has;
}

bool is_date_range(const std::vector<QueryTerm>& group) {
    const QueryTerm& term = group.front();
    return group.size() == 1 && !term.negated &&
           (term.field == QueryField::after || term.field == QueryField::before);
}

// A customer/direction/kind/has filter as the filter tokens the full-text index carries.
Result<std::string> meta_operand(const SearchDialect& dialect, const QueryTerm& term,
                                 const CustomerLookup& customers) {
    switch (term.field) {
    case QueryField::customer: {
        auto ids = customers(term.value);
        if (!ids) return tl::unexpected(ids.error());
        return dialect.customers_operand(*ids);
    }
    case QueryField::direction:
        return dialect.token_operand("zd" + term.value);
    case QueryField::kind:
        return dialect.token_operand("zk" + term.value);
    default:
        return dialect.token_operand("zhasatt");
    }
}

// A group of text terms or of meta filters as one full-text operand.
Result<std::string> operand_of(const SearchDialect& dialect, const std::vector<QueryTerm>& group,
                               const CustomerLookup& customers) {
    std::vector<std::string> operands;
    for (const QueryTerm& term : group) {
        auto one = term.is_text() ? Result<std::string>(dialect.text_operand(term))
                                  : meta_operand(dialect, term, customers);
        if (!one) return one;
        if (!one->empty()) operands.push_back(std::move(*one));
    }
    return dialect.any_of(operands);
}

// A filter as an SQL condition over messages m.
Result<std::string> filter_condition(SqlBuilder& sql, const QueryTerm& term,
                                     const CustomerLookup& customers) {
    const SearchDialect& dialect = sql.dialect();
    auto like = [&] {
        return dialect.like_operator() + " " + sql.param(like_pattern(term.value)) + " ESCAPE '\\'";
    };
    switch (term.field) {
    case QueryField::customer: {
        auto ids = dialect.customer_condition(sql, term.value, customers);
        if (!ids) return ids;
        return filed_to(*ids);
    }
    case QueryField::from:
        return "m.from_addr " + like();
    case QueryField::to:
        return "EXISTS (SELECT 1 FROM message_addresses ma WHERE ma.message_id = m.id AND "
               "ma.role IN ('to', 'cc', 'bcc') AND (ma.address " +
               like() + " OR ma.name " + like() + "))";
    case QueryField::kind: {
        std::string kind = sql.param(term.value);
        return "(m.kind = " + kind +
               " OR EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id AND a.kind = " +
               kind + "))";
    }
    case QueryField::has:
        return std::string("EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)");
    case QueryField::filename:
        return "EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id AND a.filename " +
               like() + ")";
    case QueryField::after:
        return "m.date >= " + sql.param(term.time);
    case QueryField::before:
        return "m.date < " + sql.param(term.time);
    case QueryField::direction:
        return "m.direction = " + sql.param(term.value);
    case QueryField::folder:
        return "EXISTS (SELECT 1 FROM message_sources s WHERE s.message_id = m.id AND s.folder " +
               like() + ")";
    case QueryField::text:
    case QueryField::subject:
        break;
    }
    return dialect.always();
}

Result<std::string> sql_group(SqlBuilder& sql, const std::vector<QueryTerm>& group,
                              const CustomerLookup& customers) {
    std::vector<std::string> conditions;
    for (const QueryTerm& term : group) {
        auto one = filter_condition(sql, term, customers);
        if (!one) return one;
        conditions.push_back(std::move(*one));
    }
    std::string condition = joined(conditions, " OR ");
    if (conditions.size() > 1) condition = "(" + condition + ")";
    return group.front().negated ? "NOT " + condition : condition;
}

void add_date_range(const QueryTerm& term, SearchParts& parts) {
    int64_t key = search_key(term.time, 0);
    if (term.field == QueryField::after)
        parts.min_key = std::max(parts.min_key.value_or(key), key);
    else
        parts.max_key = std::min(parts.max_key.value_or(key), key);
    // A message of unknown date (key below 2^24) is before no day.
    if (term.field == QueryField::before)
        parts.min_key = std::max<int64_t>(parts.min_key.value_or(1), search_key(1, 0));
}

Result<SearchParts> split_query(SqlBuilder& sql, const ParsedQuery& query,
                                const CustomerLookup& customers) {
    SearchParts parts;
    for (const auto& group : query.groups) {
        const QueryTerm& first = group.front();
        if (is_date_range(group)) {
            add_date_range(first, parts);
            continue;
        }
        if (!first.is_text() && !std::all_of(group.begin(), group.end(), is_meta_filter)) {
            auto condition = sql_group(sql, group, customers);
            if (!condition) return tl::unexpected(condition.error());
            parts.sql.push_back(std::move(*condition));
            continue;
        }
        auto operand = operand_of(sql.dialect(), group, customers);
        if (!operand) return tl::unexpected(operand.error());
        if (first.is_text() && !first.negated) parts.text = true;
        (first.negated ? parts.negative : parts.positive).push_back(std::move(*operand));
    }
    return parts;
}

} // namespace

std::string SqlBuilder::param(SqlParam value) {
    out.params.push_back(std::move(value));
    return m_dialect.placeholder(out.params.size(), out.params.back());
}

std::string SearchDialect::order(SqlBuilder& /*sql*/, const std::string& key,
                                 const SearchParts& /*parts*/) const {
    return key + " DESC";
}

void SearchDialect::restrict_to(SqlBuilder& /*sql*/, const std::vector<int64_t>& ids,
                                SearchParts& parts) const {
    parts.positive.push_back(customers_operand(ids));
}

std::string filed_to(const std::string& id_condition) {
    return "m.id IN (SELECT message_id FROM message_customers WHERE customer_id " + id_condition +
           ")";
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    return fmt::format("{}", fmt::join(items, separator));
}

std::string like_pattern(const std::string& value) {
    std::string out = "%";
    for (char c : value) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c == '*' ? '%' : c);
    }
    return out + "%";
}

Result<SearchSql> search_sql(const SearchDialect& dialect, const ParsedQuery& query,
                             const std::optional<std::vector<int64_t>>& within, int64_t rows,
                             const CustomerLookup& customers) {
    SqlBuilder sql(dialect);
    auto split = split_query(sql, query, customers);
    if (!split) return tl::unexpected(split.error());
    SearchParts& parts = *split;
    if (within) dialect.restrict_to(sql, *within, parts);
    std::vector<std::string> where = parts.sql;
    std::string key = "m.search_key";
    std::string from = "messages m";
    if (!parts.positive.empty()) {
        sql.out.match = dialect.all_but(parts.positive, parts.negative);
        key = "s.rowid";
        from = dialect.terms_table() + " s JOIN messages m ON m.search_key = s.rowid";
        where.push_back(dialect.match_condition(sql.param(sql.out.match)));
    } else if (!parts.negative.empty()) {
        sql.out.match = dialect.none_of(parts.negative);
        where.push_back(dialect.excluded_condition(sql.param(sql.out.match)));
    }
    if (parts.min_key) where.push_back(key + " >= " + sql.param(*parts.min_key));
    if (parts.max_key) where.push_back(key + " < " + sql.param(*parts.max_key));
    std::string condition = where.empty() ? "" : " WHERE " + joined(where, " AND ");
    std::string order = dialect.order(sql, key, parts);
    sql.out.text =
        "SELECT m.id FROM " + from + condition + " ORDER BY " + order + " LIMIT " + sql.param(rows);
    return std::move(sql.out);
}

} // namespace mailclerk::store
