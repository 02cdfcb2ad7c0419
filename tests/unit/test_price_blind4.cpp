// Price reading on the layouts of a Chinese trading company's mail (bench/price_eval/blind4,
// issue 16): the rules fixed after blind4's blind run, each on varied inputs, with the inputs
// they must leave alone.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/layout.hpp"
#include "parsers/pricing/list_label.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::in;
using test::read;
using test::show;

std::vector<std::vector<std::string>> texts(const grid::Table& table) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const grid::Cell& cell : row)
            cells.push_back(cell.text);
        out.push_back(std::move(cells));
    }
    return out;
}

// The words of one line of a PDF: (text, x0, x1) at the line's height.
void line_at(std::vector<grid::Word>& words, double y,
             std::initializer_list<std::tuple<const char*, double, double>> cells) {
    for (const auto& [text, x0, x1] : cells)
        words.push_back(grid::Word{text, {x0, y, x1, y + 9}, 100});
}

} // namespace

TEST_CASE("tables: an MOQ column beside the quantity quoted is no quantity", "[pricing][blind4]") {
    // MOQ left of Qty: qty x price = amount holds with Qty only.
    auto items =
        read({{"Item No.", "Description", "Unit Price(USD)", "MOQ(pcs)", "Qty(pcs)", "Amount(USD)",
               "Packing"},
              {"RF-H4030", "Butt hinge 4\"", "0.98", "3000", "5000", "4,900.00", "100pcs/ctn"},
              {"RF-P128", "Pull handle 128mm", "1.75", "2000", "5000", "8,750.00", "200pcs/ctn"}});
    CHECK(show(items) == std::vector<std::string>{"Butt hinge 4\"|RF-H4030|5000|pcs|USD|0.98",
                                                  "Pull handle 128mm|RF-P128|5000|pcs|USD|1.75"});
    // Chinese: 起订量 before 数量.
    items = read({{"型号", "品名", "起订量", "数量", "单价(元)", "金额(元)"},
                  {"JM-C28", "瓶盖", "10000", "30000", "0.15", "4,500.00"},
                  {"JM-T24", "喷头", "5000", "8000", "0.42", "3,360.00"}});
    CHECK(show(items) ==
          std::vector<std::string>{"瓶盖|JM-C28|30000||CNY|0.15", "喷头|JM-T24|8000||CNY|0.42"});
    // An MOQ column alone stays what it was (no amount to judge by): prices still read.
    items = read({{"Item No.", "Description", "MOQ", "Price (USD)"},
                  {"OH-S86-1G", "1 gang switch", "3000", "0.58"}});
    CHECK(show(items) == std::vector<std::string>{"1 gang switch|OH-S86-1G|3000||USD|0.58"});
}

TEST_CASE("layout: wide reference lines above a table do not hide its columns", "[grid][blind4]") {
    std::vector<grid::Word> words;
    // A proforma invoice: three reference lines set in runs across the page, then the table.
    line_at(words, 100,
            {{"PI No.: RF-PI-2611", 45, 160},
             {"Date: 18 Nov 2026", 190, 280},
             {"Buyer's Ref.: PO BW-27-0041", 310, 450}});
    line_at(words, 113,
            {{"Buyer: Brightway Hardware Pty Ltd, 14 Export Drive, Dandenong", 45, 400}});
    line_at(words, 126,
            {{"Port of loading: Xiamen, China", 45, 180},
             {"Port of discharge: Melbourne", 205, 330},
             {"Terms: FOB Xiamen", 355, 440}});
    line_at(words, 146,
            {{"No.", 45, 60},
             {"Item No.", 75, 110},
             {"Description", 150, 200},
             {"Quantity", 344, 380},
             {"Unit Price (USD)", 410, 480},
             {"Amount (USD)", 500, 555}});
    line_at(words, 159,
            {{"1", 45, 50},
             {"RF-H4030", 75, 115},
             {"Butt Hinge 4\"x3\"", 150, 230},
             {"5,000 pcs", 338, 380},
             {"0.95", 462, 480},
             {"4,750.00", 520, 555}});
    line_at(words, 172,
            {{"2", 45, 50},
             {"RF-P128", 75, 110},
             {"Pull Handle 128mm", 150, 240},
             {"5,000 pcs", 338, 380},
             {"1.68", 462, 480},
             {"8,400.00", 520, 555}});
    line_at(words, 185, {{"TOTAL", 150, 180}, {"USD 13,150.00", 495, 555}});
    auto tables = grid::tables_from_lines(grid::lines_from_words(words), "page 1");
    REQUIRE(tables.size() == 1);
    auto rows = texts(tables[0]);
    REQUIRE(rows.size() == 7);
    CHECK(rows[3] == std::vector<std::string>{"No.", "Item No.", "Description", "Quantity",
                                              "Unit Price (USD)", "Amount (USD)"});
    CHECK(rows[4] == std::vector<std::string>{"1", "RF-H4030", "Butt Hinge 4\"x3\"", "5,000 pcs",
                                              "0.95", "4,750.00"});
    auto items = read_table(tables[0], in("USD"));
    CHECK(show(items) == std::vector<std::string>{"Butt Hinge 4\"x3\"|RF-H4030|5000|pcs|USD|0.95",
                                                  "Pull Handle 128mm|RF-P128|5000|pcs|USD|1.68"});
}

TEST_CASE("layout: a table whose lines agree keeps its strict columns", "[grid][blind4]") {
    // Two lines of three cells and one of two: no wide line, nothing to second-guess.
    std::vector<grid::Word> words;
    line_at(words, 100, {{"Item", 50, 70}, {"Qty", 300, 316}, {"Price", 400, 425}});
    line_at(words, 118, {{"Valve DN50 flanged, cast steel body", 50, 290}, {"38.50", 430, 455}});
    line_at(words, 136, {{"Pump", 50, 75}, {"50", 330, 340}, {"86.00", 430, 455}});
    auto tables = grid::tables_from_lines(grid::lines_from_words(words), "page 1");
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].width() == 3);
}

TEST_CASE("list labels: how sales mail enumerates items, and what is no label",
          "[pricing][blind4]") {
    using detail::list_label;
    CHECK(list_label("1. 不锈钢球阀 DN25") == 3);
    CHECK(list_label("12) OH-EXT-4W3") == 4);
    CHECK(list_label("  3、铸钢闸阀") == 6);
    CHECK(list_label("(2) Gate valve") == 4);
    CHECK(list_label("（2）闸阀") == std::string_view("（2）").size());
    CHECK(list_label("一、線性滑軌") == std::string_view("一、").size());
    CHECK(list_label("十二、滑塊") == std::string_view("十二、").size());
    CHECK(list_label("① 球阀") == std::string_view("① ").size());
    CHECK(list_label("Item 1: Stainless steel ball valve") == 8);
    CHECK(list_label("item 12 - Gate valve") == 10);
    CHECK(list_label("No. 3 Hinge") == 6);
    CHECK(list_label("#4 Handle") == 3);
    CHECK(list_label("- RF-P128 handle") == 2);
    CHECK(list_label("a) hinge") == 3);
    // Numbers, models, dates and times are no labels.
    CHECK(list_label("1.5 m hose") == 0);
    CHECK(list_label("DN25 ball valve") == 0);
    CHECK(list_label("2026年10月1日") == 0);
    CHECK(list_label("12:30 call") == 0);
    CHECK(list_label("10A 250V switch") == 0);
    CHECK(list_label("Items: see below") == 0);
    CHECK(list_label("") == 0);
}

TEST_CASE("prose: list entries name the whole entry, their labels taken off", "[pricing][blind4]") {
    auto items =
        read_prose("Dear Imran,\n\nPlease find our offer below:\n\n"
                   "Item 1: Stainless steel ball valve 1\" (DN25), Q11F-16P, full bore, CF8M - "
                   "USD 7.20/pc, 1000 pcs\n"
                   "Item 2: Cast steel gate valve DN80 PN16, Z41H-16C, flanged - USD 118.00/set\n",
                   {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].model.starts_with("Q11F-16P"));
    CHECK(items[0].product.starts_with("Stainless steel ball valve"));
    CHECK(items[0].unit_price == "7.20");
    CHECK(items[1].model.starts_with("Z41H-16C"));
    CHECK(items[1].unit == "sets");
    // Chinese numerals and numbered WeChat lines: the label is no part of the name.
    items = read_prose(
        "依貴司要求改以美金報價，明細如下：\n一、線性滑軌 DS-LG15-400，單價 US$58.50／支\n"
        "二、滑塊 DS-LB15，單價 US$22.80∕個\n",
        {});
    CHECK(show(items) == std::vector<std::string>{"線性滑軌 DS-LG15-400|DS-LG15-400||支|USD|58.50",
                                                  "滑塊 DS-LB15|DS-LB15||個|USD|22.80"});
    // Unlabelled sentences keep the clause before the price.
    items = read_prose(
        "Thanks for asking about SV-100. For the new valve XY-200 our price is USD 20.00/pc.", {});
    REQUIRE(items.size() == 1);
    CHECK(items[0].model.starts_with("XY-200"));
}

TEST_CASE("prose: a bare number with its unit after a slash is a price in the stated currency",
          "[pricing][blind4]") {
    // Currency stated once above, list entries set out with wide gaps.
    auto items = read_prose(
        "Please find our best price as below, all in USD, FOB Ningbo:\n\n"
        "1) OH-EXT-4W3  4-Way Extension Lead 3m, with child shutter  -- 3.80/pc\n"
        "2) OH-EXT-6W3  6-Way Extension Lead 3m, Surge  -- 6.15 / pc\n\n"
        "Packing: 20pcs/ctn, carton size 52x38x30cm, G.W. 14kg.\nMOQ 500pcs per model.\n",
        in("USD"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].model.starts_with("OH-EXT-4W3"));
    CHECK(items[0].unit_price == "3.80");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit_price == "6.15");
    // Among prices with their currency, one written "45.50/pc" takes the document's.
    items = read_prose("截止阀、止回阀价格如下：\nJ41W-16P DN50 不锈钢截止阀  RMB128.00/个\n"
                       "H14W-16P DN25 不锈钢止回阀  45.50/pc\n",
                       in("CNY"));
    REQUIRE(items.size() == 2);
    CHECK(items[1].model.starts_with("H14W-16P"));
    CHECK(items[1].unit_price == "45.50");
    // Not prices: packing ratios, sizes, dates, ratios of numbers; nor without a currency.
    CHECK(read_prose("Our prices: packing 20pcs/ctn, 1pc/box, size 3/4\", shipped 2026/11/18.",
                     in("USD"))
              .empty());
    CHECK(read_prose("Price list:\nOH-EXT-4W3 -- 3.80/pc\n", {}).empty());
}

TEST_CASE("prose: a table row with wide gaps is still no sentence", "[pricing][blind4]") {
    // Aligned rows without a list label stay for the table reader: prose reads none of them.
    auto items = read_prose("Price list (USD):\nOH-S86-1G   1 Gang Switch   200   3,000   0.58/pc\n"
                            "OH-S86-2G   2 Gang Switch   200   3,000   0.72/pc\n",
                            in("USD"));
    CHECK(items.empty());
}

TEST_CASE("prose: a second price after an incoterm clause is the same product's",
          "[pricing][blind4]") {
    auto items =
        read_prose("Natural Rubber SVR 10: 1,712.00 USD/MT FOB Ho Chi Minh, 1,770.00 USD/MT "
                   "CIF Hong Kong.\n",
                   {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].product == "Natural Rubber SVR 10");
    CHECK(items[1].product == "Natural Rubber SVR 10");
    CHECK(items[1].unit_price == "1770.00");
    // Chinese: 宁波港 FOB then CIF.
    items = read_prose("PP瓶盖 JM-C28 单价 USD 0.021/个 FOB Ningbo，USD 0.024/个 CIF Busan\n", {});
    REQUIRE(items.size() == 2);
    CHECK(items[1].model.starts_with("JM-C28"));
    // A product that is named after the first price's terms keeps its own name.
    items = read_prose("Valve A: USD 12.00/pc FOB Ningbo, Valve B: USD 14.00/pc FOB Ningbo\n", {});
    REQUIRE(items.size() == 2);
    CHECK(items[1].product == "Valve B");
}

TEST_CASE("prose: a seller's concession words are no part of the product", "[pricing][blind4]") {
    auto items =
        read_prose("陈总：\n J41W-16P DN50截止阀最低可以做到120元/个，这已经是成本价了。\n", {});
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "J41W-16P DN50截止阀");
    CHECK(items[0].unit_price == "120");
    items = read_prose("合页可以做到7.90元/只，门把手最低15.00元/个\n", {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].product == "合页");
    CHECK(items[1].product == "门把手");
    items = read_prose("Mark, for the RF-P128 handle we can do USD 1.68/pc.\n", {});
    REQUIRE(items.size() == 1);
    CHECK(items[0].product.find("can do") == std::string::npos);
    CHECK(items[0].model.starts_with("RF-P128"));
}
