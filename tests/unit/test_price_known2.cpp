// What the price sets still left wrong after the first round of known gaps (issue 16): an OCR'd
// name no sum vouches for, CJK text tables set with ideographic spaces, a product column headed
// "Item" beside a code column. Each rule on varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/grid/text_table.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;
using mailclerk::test::show;

namespace {

// A table as OCR leaves it: every cell with its lowest word confidence (100 for empty ones).
grid::Table scanned(const std::vector<std::vector<std::pair<std::string, float>>>& rows) {
    grid::Table table;
    for (const auto& row : rows) {
        std::vector<grid::Cell> cells;
        for (const auto& [text, confidence] : row)
            cells.push_back(grid::Cell{text, {}, false, text.empty() ? 100 : confidence});
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace

TEST_CASE("OCR: qty x price = amount vouches for the digits, never for the name",
          "[pricing][known2]") {
    // A photographed quote: every row's sum holds, one name is garbled and read without
    // confidence ("PP打包带" read as "PPT MH").
    grid::Table table = scanned({
        {{"品名", 95}, {"规格", 95}, {"数量", 95}, {"单价(元)", 95}, {"金额", 95}},
        {{"三层瓦楞纸箱", 66},
         {"400x300x250mm", 91},
         {"2,000", 91},
         {"3.20", 92},
         {"6,400.00", 95}},
        {{"气泡膜", 68}, {"1.2mx50m", 86}, {"100", 97}, {"46.00", 96}, {"4,600.00", 96}},
        {{"PPT MH", 37}, {"", 100}, {"200", 92}, {"38.00", 92}, {"7,600.00", 97}},
        {{"Bubble wrap roll", 91}, {"1.2m", 88}, {"10", 95}, {"4.50", 90}, {"45.00", 93}},
    });
    auto items = read_table(table, test::in("CNY"));
    CHECK(show(items) == std::vector<std::string>{
                             "三层瓦楞纸箱|400x300x250mm|2000||CNY|3.20",
                             "气泡膜|1.2mx50m|100||CNY|46.00",
                             "Bubble wrap roll|1.2m|10||CNY|4.50",
                         });
}

TEST_CASE("OCR: a model read without confidence makes the row's name untrusted too",
          "[pricing][known2]") {
    grid::Table table = scanned({
        {{"Description", 96}, {"Part No.", 96}, {"Qty", 96}, {"Unit price", 96}, {"Amount", 96}},
        {{"Ball valve", 93}, {"BV-25", 90}, {"10", 97}, {"12.50", 95}, {"125.00", 95}},
        {{"Gate valve", 92}, {"G8-5O", 21}, {"4", 97}, {"30.00", 95}, {"120.00", 95}},
    });
    auto items = read_table(table, test::in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "BV-25");
}

TEST_CASE("OCR: without an amount, digits and names both need confidence; typed text needs none",
          "[pricing][known2]") {
    grid::Table table = scanned({
        {{"Description", 96}, {"Unit price USD", 96}},
        {{"Ball valve DN25", 90}, {"12.50", 95}},
        {{"Gate valve DN50", 90}, {"3O.00", 60}}, // digits not trusted
        {{"Cheok vaive", 30}, {"18.00", 95}},     // name not trusted
    });
    auto items = read_table(table, test::in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "Ball valve DN25");
    // The same rows typed (a spreadsheet, confidence 100): all three read.
    auto typed = test::read({{"Description", "Unit price USD"},
                             {"Ball valve DN25", "12.50"},
                             {"Gate valve DN50", "30.00"},
                             {"Check valve DN40", "18.00"}});
    CHECK(typed.size() == 3);
}
