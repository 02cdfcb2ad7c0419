#include "store/postgres/search_plan.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/cjk_tokenizer.hpp"
#include "store/postgres/tsvector.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store::pg {
namespace {

// The weights of search_text's columns (store/postgres/tsvector.hpp: A, B, C, D in order).
// A word is only in the text columns (the filter column's lexemes are marked), so a text term
// needs no weight but for subject:; a weight costs a recheck of each candidate's tsvector.
constexpr std::string_view k_text_columns = "";
constexpr std::string_view k_subject_column = "A";

// A WHERE clause under construction; every value is a bound parameter.
struct Sql {
    SearchSql out;
    std::string param(std::string value) {
        out.params.emplace_back(std::move(value));
        return "$" + std::to_string(out.params.size());
    }
};

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    return fmt::format("{}", fmt::join(items, separator));
}

// Several operands joined by `op`, in parentheses when there are several.
std::string group_of(const std::vector<std::string>& items, std::string_view op) {
    if (items.size() == 1) return items.front();
    return "(" + joined(items, op) + ")";
}

std::string text_operand(const QueryTerm& term) {
    return tsquery_phrase(term.value,
                          term.field == QueryField::subject ? k_subject_column : k_text_columns,
                          term.prefix);
}

// A filter token (store/search_meta.hpp) as the terms table has it: marked, in any column.
std::string filter_operand(const std::string& token) {
    std::vector<Token> pieces = tokens(token, TokenizeMode::query);
    std::vector<std::string> operands;
    for (const Token& piece : pieces)
        operands.push_back(tsquery_lexeme(k_filter_mark + piece.text, "", false));
    return group_of(operands, " <-> ");
}

// The customers as their meta tokens, OR-ed; a token nothing carries when there are none.
std::string customers_operand(const std::vector<int64_t>& ids) {
    std::vector<std::string> tokens;
    for (int64_t id : ids)
        tokens.push_back(filter_operand(customer_token(id)));
    if (tokens.empty()) tokens.push_back(filter_operand("znocustomer"));
    return group_of(tokens, " | ");
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

Result<std::string> meta_operand(const QueryTerm& term, const CustomerLookup& customers) {
    switch (term.field) {
    case QueryField::customer: {
        auto ids = customers(term.value);
        if (!ids) return tl::unexpected(ids.error());
        return customers_operand(*ids);
    }
    case QueryField::direction:
        return filter_operand("zd" + term.value);
    case QueryField::kind:
        return filter_operand("zk" + term.value);
    default:
        return filter_operand("zhasatt");
    }
}

// SQLite's LIKE pattern of store/index_search.cpp: a substring, * any run of characters.
std::string like_pattern(const std::string& value) {
    std::string out = "%";
    for (char c : value) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c == '*' ? '%' : c);
    }
    return out + "%";
}

std::string id_array(const std::vector<int64_t>& ids) {
    return fmt::format("{{{}}}", fmt::join(ids, ","));
}

// A filter as an SQL condition over messages m. SQLite's LIKE ignores the case of ASCII
// letters: ILIKE here (which also folds other letters).
Result<std::string> filter_condition(Sql& sql, const QueryTerm& term,
                                     const CustomerLookup& customers) {
    auto like = [&] { return "ILIKE " + sql.param(like_pattern(term.value)) + " ESCAPE '\\'"; };
    switch (term.field) {
    case QueryField::customer: {
        auto ids = customers(term.value);
        if (!ids) return tl::unexpected(ids.error());
        return "m.id IN (SELECT message_id FROM message_customers WHERE customer_id = ANY(" +
               sql.param(id_array(*ids)) + "::bigint[]))";
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
        return "m.date >= " + sql.param(std::to_string(term.time)) + "::bigint";
    case QueryField::before:
        return "m.date < " + sql.param(std::to_string(term.time)) + "::bigint";
    case QueryField::direction:
        return "m.direction = " + sql.param(term.value);
    case QueryField::folder:
        return "EXISTS (SELECT 1 FROM message_sources s WHERE s.message_id = m.id AND s.folder " +
               like() + ")";
    case QueryField::text:
    case QueryField::subject:
        break;
    }
    return std::string("true");
}

Result<std::string> sql_group(Sql& sql, const std::vector<QueryTerm>& group,
                              const CustomerLookup& customers) {
    std::vector<std::string> conditions;
    for (const QueryTerm& term : group) {
        auto one = filter_condition(sql, term, customers);
        if (!one) return one;
        conditions.push_back(std::move(*one));
    }
    std::string condition = group_of(conditions, " OR ");
    return group.front().negated ? "NOT " + condition : condition;
}

// The query split as store/index_search.cpp splits it for FTS5.
struct Parts {
    std::vector<std::string> positive; // tsquery operands that must match
    std::vector<std::string> negative; // ... that must not
    std::vector<std::string> sql;      // SQL conditions over m
    std::optional<int64_t> min_key, max_key;
};

Status add_date_range(const QueryTerm& term, Parts& parts) {
    int64_t key = search_key(term.time, 0);
    if (term.field == QueryField::after)
        parts.min_key = std::max(parts.min_key.value_or(key), key);
    else
        parts.max_key = std::min(parts.max_key.value_or(key), key);
    // A message of unknown date (key below 2^24) is before no day.
    if (term.field == QueryField::before)
        parts.min_key = std::max<int64_t>(parts.min_key.value_or(1), search_key(1, 0));
    return {};
}

Result<std::string> operand_of(const std::vector<QueryTerm>& group,
                               const CustomerLookup& customers) {
    std::vector<std::string> operands;
    for (const QueryTerm& term : group) {
        auto one = term.is_text() ? Result<std::string>(text_operand(term))
                                  : meta_operand(term, customers);
        if (!one) return one;
        if (!one->empty()) operands.push_back(std::move(*one));
    }
    return group_of(operands, " | ");
}

Result<Parts> split_query(Sql& sql, const ParsedQuery& query, const CustomerLookup& customers) {
    Parts parts;
    for (const auto& group : query.groups) {
        const QueryTerm& first = group.front();
        if (is_date_range(group)) {
            (void)add_date_range(first, parts);
            continue;
        }
        if (!first.is_text() && !std::all_of(group.begin(), group.end(), is_meta_filter)) {
            auto condition = sql_group(sql, group, customers);
            if (!condition) return tl::unexpected(condition.error());
            parts.sql.push_back(std::move(*condition));
            continue;
        }
        auto operand = operand_of(group, customers);
        if (!operand) return tl::unexpected(operand.error());
        (first.negated ? parts.negative : parts.positive).push_back(std::move(*operand));
    }
    return parts;
}

} // namespace

std::string tsquery_lexeme(std::string_view lexeme, std::string_view weights, bool prefix) {
    std::string out = "'";
    for (char c : lexeme) {
        if (c == '\'' || c == '\\') out += c;
        out += c;
    }
    out += '\'';
    if (prefix || !weights.empty()) out += ':';
    if (prefix) out += '*';
    out += weights;
    return out;
}

std::string tsquery_phrase(std::string_view text, std::string_view weights, bool prefix) {
    std::vector<Token> pieces = tokens(text, TokenizeMode::query);
    std::vector<std::string> operands;
    for (size_t i = 0; i < pieces.size(); ++i)
        operands.push_back(
            tsquery_lexeme(pieces[i].text, weights, prefix && i + 1 == pieces.size()));
    if (operands.empty()) return "";
    return group_of(operands, " <-> ");
}

Result<SearchSql> plan_search(const ParsedQuery& query,
                              const std::optional<std::vector<int64_t>>& within, int64_t rows,
                              const CustomerLookup& customers, TermsIndex index) {
    Sql sql;
    auto split = split_query(sql, query, customers);
    if (!split) return tl::unexpected(split.error());
    Parts& parts = *split;
    if (within) parts.positive.push_back(customers_operand(*within));
    std::vector<std::string> where = parts.sql;
    std::string key = "m.search_key";
    std::string from = "messages m";
    if (!parts.positive.empty()) {
        std::string match = joined(parts.positive, " & ");
        if (!parts.negative.empty()) match += " & !" + group_of(parts.negative, " | ");
        sql.out.tsquery = match;
        key = "s.rowid";
        from = "search_text_terms s JOIN messages m ON m.search_key = s.rowid";
        where.push_back("s.terms @@ " + sql.param(match) + "::tsquery");
    } else if (!parts.negative.empty()) {
        std::string excluded = group_of(parts.negative, " | ");
        sql.out.tsquery = excluded;
        where.push_back(
            "NOT EXISTS (SELECT 1 FROM search_text_terms x WHERE x.rowid = m.search_key "
            "AND x.terms @@ " +
            sql.param(excluded) + "::tsquery)");
    }
    if (parts.min_key)
        where.push_back(key + " >= " + sql.param(std::to_string(*parts.min_key)) + "::bigint");
    if (parts.max_key)
        where.push_back(key + " < " + sql.param(std::to_string(*parts.max_key)) + "::bigint");
    std::string condition = where.empty() ? "" : " WHERE " + joined(where, " AND ");
    std::string order = key + " DESC";
    if (index == TermsIndex::rum && !parts.positive.empty()) {
        int64_t anchor = parts.max_key ? *parts.max_key - 1 : INT64_MAX;
        order = key + " <=| " + sql.param(std::to_string(anchor)) + "::bigint";
    }
    sql.out.text = "SELECT m.id FROM " + from + condition + " ORDER BY " + order + " LIMIT " +
                   sql.param(std::to_string(rows)) + "::bigint";
    return std::move(sql.out);
}

} // namespace mailclerk::store::pg
