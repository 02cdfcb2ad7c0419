// Issue 23: the search query language translated for PostgreSQL (store/postgres/search_plan):
// tsquery lexemes from our tokenizer, weights per column, filters and the newest-first order.
#include <catch2/catch.hpp>

#include "store/postgres/search_plan.hpp"
#include "store/search_query.hpp"

using namespace mailclerk;
using namespace mailclerk::store;

namespace {

// customer:acme names customers 3 and 7 (a merged one), customer:nobody none.
Result<std::vector<int64_t>> lookup(const std::string& value) {
    if (value == "acme") return std::vector<int64_t>{3, 7};
    return std::vector<int64_t>{};
}

pg::SearchSql plan(std::string_view query,
                   const std::optional<std::vector<int64_t>>& within = std::nullopt) {
    auto parsed = parse_query(query);
    REQUIRE(parsed);
    auto planned = pg::plan_search(*parsed, within, 1001, lookup);
    REQUIRE(planned);
    return *planned;
}

} // namespace

TEST_CASE("tsquery lexemes are quoted, weighted and prefixed", "[postgres]") {
    CHECK(pg::tsquery_lexeme("dn50", "ABC", false) == "'dn50':ABC");
    CHECK(pg::tsquery_lexeme("o'neil\\x", "", false) == "'o''neil\\\\x'");
    CHECK(pg::tsquery_lexeme("dn5", "A", true) == "'dn5':*A");
    CHECK(pg::tsquery_lexeme("x", "", true) == "'x':*");
}

TEST_CASE("a term's query tokens become one lexeme or a phrase of pairs", "[postgres]") {
    CHECK(pg::tsquery_phrase("Valves", "ABC", false) == "'valves':ABC");
    // Two pieces are their pair (one lexeme); more are the pairs in a row.
    CHECK(pg::tsquery_phrase("ball valves", "ABC", false) == "'\x01"
                                                             "ball valves':ABC");
    CHECK(pg::tsquery_phrase("报价单", "ABC", false) == "('报价':ABC <-> '价单':ABC)");
    CHECK(pg::tsquery_phrase("QT-2026-0412", "A", true) == "('\x01qt 2026':A <-> '\x01"
                                                           "2026 0412':*A)");
    CHECK(pg::tsquery_phrase("…", "ABC", false).empty());
}

TEST_CASE("text, subject and excluded terms are one tsquery over the text columns", "[postgres]") {
    // Words need no weight (filter tokens are marked apart); subject: keeps the subject's A.
    auto sql = plan("报价 subject:dn50 -valve");
    CHECK(sql.tsquery == "'报价' & 'dn50':A & !'valve'");
    CHECK(sql.text ==
          "SELECT m.id FROM search_text_terms s JOIN messages m ON m.search_key = s.rowid "
          "WHERE s.terms @@ $1::tsquery ORDER BY s.rowid DESC LIMIT $2::bigint");
    CHECK(sql.params == std::vector<std::optional<std::string>>{sql.tsquery, "1001"});
    CHECK(plan("price OR quote* -spam -junk").tsquery ==
          "('price' | 'quote':*) & !('spam' | 'junk')");
    CHECK(plan("\"ball valves\" 报价单").tsquery == "'\x01"
                                                    "ball valves' & ('报价' <-> '价单')");
}

TEST_CASE("customer, kind, direction and has filters are meta tokens", "[postgres]") {
    CHECK(plan("customer:acme kind:quote direction:in has:attachment").tsquery ==
          "('\x02zc3' | '\x02zc7') & '\x02zkquote' & '\x02zdinbound' & '\x02zhasatt'");
    // A kind of two words is the phrase of their pair, as the meta column was tokenized.
    CHECK(plan("kind:price-notice").tsquery == "'\x02\x01zkprice notice'");
    // A customer nobody is: a token no message carries, so nothing matches.
    CHECK(plan("customer:nobody").tsquery == "'\x02znocustomer'");
}

TEST_CASE("a rep's customers are an SQL condition, not ORed filter lexemes", "[postgres]") {
    // SearchRequest::within_customers: RUM tests a tsquery of many ORed lexemes on every
    // candidate, so the rep's messages come from message_customers instead.
    auto rep = plan("valve", std::vector<int64_t>{5, 9});
    CHECK(rep.tsquery == "'valve'");
    CHECK(rep.text == "SELECT m.id FROM search_text_terms s JOIN messages m ON m.search_key = "
                      "s.rowid WHERE m.id IN (SELECT message_id FROM message_customers WHERE "
                      "customer_id = ANY($1::bigint[])) AND s.terms @@ $2::tsquery ORDER BY "
                      "s.rowid DESC LIMIT $3::bigint");
    CHECK(rep.params[0] == "{5,9}");
    // No customers: an empty set, so nothing matches.
    auto none = plan("valve", std::vector<int64_t>{});
    CHECK(none.params[0] == "{}");
    // Without text the rep's messages are walked newest first by their key.
    auto filters = plan("from:li", std::vector<int64_t>{5});
    CHECK(filters.tsquery.empty());
    CHECK(filters.text == "SELECT m.id FROM messages m WHERE m.from_addr ILIKE $1 ESCAPE '\\' "
                          "AND m.id IN (SELECT message_id FROM message_customers WHERE "
                          "customer_id = ANY($2::bigint[])) ORDER BY m.search_key DESC LIMIT "
                          "$3::bigint");
    // A customer: filter stays a filter token (one lexeme or a few).
    CHECK(plan("customer:acme valve", std::vector<int64_t>{3}).tsquery ==
          "('\x02zc3' | '\x02zc7') & 'valve'");
}

TEST_CASE("a date range bounds the date-ordered key, other filters are SQL", "[postgres]") {
    auto sql = plan("valve after:2026-01-01 before:2026-02 from:wang");
    CHECK(sql.text ==
          "SELECT m.id FROM search_text_terms s JOIN messages m ON m.search_key = "
          "s.rowid WHERE m.from_addr ILIKE $1 ESCAPE '\\' AND s.terms @@ $2::tsquery AND "
          "s.rowid >= $3::bigint AND s.rowid < $4::bigint ORDER BY s.rowid DESC "
          "LIMIT $5::bigint");
    CHECK(sql.params[0] == "%wang%");
    CHECK(sql.params[2] == std::to_string(int64_t{1767225600} << 24));
    CHECK(sql.params[3] == std::to_string(int64_t{1769904000} << 24));
    // Without text the messages are walked newest first by their key.
    auto filters = plan("filename:*.pdf -direction:out");
    CHECK(filters.text ==
          "SELECT m.id FROM messages m WHERE EXISTS (SELECT 1 FROM attachments a WHERE "
          "a.message_id = m.id AND a.filename ILIKE $1 ESCAPE '\\') AND NOT EXISTS (SELECT 1 "
          "FROM search_text_terms x WHERE x.rowid = m.search_key AND x.terms @@ $2::tsquery) ORDER "
          "BY "
          "m.search_key DESC LIMIT $3::bigint");
    CHECK(filters.params[0] == "%%.pdf%");
    CHECK(filters.tsquery == "'\x02zdoutbound'");
    // Filters OR-ed with others than meta filters are SQL, customers by id.
    auto mixed = plan("customer:acme OR from:li");
    CHECK(mixed.text.find("m.id IN (SELECT message_id FROM message_customers WHERE customer_id "
                          "= ANY($1::bigint[])) OR m.from_addr ILIKE $2") != std::string::npos);
    CHECK(mixed.params[0] == "{3,7}");
}

TEST_CASE("with a RUM index the matches come out in the rowid order it carries", "[postgres]") {
    auto parsed = parse_query("valve before:2026-02");
    REQUIRE(parsed);
    auto sql = pg::plan_search(*parsed, std::nullopt, 51, lookup, pg::TermsIndex::rum);
    REQUIRE(sql);
    CHECK(sql->text == "SELECT m.id FROM search_text_terms s JOIN messages m ON m.search_key = "
                       "s.rowid WHERE s.terms @@ $1::tsquery AND s.rowid >= $2::bigint AND "
                       "s.rowid < $3::bigint ORDER BY s.rowid <=| $4::bigint LIMIT $5::bigint");
    // The newest message before the bound first.
    CHECK(sql->params[3] == std::to_string((int64_t{1769904000} << 24) - 1));
    // Without text there is nothing for the index to order: the messages' key.
    auto filters = parse_query("from:wang");
    REQUIRE(filters);
    auto walk = pg::plan_search(*filters, std::nullopt, 51, lookup, pg::TermsIndex::rum);
    REQUIRE(walk);
    CHECK(walk->text.find("ORDER BY m.search_key DESC") != std::string::npos);
}

TEST_CASE("relevance ranks text matches by ts_rank, filters alone newest first", "[postgres]") {
    auto ranked = [](std::string_view query) {
        auto parsed = parse_query(query);
        REQUIRE(parsed);
        auto sql = pg::plan_search(*parsed, std::nullopt, 51, lookup, pg::TermsIndex::rum,
                                   SearchSort::relevance);
        REQUIRE(sql);
        return *sql;
    };
    auto words = ranked("valve -dn50");
    // The rank reads the same tsquery the match does, bound again; ties newest first.
    CHECK(words.text == "SELECT m.id FROM search_text_terms s JOIN messages m ON m.search_key = "
                        "s.rowid WHERE s.terms @@ $1::tsquery ORDER BY ts_rank('{0, 0.3333, "
                        "0.3333, 1}'::float4[], s.terms, $2::tsquery, 1) DESC, s.rowid DESC "
                        "LIMIT $3::bigint");
    REQUIRE(words.params.size() == 3);
    CHECK(words.params[1] == words.params[0]);
    CHECK(words.params[0] == words.tsquery);
    // A filter-only full-text match (customer:) has no text to rank: the date order, as SQLite.
    auto customer = ranked("customer:acme");
    CHECK(customer.text.find("ts_rank") == std::string::npos);
    CHECK(customer.text.find("ORDER BY s.rowid <=| ") != std::string::npos);
    auto filters = ranked("from:wang");
    CHECK(filters.text.find("ts_rank") == std::string::npos);
    CHECK(filters.text.find("ORDER BY m.search_key DESC") != std::string::npos);
    // Only negative words: nothing matches positively, nothing to rank.
    auto negative = ranked("-dn50");
    CHECK(negative.text.find("ts_rank") == std::string::npos);
}
