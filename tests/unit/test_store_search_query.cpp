// The search query language (issue 7): parsing, normalised values, errors naming the column.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "store/search_query.hpp"

using namespace mailclerk;
using store::QueryField;

namespace {

store::ParsedQuery parse(const std::string& query) {
    auto parsed = store::parse_query(query);
    INFO(query);
    REQUIRE(parsed);
    return *parsed;
}

std::string error_of(const std::string& query) {
    auto parsed = store::parse_query(query);
    INFO(query);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::usage);
    return parsed.error().message;
}

} // namespace

TEST_CASE("query words, phrases, prefixes and exclusions", "[store][query]") {
    auto q = parse("报价  \"DN50 阀门\" qt-2026* -spam -\"price list\"");
    REQUIRE(q.groups.size() == 5);
    CHECK(q.groups[0][0].value == "报价");
    CHECK_FALSE(q.groups[0][0].phrase);
    CHECK(q.groups[1][0].value == "DN50 阀门");
    CHECK(q.groups[1][0].phrase);
    CHECK(q.groups[2][0].value == "qt-2026");
    CHECK(q.groups[2][0].prefix);
    CHECK(q.groups[3][0].negated);
    CHECK(q.groups[4][0].negated);
    CHECK(q.groups[4][0].phrase);
    CHECK(q.groups[4][0].column == 30);
    for (const auto& group : q.groups)
        CHECK(group[0].field == QueryField::text);
}

TEST_CASE("OR binds the terms on its two sides into one group", "[store][query]") {
    auto q = parse("valve 报价 OR quotation OR offer customer:acme OR customer:华东石化");
    REQUIRE(q.groups.size() == 3);
    CHECK(q.groups[0].size() == 1);
    REQUIRE(q.groups[1].size() == 3);
    CHECK(q.groups[1][2].value == "offer");
    REQUIRE(q.groups[2].size() == 2);
    CHECK(q.groups[2][1].field == QueryField::customer);
    CHECK(q.groups[2][1].value == "华东石化");
}

TEST_CASE("query filters are parsed and normalised", "[store][query]") {
    auto q = parse("customer:acme from:\"Wang Lei\" to:li subject:报价 kind:Quote has:attachment "
                   "filename:*.pdf after:2026-01-01 before:2026-02 direction:out folder:INBOX");
    REQUIRE(q.groups.size() == 11);
    auto term = [&](size_t i) { return q.groups[i][0]; };
    CHECK(term(0).field == QueryField::customer);
    CHECK(term(1).value == "Wang Lei");
    CHECK(term(2).field == QueryField::to);
    CHECK(term(3).field == QueryField::subject);
    CHECK(term(3).is_text());
    CHECK(term(4).value == "quote");
    CHECK(term(5).value == "attachment");
    CHECK(term(6).value == "*.pdf");
    CHECK(term(7).time == 1767225600); // 2026-01-01T00:00:00Z
    CHECK(term(8).time == 1769904000); // 2026-02-01T00:00:00Z
    CHECK(term(9).value == "outbound");
    CHECK(term(10).value == "INBOX");
    CHECK(parse("before:2024-02-29").groups[0][0].time == 1709164800);
    CHECK(parse("after:2026").groups[0][0].time == 1767225600);
}

TEST_CASE("unknown fields and stray syntax are plain text", "[store][query]") {
    auto q = parse("column:subject NEAR(a 型号:DN50 http://acme.com");
    REQUIRE(q.groups.size() == 4);
    for (const auto& group : q.groups)
        CHECK(group[0].field == QueryField::text);
    // Terms without a searchable character are dropped.
    CHECK(parse("- * \"\" …").empty());
    CHECK(parse("").empty());
}

TEST_CASE("query errors name the column", "[store][query]") {
    CHECK(error_of("报价 \"DN50") == "query column 4: missing closing quote");
    CHECK(error_of("OR valve") == "query column 1: OR needs a term on each side");
    CHECK(error_of("valve OR") == "query column 7: OR needs a term on each side");
    CHECK(error_of("a OR OR b") == "query column 3: OR needs a term on each side");
    CHECK(error_of("valve kind:offer") == "query column 7: unknown kind 'offer' (inquiry, quote, "
                                          "contract, order, invoice, price-notice, other)");
    CHECK(error_of("报价 after:2026-13-01") ==
          "query column 4: after: expects a date like 2026-01-31, 2026-01 or 2026");
    CHECK(error_of("before:2025-02-29") ==
          "query column 1: before: expects a date like 2026-01-31, 2026-01 or 2026");
    CHECK(error_of("direction:sideways") == "query column 1: direction: is in, out or internal");
    CHECK(error_of("has:pdf") == "query column 1: has: knows only 'attachment'");
    CHECK(error_of("报价 from:") == "query column 4: from: needs a value");
    CHECK(error_of("customer: acme") == "query column 1: customer: needs a value");
    CHECK(error_of("valve OR customer:acme") == "query column 7: OR cannot join text and a filter");
    CHECK(error_of("valve OR -offer") == "query column 7: OR cannot join an excluded term");
}
