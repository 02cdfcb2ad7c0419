// Price reading on the layouts of a Chinese trading company's mail (bench/price_eval/blind4,
// issue 16): the rules fixed after blind4's blind run, each on varied inputs, with the inputs
// they must leave alone.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/layout.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// product|model|quantity|unit|currency|price
std::string show(const PriceItem& i) {
    return i.product + "|" + i.model + "|" + i.quantity + "|" + i.unit + "|" + i.currency + "|" +
           i.unit_price;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

std::vector<PriceItem> read(const std::vector<std::vector<std::string>>& rows,
                            TableContext context = {}) {
    return read_table(grid::make_table(rows), context);
}

TableContext in(std::string currency) {
    TableContext context;
    context.terms.currency = std::move(currency);
    return context;
}

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
