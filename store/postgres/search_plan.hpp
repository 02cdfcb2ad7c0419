#pragma once
// The search query language (store/search_query.hpp) on PostgreSQL: a parsed query becomes one
// parameterised SELECT over the schema "mailclerk" that lists matching message ids newest
// first, built by store/search_sql.hpp as for SQLite's FTS5, in PostgreSQL's dialect. Text terms
// and the customer/ direction/kind/has filters become one tsquery over search_text.terms (lexemes
// from our own tokenizer in query mode, as FTS5 gets them: one piece is itself, several are the
// phrase of their pairs, `<->`) over search_text_terms; subject: terms carry the subject's weight
// A, filter tokens are marked lexemes (store/postgres/tsvector.hpp). A single after:/before: is a
// range of the date-ordered rowid; from:, to:, filename:, folder: and OR-mixed filters are SQL
// conditions. Pure: the customers a customer: value names come from the caller.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"
#include "store/search_query.hpp"
#include "store/search_sql.hpp"

namespace mailclerk::store::pg {

// A lexeme as tsquery input: quoted, with weights ("ABC", "" = any) and a prefix mark.
std::string tsquery_lexeme(std::string_view lexeme, std::string_view weights, bool prefix);

// One term's text as a tsquery operand over `weights`: its query tokens, joined by <-> when
// there are several; the last one a prefix when `prefix`. "" when the text has no token.
std::string tsquery_phrase(std::string_view text, std::string_view weights, bool prefix);

using store::CustomerLookup;

// The statement as libpq takes it.
struct SearchSql {
    std::string text;                               // SELECT m.id ... LIMIT $n
    std::vector<std::optional<std::string>> params; // $1, $2, ... as text
    std::string tsquery;                            // the full-text part, "" when none
};

// How search_text_terms is indexed (store/postgres/index_copy.hpp): with RUM the matches are
// ordered by the rowid the index carries (`rowid <=| anchor`: distance below the anchor, so
// the newest first and the scan stops at the page's end); with GIN by rowid DESC.
enum class TermsIndex { gin, rum };

// The SELECT listing at most `rows` matching message ids, newest first; `within`: only
// messages of these customers (SearchRequest::within_customers). Tables are unqualified: the
// connection's search_path names the schema. With `sort` relevance and a text term, the
// matches are ranked by ts_rank over the text columns' weights (subject three times the body
// and attachments, the filter column nothing: SQLite's bm25 weights), ties newest first.
Result<SearchSql> plan_search(const ParsedQuery& query,
                              const std::optional<std::vector<int64_t>>& within, int64_t rows,
                              const CustomerLookup& customers, TermsIndex index = TermsIndex::gin,
                              SearchSort sort = SearchSort::date);

} // namespace mailclerk::store::pg
