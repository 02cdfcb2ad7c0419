// Documents of a few KB that ask for gigabytes once laid out as dense grids (made by
// tests/data/bombs/make_bombs.py): every reader refuses them within its bounds, with a flag,
// instead of allocating until the process dies (before the bound, the XLSX one stopped the
// fuzzer at its 2 GB limit).
#include <catch2/catch.hpp>

#include <string>

#include "parsers/document.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/grid/html_tables.hpp"
#include "test_data.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

TEST_CASE("documents asking for huge grids are refused with a flag", "[documents][bombs]") {
    for (const char* name : {"xlsx_far_corners.xlsx", "docx_span_copies.docx",
                             "odt_span_copies.odt", "ods_repeats.ods"}) {
        INFO(name);
        Document document = read_document(test::data_attachment("bombs", name));
        CHECK(document.flag == "unreadable");
        CHECK(document.tables.empty());
    }
}

TEST_CASE("the cell budget: cells, then padding, then nothing", "[grid][bombs]") {
    using grid::Cell;
    using grid::CellBudget;
    CellBudget budget;
    Cell small{"12.50", {}, false, 100};
    CHECK(budget.take(small));
    grid::Table table;
    table.rows = {{small, small}, {small}};
    budget.make_rectangular(table);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].size() == 2); // padded, and the padding charged
    CHECK_FALSE(budget.spent());

    Cell huge{std::string(CellBudget::k_max_text + 1, 'x'), {}, false, 100};
    CHECK_FALSE(budget.take(huge));
    CHECK(budget.spent());
    CHECK_FALSE(budget.take(small)); // spent stays spent

    CellBudget wide;
    grid::Table sparse;
    sparse.rows.assign(3'000'000, {});
    sparse.rows.front().assign(2, small); // 6 million places once padded
    wide.make_rectangular(sparse);
    CHECK(sparse.rows.empty());
    CHECK(wide.spent());
}

TEST_CASE("an HTML cell spanning a huge block is not copied into gigabytes", "[grid][bombs]") {
    // One 200 KB cell spanning 1000 rows and 256 columns: 50 GB of copies without a bound.
    std::string html = "<table><tr><td>Model</td><td>Price</td></tr>"
                       "<tr><td>KV-50</td><td>USD 12.50</td></tr></table><table><tr>"
                       "<td rowspan=1000 colspan=256>" +
                       std::string(200'000, 'x') + "</td></tr>";
    for (int i = 0; i < 1000; ++i)
        html += "<tr></tr>";
    html += "</table>";
    auto tables = grid::html_tables(html);
    REQUIRE(tables.size() == 1); // the table read before the budget was spent stays
    CHECK(tables[0].rows[1][1].text == "USD 12.50");
}
