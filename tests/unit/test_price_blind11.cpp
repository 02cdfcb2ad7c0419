// What blind11 (bench/price_eval/blind11) showed the readers lacked, one rule per category, each
// with rows that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/asking.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_header.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::names;
using mailclerk::test::read;
using mailclerk::test::show;

namespace {

std::vector<grid::Cell> cells(const std::vector<std::string>& texts) {
    std::vector<grid::Cell> out;
    for (const std::string& text : texts) {
        grid::Cell cell;
        cell.text = text;
        out.push_back(cell);
    }
    return out;
}

} // namespace

// ------------------------------------------------------------------ titles merged across

TEST_CASE("table headers: a title merged across the table is no header row", "[pricing][blind11]") {
    using pricing::detail::title_across;
    CHECK(title_across(cells({"QUOTATION", "QUOTATION", "QUOTATION", "QUOTATION"})));
    CHECK(title_across(cells({"Quote No. 7 Date: 22 Jan", "Quote No. 7 Date: 22 Jan", ""})));
    // a group title over the price columns only, or starting after the first column
    CHECK_FALSE(title_across(cells({"Unit price (USD)", "Unit price (USD)", "", "", ""})));
    CHECK_FALSE(title_across(cells({"", "", "Unit price (USD)", "Unit price (USD)"})));
    CHECK_FALSE(title_across(cells({"To: Crescent Bay", "To: Crescent Bay", "Date: 2026-01-12"})));
    CHECK_FALSE(title_across(cells({"QUOTATION"})));
    CHECK_FALSE(title_across(cells({"QUOTATION", "", "", ""})));
}

TEST_CASE("table headers: the merged line above the header does not join it",
          "[pricing][blind11]") {
    const std::string title = "Quotation No. EG-260122-05    Date: 22 Jan 2026";
    auto items =
        show(read({{title, title, title, title, title, title},
                   {"Item", "Code", "Description", "Qty (pcs)", "Unit Price (USD)", "Amount (USD)"},
                   {"1", "EG-OR-NBR-10x2", "O-ring NBR70 10x2", "50000", "0.02", "1000.00"},
                   {"2", "EG-OR-NBR-20x3", "O-ring NBR70 20x3", "30000", "0.03", "900.00"}},
                  in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "O-ring NBR70 10x2|EG-OR-NBR-10x2|50000|pcs|USD|0.02");
    CHECK(items[1] == "O-ring NBR70 20x3|EG-OR-NBR-20x3|30000|pcs|USD|0.03");
}

TEST_CASE("table headers: a group title over the price columns still joins the header",
          "[pricing][blind11]") {
    auto items = show(read({{"", "", "", "Unit Price (USD/pc)", "Unit Price (USD/pc)"},
                            {"No.", "Model", "Qty (pcs)", "FOB Ningbo", "CIF Felixstowe"},
                            {"1", "KD-BV2-DN25", "1000", "6.95", "7.40"},
                            {"2", "KD-BV2-DN50", "500", "14.80", "15.70"}},
                           in("USD")));
    REQUIRE(items.size() == 4);
    CHECK(items[0] == "|KD-BV2-DN25|1000|pcs|USD|6.95");
    CHECK(items[1] == "|KD-BV2-DN25|1000|pcs|USD|7.40");
}

// ------------------------------------------------------------------ "Net" as the line amount

TEST_CASE("table columns: a Net column that is qty x the unit price is the amount",
          "[pricing][blind11]") {
    auto items =
        show(read({{"Product Code", "Description", "Quantity", "Unit Price", "Net", "VAT"},
                   {"PH-HH-025", "Hydraulic hose 1/4\" 2SN", "50.00", "4.65", "232.50", "0.00"},
                   {"PH-AD-12", "Adaptor 1/2\" BSP M/M", "200.00", "2.85", "570.00", "0.00"},
                   {"PH-CY-5030", "Cylinder 50/30 x 300", "5.00", "1,286.00", "6,430.00", "0.00"}},
                  in("GBP")));
    REQUIRE(items.size() == 3);
    CHECK(items[0] == "Hydraulic hose 1/4\" 2SN|PH-HH-025|50.00||GBP|4.65");
    CHECK(items[2] == "Cylinder 50/30 x 300|PH-CY-5030|5.00||GBP|1286.00");
}

TEST_CASE("table columns: a net price beside a price stays the price when it is no amount",
          "[pricing][blind11]") {
    // Net is the price less a discount: qty × price is no Net, so the net price is the item.
    auto items = show(read({{"Code", "Description", "Qty", "Price", "Net", "Amount"},
                            {"A-100", "Ball valve 1/2\"", "10", "5.00", "4.50", "45.00"},
                            {"A-200", "Ball valve 3/4\"", "20", "8.00", "7.20", "144.00"}},
                           in("EUR")));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "Ball valve 1/2\"|A-100|10||EUR|4.50");
    CHECK(items[1] == "Ball valve 3/4\"|A-200|20||EUR|7.20");
}

// ------------------------------------------------------------------ short dot leaders

TEST_CASE("prose lines: two or three leader dots standing alone are a leader",
          "[pricing][blind11]") {
    auto items = show(pricing::read_prose(
        "Prices FOB Foshan in USD:\n"
        "   1. MY-H350     soft-close hinge 35mm, nickel (for 10k) .. USD 2.30/set  10,000 sets\n"
        "   2. MY-DS45-350 drawer slide 45mm, 350mm ............... USD 3.55/set   3,000 sets\n"
        "   3. MY-KN-30    knob 30mm, zinc alloy (bulk) ... USD 0.48/pc    8,000 pcs\n",
        in("USD")));
    REQUIRE(items.size() == 3);
    CHECK(names(items, "|MY-H350 35mm||sets|USD|2.30"));
    CHECK(names(items, "|MY-KN-30 30mm||pcs|USD|0.48"));
}

TEST_CASE("prose lines: dots inside a word or a number are no leader", "[pricing][blind11]") {
    // "1..3" is a range of item numbers, "etc.." ends a word: neither becomes a price break.
    auto items =
        show(pricing::read_prose("Items 1..3 as quoted on 5 Feb, hinges, slides etc.. unchanged.\n"
                                 "MY-KN-30 knob 30mm, zinc alloy: USD 0.48/pc, 8,000 pcs\n",
                                 in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0] == "MY-KN-30 knob 30mm, zinc alloy|MY-KN-30 30mm||pcs|USD|0.48");
}

// ------------------------------------------------------------------ accepting a price

TEST_CASE("asking: accepting the counterpart's price asks for none, refusing it does",
          "[pricing][blind11]") {
    CHECK_FALSE(pricing::asks_a_price(
        "For 200k pcs we can accept your price: KL-2835-W at USD 0.0080/pc."));
    CHECK_FALSE(pricing::asks_a_price("我们可以接受您的目标价，KL-2835-W 0.0080美元/个"));
    CHECK_FALSE(pricing::asks_a_price("Aceptamos su precio de 2,35 USD por juego."));
    // refusals, counter-offers and requests still ask
    CHECK(pricing::asks_a_price("We cannot accept your price of USD 2.20, sorry."));
    CHECK(pricing::asks_a_price("无法接受您的目标价2.20美元"));
    CHECK(pricing::asks_a_price("We can accept USD 2.20/set for 2,000 sets."));
    CHECK(pricing::asks_a_price("Can you accept our target price of USD 2.20?"));
    CHECK(pricing::asks_a_price("Please confirm if your price of USD 2.35 is still valid."));
}

TEST_CASE("prose: a supplier accepting our price states it as its own", "[pricing][blind11]") {
    auto items = show(pricing::read_prose(
        "For 200k pcs we can accept your price: KL-2835-W at USD 0.0080/pc. Other prices remain "
        "as quoted.",
        in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0] == "KL-2835-W|KL-2835-W|200000|pcs|USD|0.0080");
    CHECK(pricing::read_prose("Sorry, we cannot accept your price: KL-2835-W at USD 0.0078/pc.",
                              in("USD"))
              .empty());
}

// ------------------------------------------------------------------ "No. | Item"

TEST_CASE("table columns: a second row-number header over names names the goods",
          "[pricing][blind11]") {
    auto items = show(
        read({{"No.", "Item", "Size", "Grade", "Finish", "Unit", "Qty (pcs)", "Price USD/1000pcs"},
              {"1", "Hex bolt DIN933", "M8*30", "8.8", "Zinc", "PCS", "200,000", "28.50"},
              {"2", "Hex nut DIN934", "M8", "8", "Zinc", "PCS", "300,000", "6.20"},
              {"3", "Spring washer DIN127", "M8", "-", "Zinc", "PCS", "300,000", "2.60"}},
             in("USD")));
    REQUIRE(items.size() == 3);
    CHECK(items[0] == "Hex bolt DIN933|M8*30|200000|pcs|USD|0.0285");
    CHECK(items[2] == "Spring washer DIN127|M8|300000|pcs|USD|0.0026");
}

TEST_CASE("table columns: a second row-number header over numbers or codes names no goods",
          "[pricing][blind11]") {
    // "Item" numbers the rows again: the description names the goods.
    auto numbered = show(read({{"No.", "Item", "Description", "Qty", "Unit Price (USD)"},
                               {"1", "10", "Ball valve DN25", "100", "6.95"},
                               {"2", "20", "Gate valve DN50", "50", "18.60"}},
                              in("USD")));
    REQUIRE(numbered.size() == 2);
    CHECK(numbered[0] == "Ball valve DN25||100||USD|6.95");
    // "Item" over part numbers is the model (find_codes), not the name.
    auto coded = show(read({{"No.", "Item", "Description", "Qty", "Unit Price (USD)"},
                            {"1", "KD-BV-25", "Ball valve DN25", "100", "6.95"},
                            {"2", "KD-GV-50", "Gate valve DN50", "50", "18.60"}},
                           in("USD")));
    REQUIRE(coded.size() == 2);
    CHECK(coded[0] == "Ball valve DN25|KD-BV-25|100||USD|6.95");
}

// ------------------------------------------------------------------ freight included

TEST_CASE("prose: a price that includes the freight is a product's price", "[pricing][blind11]") {
    auto items =
        show(pricing::read_prose("3. 气泡袋 20×25cm 双层：86元/千个（含税含运费），5千个起订\n"
                                 "4. PE自封袋 8×12cm：0.058元/个，含运费\n"
                                 "5. Bubble bag 20x25cm: USD 0.012/pc incl. freight\n",
                                 in("CNY")));
    REQUIRE(items.size() == 3);
    CHECK(items[0] == "气泡袋 20×25cm 双层|20×25cm||个|CNY|0.086");
    CHECK(names(items, "|CNY|0.058"));
    CHECK(names(items, "|USD|0.012"));
}

TEST_CASE("prose: a freight charge is still no product's price", "[pricing][blind11]") {
    CHECK(pricing::read_prose("运费：江浙沪包邮，其他地区运费到付（大约8元/公斤）。", in("CNY"))
              .empty());
    CHECK(pricing::read_prose("Freight to Dubai: USD 85.00 per shipment", in("USD")).empty());
    CHECK(pricing::read_prose("运费另计：每箱15元", in("CNY")).empty());
}

// ------------------------------------------------------------------ "/1000pcs" after a price

TEST_CASE("prose: a price glued to a count of pieces is a price per that count",
          "[pricing][blind11]") {
    auto items = show(pricing::read_prose("M8*30 hex bolt DIN933: USD 27.80/1000pcs, 200,000 pcs\n"
                                          "HB-1040 hex bolt: USD 4.80/100pcs\n",
                                          in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|USD|0.0278"));
    CHECK(names(items, "|USD|0.048"));
}

TEST_CASE("prose: a number glued to a fraction or a neck size is no price", "[pricing][blind11]") {
    // "1/2" and "28/410" are sizes; only the prices with their currency count.
    auto items = show(pricing::read_prose("Ball valve 1/2\" brass: USD 4.85/pc\n"
                                          "PP cap 28/410 white: USD 0.021/pc\n",
                                          in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|USD|4.85"));
    CHECK(names(items, "|USD|0.021"));
}
