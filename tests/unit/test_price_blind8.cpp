// What blind8 (bench/price_eval/blind8) showed the readers lacked, one rule per category, each
// with rows that must not be read.
#include <catch2/catch.hpp>

#include "parsers/pricing/continued_tables.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/prose.hpp"
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

TEST_CASE("headers: two languages side by side without a slash", "[pricing][blind8]") {
    using pricing::read_header;
    using pricing::Role;
    CHECK(read_header("单位 Unit").role == Role::unit);
    CHECK(read_header("品名 Description").role == Role::product);
    CHECK(read_header("Unit Price 单价").role == Role::price);
    auto quantity = read_header("数量 Qty (pcs)");
    CHECK(quantity.role == Role::quantity);
    CHECK(quantity.unit == "pcs");
    auto price = read_header("单价 USD");
    CHECK(price.role == Role::price);
    CHECK(price.currency == "USD");
}

TEST_CASE("headers: cells that are no two-language pair read as before", "[pricing][blind8]") {
    using pricing::read_header;
    using pricing::Role;
    // the script changes twice: one header with its currency and tax
    auto taxed = read_header("含税价 RMB (含13%增值税)");
    CHECK(taxed.role == Role::price);
    CHECK(taxed.currency == "CNY");
    CHECK(taxed.tax_included);
    // a product name in two languages names no column
    CHECK(read_header("球阀 Ball valve").role == Role::none);
    CHECK(read_header("螺栓 M12").role == Role::none);
    // one script only
    CHECK(read_header("Unit").role == Role::unit);
    CHECK(read_header("Unit Cost").role == Role::price);
}

TEST_CASE("tables: a unit column headed in Chinese and English gives each row its unit",
          "[pricing][blind8]") {
    auto items = test::read({{"Item No.", "品名 Description", "单位 Unit", "FOB Ningbo (USD)"},
                             {"JH-TB12", "Tool box 12\" plastic", "pc", "1.85"},
                             {"JH-GL08", "Nitrile coated work gloves", "pair", "0.38"},
                             {"JH-SD6", "Screwdriver set 6 pcs", "set", "2.45"}});
    REQUIRE(items.size() == 3);
    CHECK(show(items[0]) == "Tool box 12\" plastic|JH-TB12||pcs|USD|1.85");
    CHECK(show(items[1]) == "Nitrile coated work gloves|JH-GL08||pairs|USD|0.38");
    CHECK(show(items[2]) == "Screwdriver set 6 pcs|JH-SD6||sets|USD|2.45");
}

TEST_CASE("prose: from the old price to the new one, the product is named before the old one",
          "[pricing][blind8]") {
    auto items = show(pricing::read_prose(
        "Item 2, Stainless steel sheet 316L 2B, HT-SS316-2.0: unit price changed from USD "
        "4,120.00/MT to USD 3,985.00/MT because of the nickel price.",
        test::in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].find("HT-SS316-2.0") != std::string::npos);
    CHECK(items[0].ends_with("|USD|3985.00"));
}

TEST_CASE("prose: the new price on the line after the old one", "[pricing][blind8]") {
    auto items = show(pricing::read_prose(
        "Item 2, Stainless steel sheet 316L 2B, HT-SS316-2.0: unit price changed from USD "
        "4,120.00/MT to\nUSD 3,985.00/MT because of the nickel price. Quantity unchanged.",
        test::in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].find("HT-SS316-2.0") != std::string::npos);
    CHECK(items[0].ends_with("|USD|3985.00"));
}

TEST_CASE("prose: a price after an old one that names its own product keeps it",
          "[pricing][blind8]") {
    // a name with digits between the prices is a product, not a connective
    auto items = show(pricing::read_prose(
        "Hex bolt M12 was USD 0.50, hex nut M12 USD 0.20 per piece.", test::in("USD")));
    for (const std::string& item : items)
        CHECK(item.find("bolt") == std::string::npos);
    // the line above ends with an old price, but this line names its product first
    items = show(pricing::read_prose(
        "Valve HX-BV-304-DN25 now USD 12.60/pc (was USD 11.90)\nValve HX-CV-CF8-DN25 USD 9.60/pc",
        test::in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[1].find("HX-CV-CF8-DN25") != std::string::npos);
    CHECK(items[1].ends_with("|USD|9.60"));
    // the old price ends a whole sentence: the next line's price is not the same product's
    items = show(pricing::read_prose("HT-SS316-2.0 was USD 4,120.00/MT as agreed in March.\n"
                                     "USD 3,985.00/MT is the market price today.",
                                     test::in("USD")));
    for (const std::string& item : items)
        CHECK(item.find("HT-SS316") == std::string::npos);
}

TEST_CASE("headers: accented Latin and signs are no second language", "[pricing][blind8]") {
    using pricing::read_header;
    using pricing::Role;
    CHECK(read_header("Ürün Kodu").role == Role::model);
    CHECK(read_header("Price ≥500").tier == "500");
    CHECK(read_header("Наименование Description").role == Role::product);
}
