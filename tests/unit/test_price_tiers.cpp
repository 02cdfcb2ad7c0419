// Quantity-break columns (issue 16): a price table whose price columns are headed by
// quantities, in the header row itself or in a second header row under one "Unit price"
// group. Each cell is the product's price from that quantity on; the least quantity of the
// break is the item's quantity. Headers that only look like counts (a price per 100 pieces, a
// year, a pack size) are no breaks.
#include <catch2/catch.hpp>

#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/line_items.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::read;

// product|model|quantity|currency|price
std::vector<std::string> brief(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(i.product + "|" + i.model + "|" + i.quantity + "|" + i.currency + "|" +
                      i.unit_price);
    return out;
}

} // namespace

TEST_CASE("tiers: counted quantities in a second header row under a price group",
          "[pricing][tiers]") {
    // blind6 020: "Harga per pcs (Rp)" spans three columns headed 100 pcs / 500 pcs / 1.000 pcs.
    auto items = read({{"Kode", "Nama Barang", "Harga per pcs (Rp), belum PPN",
                        "Harga per pcs (Rp), belum PPN", "Harga per pcs (Rp), belum PPN"},
                       {"Kode", "Nama Barang", "100 pcs", "500 pcs", "1.000 pcs"},
                       {"SB-HB1040", "Baut hex M10x40 8.8 galvanis", "2.150", "1.950", "1.800"},
                       {"SB-HN10", "Mur hex M10 galvanis", "650", "590", "540"}});
    CHECK(brief(items) ==
          std::vector<std::string>{"Baut hex M10x40 8.8 galvanis|SB-HB1040|100|IDR|2150",
                                   "Baut hex M10x40 8.8 galvanis|SB-HB1040|500|IDR|1950",
                                   "Baut hex M10x40 8.8 galvanis|SB-HB1040|1000|IDR|1800",
                                   "Mur hex M10 galvanis|SB-HN10|100|IDR|650",
                                   "Mur hex M10 galvanis|SB-HN10|500|IDR|590",
                                   "Mur hex M10 galvanis|SB-HN10|1000|IDR|540"});
    // English, comma groups, the group header naming the currency.
    items = read({{"Part No.", "Description", "Unit price (USD)", "Unit price (USD)"},
                  {"", "", "1,000 pcs", "5,000 pcs"},
                  {"LF-HB0830", "Hex bolt M8x30 8.8 zinc", "0.0412", "0.0365"}});
    CHECK(brief(items) ==
          std::vector<std::string>{"Hex bolt M8x30 8.8 zinc|LF-HB0830|1000|USD|0.0412",
                                   "Hex bolt M8x30 8.8 zinc|LF-HB0830|5000|USD|0.0365"});
}

TEST_CASE("tiers: ranges, at-least marks, MOQ and thousands as break headers", "[pricing][tiers]") {
    auto items =
        read({{"Item", "Description", "Unit Price (EUR)", "Unit Price (EUR)", "Unit Price (EUR)"},
              {"", "", "1-99", "100-499", "500+"},
              {"GK-12", "Gasket kit DN50", "4,20", "3,90", "3,60"}});
    CHECK(brief(items) == std::vector<std::string>{"Gasket kit DN50|GK-12|1|EUR|4.20",
                                                   "Gasket kit DN50|GK-12|100|EUR|3.90",
                                                   "Gasket kit DN50|GK-12|500|EUR|3.60"});
    items = read({{"Model", "Description", "Price USD", "Price USD", "Price USD"},
                  {"", "", "MOQ 1000", "MOQ 5000", "MOQ 10000"},
                  {"CB-6", "Cable tie 200 mm", "0.021", "0.018", "0.016"}});
    CHECK(brief(items) == std::vector<std::string>{"Cable tie 200 mm|CB-6|1000|USD|0.021",
                                                   "Cable tie 200 mm|CB-6|5000|USD|0.018",
                                                   "Cable tie 200 mm|CB-6|10000|USD|0.016"});
    items = read({{"Model", "Description", "Unit price (USD)", "Unit price (USD)"},
                  {"", "", "1k", "≥5k"},
                  {"CB-6", "Cable tie 200 mm", "0.021", "0.018"}});
    CHECK(brief(items) == std::vector<std::string>{"Cable tie 200 mm|CB-6|1000|USD|0.021",
                                                   "Cable tie 200 mm|CB-6|5000|USD|0.018"});
    // In the header row itself.
    items =
        read({{"Model", "Description", "≥1000", "≥5000"}, {"CB-6", "Cable tie", "0.021", "0.018"}},
             test::in("USD"));
    CHECK(brief(items) == std::vector<std::string>{"Cable tie|CB-6|1000|USD|0.021",
                                                   "Cable tie|CB-6|5000|USD|0.018"});
    items = read({{"型号", "品名", "单价(元)", "单价(元)"},
                  {"", "", "100-499个", "500个以上"},
                  {"ZT-8", "扎带", "0.35", "0.30"}});
    CHECK(brief(items) ==
          std::vector<std::string>{"扎带|ZT-8|100|CNY|0.35", "扎带|ZT-8|500|CNY|0.30"});
}

TEST_CASE("tiers: counts that are no breaks", "[pricing][tiers]") {
    CHECK(break_quantity("1.000 pcs") == "1000");
    CHECK(break_quantity("100-499个") == "100");
    CHECK(break_quantity("≥5k") == "5000");
    // must not read: a price, a year, a pack size with words, a weight
    CHECK(break_quantity("2.150").empty());
    CHECK(break_quantity("2026").empty());
    CHECK(break_quantity("Box of 100 pcs").empty());
    CHECK(break_quantity("0.500 kg") != "500");
    // Counted quantities under a quantity header are the first data row, not breaks.
    auto counted = read({{"Model", "Description", "Qty", "Unit price (USD)"},
                         {"CB-6", "Cable tie 200 mm", "1,000 pcs", "0.021"},
                         {"CB-8", "Cable tie 300 mm", "500 pcs", "0.034"}});
    CHECK(brief(counted) == std::vector<std::string>{"Cable tie 200 mm|CB-6|1000|USD|0.021",
                                                     "Cable tie 300 mm|CB-8|500|USD|0.034"});
    // A price per 100 pieces is one price of a larger unit, not a break.
    CHECK(read_header("Price/100 pcs", "CNY").tier.empty());
    CHECK(read_header("Preis je 1000 Stk.", "CNY").tier.empty());
    // A year beside a price is a price list's date.
    CHECK(read_header("Price 2026", "CNY").tier.empty());
    // A second header row of years: two prices of one product over time, not breaks.
    auto items = read({{"Model", "Description", "Unit price (USD)", "Unit price (USD)"},
                       {"", "", "2025", "2026"},
                       {"CB-6", "Cable tie 200 mm", "0.021", "0.023"}});
    for (const PriceItem& item : items)
        CHECK(item.quantity != "2025");
    // A quantity column beside one price column is the quantity quoted, not a break.
    items = read({{"Model", "Description", "Qty", "Unit price (USD)"},
                  {"CB-6", "Cable tie 200 mm", "1,000 pcs", "0.021"}});
    CHECK(brief(items) == std::vector<std::string>{"Cable tie 200 mm|CB-6|1000|USD|0.021"});
}

TEST_CASE("at lines: quantity, code, name, '@ price each' and '= amount'", "[pricing][tiers]") {
    // blind6 028: US fastener trade, prices in cents or dollars after '@'.
    auto items = read_line_items(
        grid::text_tables(
            "  2,500 pcs  LF-SD-1034  #10 x 3/4\" self-drilling screw, zinc   @ 3.9¢ ea   = "
            "$97.50\n"
            "  1,000 ft   LF-TR-38    3/8\"-16 threaded rod, zinc              @ 38¢/ft    = "
            "$380.00\n"
            "    500 pcs  LF-WA-383   3/8\" x 3\" wedge anchor, zinc            @ $0.45 ea  = "
            "$225.00\n"
            "                                                     Total        $702.50\n")
            .front(),
        TableContext{});
    CHECK(test::show(items) ==
          std::vector<std::string>{
              "#10 x 3/4\" self-drilling screw, zinc|LF-SD-1034|2500|pcs|USD|0.039",
              "3/8\"-16 threaded rod, zinc|LF-TR-38|1000|ft|USD|0.38",
              "3/8\" x 3\" wedge anchor, zinc|LF-WA-383|500|pcs|USD|0.45"});
    // Without a quantity, and in another currency named on the line.
    items = read_line_items(grid::text_tables("Hex nut M10 zinc   @ EUR 0.12 each\n"
                                              "Washer M10 zinc    @ EUR 0.04 each\n")
                                .front(),
                            TableContext{});
    CHECK(test::show(items) == std::vector<std::string>{"Hex nut M10 zinc|||pcs|EUR|0.12",
                                                        "Washer M10 zinc|||pcs|EUR|0.04"});
    // must not read: an amount that is not quantity × price, an '@' that is no price
    items = read_line_items(
        grid::text_tables("  2,500 pcs  LF-SD-1034  Self-drilling screw   @ 3.9¢ ea   = $79.50\n"
                          "  Contact    Dave Kowalski                    @ lakeshore\n")
            .front(),
        TableContext{});
    CHECK(test::show(items) == std::vector<std::string>{});
}

TEST_CASE("cents: a price in cents is a hundredth of the dollar", "[pricing][tiers]") {
    auto money = read_money("3.9¢", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "0.039");
    CHECK(money->currency == "USD");
    money = read_money("38¢/ft", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "0.38");
    CHECK(money->unit == "ft");
    // must not read: cents with no number
    CHECK_FALSE(read_money("¢", Mark::dot, "CNY"));
}

TEST_CASE("prose: Russian words around a product's name are no part of it", "[pricing][tiers]") {
    // blind6 029: the name must be the bearing's, so that it is the same product as the
    // price list's "Подшипник роликовый сферический 22220 EK".
    auto items = read_prose("По Вашему запросу: цена на подшипник 22220 EK составит 17 900 руб. "
                            "за шт. без НДС (с НДС 21 480 руб.),\n",
                            TableContext{});
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "подшипник 22220 EK");
    CHECK(items[0].unit_price == "17900");
    CHECK(items[0].currency == "RUB");
    // must not read: "на" inside a word ("Насос") is part of the name
    items = read_prose(
        "По Вашему запросу: цена на насос 6312-2RS составит 12 400 руб. за шт. без НДС.\n",
        TableContext{});
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "насос 6312-2RS");
    CHECK(items[0].unit_price == "12400");
}

TEST_CASE("prose: a Russian small word is a word, not the end of another", "[pricing][tiers]") {
    auto items =
        read_prose("По Вашему запросу: цена на ремень B-2240 шина составит 12 400 руб. за шт.\n",
                   TableContext{});
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "ремень B-2240 шина");
}

TEST_CASE("tables: two price tables side by side are two tables", "[pricing][tiers]") {
    // blind6 025: an economy and a professional line on one PDF page, a gap column between.
    auto items = read(
        {{"Codigo", "Descripcion", "Precio", "", "Codigo", "Descripcion", "Precio"},
         {"HB-LC12", "Llave comb. 1/2\"", "$84.00", "", "HBP-LC12", "Llave comb. 1/2\" Pro",
          "$132.00"},
         {"HB-FX8", "Flexometro 8 m", "$125.50", "", "HBP-FX8", "Flexometro 8 m Pro", "$189.00"}},
        test::in("MXN"));
    CHECK(brief(items) == std::vector<std::string>{"Llave comb. 1/2\"|HB-LC12||MXN|84.00",
                                                   "Flexometro 8 m|HB-FX8||MXN|125.50",
                                                   "Llave comb. 1/2\" Pro|HBP-LC12||MXN|132.00",
                                                   "Flexometro 8 m Pro|HBP-FX8||MXN|189.00"});
    // must not read as two tables: a merged price header over FOB and CIF columns
    items = read({{"Model", "Description", "Unit Price", "Unit Price"},
                  {"", "", "FOB Ningbo", "CIF Hamburg"},
                  {"SV-100", "Ball valve", "USD 12.50", "USD 13.80"}});
    CHECK(items.size() == 2);
    // a bare "$" stays the US dollar where the document names no other dollar
    items = read({{"Codigo", "Descripcion", "Precio"}, {"HB-FX8", "Flexometro 8 m", "$125.50"}},
                 test::in("EUR"));
    CHECK(brief(items) == std::vector<std::string>{"Flexometro 8 m|HB-FX8||USD|125.50"});
}
