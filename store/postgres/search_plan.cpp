#include "store/postgres/search_plan.hpp"

#include <cstdint>
#include <variant>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/cjk_tokenizer.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/tsvector.hpp"
#include "store/search_meta.hpp"
#include "store/search_sql.hpp"

namespace mailclerk::store::pg {
namespace {

// The weights of search_text's columns (store/postgres/tsvector.hpp: A, B, C, D in order).
// A word is only in the text columns (the filter column's lexemes are marked), so a text term
// needs no weight but for subject:; a weight costs a recheck of each candidate's tsvector.
constexpr std::string_view k_text_columns = "";
constexpr std::string_view k_subject_column = "A";
// ts_rank's weights of D, C, B, A (the filter column, attachments, body, subject) for --sort
// relevance: SQLite's bm25 weights (0, 1, 1, 3) scaled into ts_rank's range 0..1. Normalisation
// 1 divides by 1 + the log of the row's length, as bm25 weighs a long text's matches down.
constexpr std::string_view k_rank_weights = "'{0, 0.3333, 0.3333, 1}'::float4[]";
constexpr int k_rank_normalization = 1;

// Several operands joined by `op`, in parentheses when there are several.
std::string group_of(const std::vector<std::string>& items, std::string_view op) {
    if (items.size() == 1) return items.front();
    return "(" + joined(items, op) + ")";
}

// A filter token (store/search_meta.hpp) as the terms table has it: marked, in any column.
std::string filter_operand(const std::string& token) {
    std::vector<Token> pieces = tokens(token, TokenizeMode::query);
    std::vector<std::string> operands;
    for (const Token& piece : pieces)
        operands.push_back(tsquery_lexeme(k_filter_mark + piece.text, "", false));
    return group_of(operands, " <-> ");
}

// "= ANY($n::bigint[])": any of these ids, bound as one parameter.
std::string any_id(SqlBuilder& sql, const std::vector<int64_t>& ids) {
    return "= ANY(" + sql.param(id_array(ids)) + "::bigint[])";
}

// The search in PostgreSQL: a tsquery over search_text_terms (lexemes of our own tokenizer,
// filter tokens marked), parameters as text with their casts. SQLite's LIKE ignores the case
// of ASCII letters: ILIKE here (which also folds other letters).
class TsqueryDialect final : public SearchDialect {
  public:
    TsqueryDialect(TermsIndex index, SearchSort sort) : m_index(index), m_sort(sort) {}

    std::string placeholder(size_t n, const SqlParam& value) const override {
        std::string out = "$" + std::to_string(n);
        return std::holds_alternative<int64_t>(value) ? out + "::bigint" : out;
    }
    std::string text_operand(const QueryTerm& term) const override {
        return tsquery_phrase(term.value,
                              term.field == QueryField::subject ? k_subject_column : k_text_columns,
                              term.prefix);
    }
    std::string token_operand(const std::string& token) const override {
        return filter_operand(token);
    }
    // A token nothing carries when there are no customers.
    std::string customers_operand(const std::vector<int64_t>& ids) const override {
        std::vector<std::string> operands;
        for (int64_t id : ids)
            operands.push_back(filter_operand(customer_token(id)));
        if (operands.empty()) operands.push_back(filter_operand("znocustomer"));
        return group_of(operands, " | ");
    }
    std::string any_of(const std::vector<std::string>& operands) const override {
        return group_of(operands, " | ");
    }
    std::string all_but(const std::vector<std::string>& positive,
                        const std::vector<std::string>& negative) const override {
        std::string match = joined(positive, " & ");
        if (!negative.empty()) match += " & !" + group_of(negative, " | ");
        return match;
    }
    std::string none_of(const std::vector<std::string>& negative) const override {
        return group_of(negative, " | ");
    }
    std::string terms_table() const override { return "search_text_terms"; }
    std::string match_condition(const std::string& placeholder) const override {
        return "s.terms @@ " + placeholder + "::tsquery";
    }
    std::string excluded_condition(const std::string& placeholder) const override {
        return "NOT EXISTS (SELECT 1 FROM search_text_terms x WHERE x.rowid = m.search_key "
               "AND x.terms @@ " +
               placeholder + "::tsquery)";
    }
    std::string like_operator() const override { return "ILIKE"; }
    std::string always() const override { return "true"; }
    Result<std::string> customer_condition(SqlBuilder& sql, const std::string& value,
                                           const CustomerLookup& customers) const override {
        auto ids = customers(value);
        if (!ids) return tl::unexpected(ids.error());
        return any_id(sql, *ids);
    }
    // A rep's customers as an SQL condition, not ORed filter lexemes: RUM evaluates a tsquery
    // of 50 ORed lexemes for every candidate of the words (220 ms for 'valve' over 20,000
    // messages), while the rep's messages from message_customers joined to the words' matches
    // take 40 ms (bench/README.md, issue 23 stop 35).
    void restrict_to(SqlBuilder& sql, const std::vector<int64_t>& ids,
                     SearchParts& parts) const override {
        parts.sql.push_back(filed_to(any_id(sql, ids)));
    }
    // Ranked when asked for relevance and a text term matches (the rank of a query of filters
    // alone says nothing; newest first then). With RUM, matches come in the order of the rowid
    // the index carries: the distance below the newest key wanted.
    std::string order(SqlBuilder& sql, const std::string& key,
                      const SearchParts& parts) const override {
        if (m_sort == SearchSort::relevance && parts.text && !parts.positive.empty())
            return fmt::format("ts_rank({}, s.terms, {}::tsquery, {}) DESC, s.rowid DESC",
                               k_rank_weights, sql.param(sql.out.match), k_rank_normalization);
        if (m_index != TermsIndex::rum || parts.positive.empty())
            return SearchDialect::order(sql, key, parts);
        int64_t anchor = parts.max_key ? *parts.max_key - 1 : INT64_MAX;
        return key + " <=| " + sql.param(anchor);
    }

  private:
    TermsIndex m_index;
    SearchSort m_sort;
};

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
                              const CustomerLookup& customers, TermsIndex index, SearchSort sort) {
    auto planned = search_sql(TsqueryDialect(index, sort), query, within, rows, customers);
    if (!planned) return tl::unexpected(planned.error());
    SearchSql out{std::move(planned->text), {}, std::move(planned->match)};
    for (SqlParam& param : planned->params) {
        if (const auto* number = std::get_if<int64_t>(&param))
            out.params.emplace_back(std::to_string(*number));
        else
            out.params.emplace_back(std::move(std::get<std::string>(param)));
    }
    return out;
}

} // namespace mailclerk::store::pg
