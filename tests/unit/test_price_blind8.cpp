// What blind8 (bench/price_eval/blind8) showed the readers lacked, one rule per category, each
// with rows that must not be read.
#include <catch2/catch.hpp>

#include "parsers/pricing/continued_tables.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::show;

namespace {

// A PDF page's table: each cell in its column's band (column c from x = 100c to 100c + 60,
// shifted by `dx`), one row per line.
grid::Table page_table(const std::vector<std::vector<std::string>>& rows, std::string where,
                       double dx = 0) {
    grid::Table table = grid::make_table(rows, std::move(where));
    for (size_t r = 0; r < table.rows.size(); ++r)
        for (size_t c = 0; c < table.rows[r].size(); ++c) {
            double x0 = 100.0 * static_cast<double>(c) + dx;
            table.rows[r][c].box = {x0, 20.0 * static_cast<double>(r), x0 + 60,
                                    20.0 * static_cast<double>(r) + 12};
        }
    return table;
}

const std::vector<std::vector<std::string>> k_page1 = {
    {"Art. No.", "Description", "Unit", "Price US$"},
    {"ZT-101", "Combination pliers 6\"", "Doz", "14.50"},
    {"ZT-102", "Combination pliers 8\"", "Doz", "17.20"}};
const std::vector<std::vector<std::string>> k_page2 = {
    {"ZT-420", "Ball pein hammer 16 oz", "Doz", "27.50"},
    {"ZT-440", "Bolt cutter 24\"", "Pc", "8.95"}};

std::vector<std::string> read_all(std::vector<grid::Table> tables) {
    std::vector<std::string> out;
    for (const grid::Table& table : pricing::with_carried_headers(std::move(tables), "CNY"))
        for (const std::string& item : show(pricing::read_table(table, {})))
            out.push_back(item);
    return out;
}

} // namespace

TEST_CASE("pages: rows on the next page without a header are read under the previous header",
          "[pricing][blind8]") {
    auto items = read_all({page_table(k_page1, "page 1"), page_table(k_page2, "page 2")});
    REQUIRE(items.size() == 4);
    CHECK(items[2] == "Ball pein hammer 16 oz|ZT-420||dozen|USD|27.50");
    CHECK(items[3] == "Bolt cutter 24\"|ZT-440||pcs|USD|8.95");
}

TEST_CASE("pages: a header carries on over several pages, inside an archive too",
          "[pricing][blind8]") {
    auto items = read_all({page_table(k_page1, "list.zip/prices.pdf: page 1"),
                           page_table(k_page2, "list.zip/prices.pdf: page 2"),
                           page_table({{"ZT-470", "Tool roll 22 pockets", "Pc", "4.10"}},
                                      "list.zip/prices.pdf: page 3")});
    REQUIRE(items.size() == 5);
    CHECK(items[4] == "Tool roll 22 pockets|ZT-470||pcs|USD|4.10");
}

TEST_CASE("pages: the borrowed header keeps the rows' own references", "[pricing][blind8]") {
    grid::Table second = page_table(k_page2, "page 2");
    second.first_row = 1;
    second.lines = {"ZT-420  Ball pein hammer 16 oz  Doz  27.50",
                    "ZT-440  Bolt cutter 24\"  Pc  8.95"};
    auto tables = pricing::with_carried_headers({page_table(k_page1, "page 1"), second}, "CNY");
    auto items = pricing::read_table(tables[1], {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].reference == "page 2 line 1");
    CHECK(items[0].line == "ZT-420  Ball pein hammer 16 oz  Doz  27.50");
}

TEST_CASE("pages: tables that do not continue the previous page's table keep no header",
          "[pricing][blind8]") {
    grid::Table headed = page_table(k_page1, "page 1");
    auto unchanged = [&](const grid::Table& next) {
        auto out = pricing::with_carried_headers({headed, next}, "CNY");
        return out[1].rows == next.rows;
    };
    // the same page: a second block below the first (totals, bank details) is no continuation
    CHECK(unchanged(page_table(k_page2, "page 1")));
    // a page skipped, another document, no page at all
    CHECK(unchanged(page_table(k_page2, "page 3")));
    CHECK(unchanged(page_table(k_page2, "other.pdf: page 2")));
    CHECK(unchanged(page_table(k_page2, "table 2")));
    // columns elsewhere on the page, or another number of them
    CHECK(unchanged(page_table(k_page2, "page 2", 70)));
    CHECK(unchanged(
        page_table({{"IBAN", "PK36 SCBL 0000 0011 2345 6702"}, {"SWIFT", "SCBLPKKX"}}, "page 2")));
    // no positions to compare (text laid out without boxes)
    CHECK(unchanged(grid::make_table(k_page2, "page 2")));
    // a page that repeats its header reads its own
    auto repeated = k_page2;
    repeated.insert(repeated.begin(), k_page1.front());
    CHECK(unchanged(page_table(repeated, "page 2")));
}

TEST_CASE("pages: no header on the page before, nothing to carry", "[pricing][blind8]") {
    grid::Table first = page_table({{"Pliers", "Doz"}, {"ZT-101", "14.50"}}, "page 1");
    grid::Table second = page_table({{"ZT-420", "27.50"}}, "page 2");
    auto out = pricing::with_carried_headers({first, second}, "CNY");
    CHECK(out[1].rows == second.rows);
}
