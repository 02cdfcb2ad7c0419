// The table reader reads a body's rows once with a decimal dot and keeps them for the body it
// reads (issue 18): they must be read again when the convention is a comma, and when a column
// found by arithmetic after the body's end was found changes what a row holds.
#include <catch2/catch.hpp>

#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::read;
using mailclerk::test::show;

namespace {

// Three valves under Description | COLUMN | Unit price | Amount, COLUMN's cells as given.
std::vector<pricing::PriceItem> valves(const std::string& column,
                                       const std::vector<std::string>& cells) {
    return read({{"Description", column, "Unit price", "Amount"},
                 {"Ball valve", cells[0], "12.50", "125.00"},
                 {"Gate valve", cells[1], "30.00", "120.00"},
                 {"Check valve", cells[2], "8.00", "24.00"}},
                in("USD"));
}

} // namespace

TEST_CASE("table rows: a quantity column found by arithmetic is in every item",
          "[pricing][table_rows]") {
    // "Stk" is no header word: the column is the quantity because price × it is the amount.
    auto items = valves("Stk", {"10", "4", "3"});
    REQUIRE(items.size() == 3);
    CHECK(items[0].quantity == "10");
    CHECK(items[1].quantity == "4");
    CHECK(items[2].quantity == "3");
    CHECK(items[1].unit_price == "30.00");
}

TEST_CASE("table rows: a column that does not hold qty × price = amount is no quantity",
          "[pricing][table_rows]") {
    auto items = valves("Ref", {"7", "9", "2"});
    REQUIRE(items.size() == 3);
    for (const pricing::PriceItem& item : items)
        CHECK(item.quantity.empty());
}

TEST_CASE("table rows: decimal commas are read with a comma, dots with a dot",
          "[pricing][table_rows]") {
    auto comma = read({{"Artikel", "Menge", "Preis", "Betrag"},
                       {"Kugelhahn", "10", "12,50", "125,00"},
                       {"Schieber", "4", "1.030,00", "4.120,00"}},
                      in("EUR"));
    REQUIRE(comma.size() == 2);
    CHECK(comma[0].unit_price == "12.50");
    CHECK(comma[1].unit_price == "1030.00");
    auto dot = read({{"Item", "Qty", "Price", "Amount"},
                     {"Ball valve", "10", "12.50", "125.00"},
                     {"Gate valve", "4", "1,030.00", "4,120.00"}},
                    in("USD"));
    REQUIRE(dot.size() == 2);
    CHECK(dot[1].unit_price == "1030.00");
    CHECK(show(dot[0]) == "Ball valve||10||USD|12.50");
}

TEST_CASE("table rows: a total row ends the body, a subtotal does not", "[pricing][table_rows]") {
    auto items = read({{"Item", "Qty", "Price", "Amount"},
                       {"Ball valve", "10", "12.50", "125.00"},
                       {"Subtotal", "", "", "125.00"},
                       {"Gate valve", "4", "30.00", "120.00"},
                       {"Total", "", "", "245.00"},
                       {"Check valve", "3", "8.00", "24.00"}},
                      in("USD"));
    std::vector<std::string> names;
    for (const pricing::PriceItem& item : items)
        names.push_back(item.product);
    CHECK(names == std::vector<std::string>{"Ball valve", "Gate valve"});
}
