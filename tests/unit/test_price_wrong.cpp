// Prices written for a count of pieces (千只, 千个, per 1000pcs, 万只): read as the price of
// one piece, the quantity in pieces, with what the document wrote kept beside it (issue 16,
// bench/price_eval blind3/blind4). And what is no such count: 千克 is a kilogram, "M" a metre.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/as_written.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
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

std::vector<PriceItem> read(const std::vector<std::vector<std::string>>& rows) {
    return read_table(grid::make_table(rows), {});
}

TableContext in(std::string currency) {
    TableContext context;
    context.terms.currency = std::move(currency);
    return context;
}

std::string count_of(std::string_view text) {
    std::string unit;
    std::string count = count_unit(text, unit);
    return count.empty() ? "" : count + " " + unit;
}

} // namespace

TEST_CASE("units: a count of pieces, and what is none", "[pricing][per-count]") {
    CHECK(count_of("千只") == "1000 只");
    CHECK(count_of("千个") == "1000 个");
    CHECK(count_of("萬個") == "10000 個");
    CHECK(count_of("1000pcs") == "1000 pcs");
    CHECK(count_of("100 Stk.") == "100 pcs");
    CHECK(count_of("K pcs") == "1000 pcs");
    CHECK(count_of("千副") == "1000 pairs");
    // Must not read: weights and lengths, a metre, a single piece, a count of 2 or 500.
    CHECK(count_of("千克") == "");
    CHECK(count_of("千米") == "");
    CHECK(count_of("M") == "");
    CHECK(count_of("MT") == "");
    CHECK(count_of("Kg") == "");
    CHECK(count_of("pcs") == "");
    CHECK(count_of("500pcs") == "");
    CHECK(count_of("2 sets") == "");
    CHECK(count_of("100 m") == "");
    CHECK(multiply_by_power_of_ten("50", 3) == "50000");
    CHECK(multiply_by_power_of_ten("2.5", 3) == "2500");
    CHECK(multiply_by_power_of_ten("0.085", 3) == "85");
    CHECK(normalise_unit("副") == "pairs");
}

TEST_CASE("tables: a unit column counting thousands prices one piece", "[pricing][per-count]") {
    // A WPS 报价单: 千只 in the unit column; qty x price = amount holds in thousands.
    auto items = read({{"序号", "产品名称", "型号规格", "单位", "数量", "单价(元)", "金额(元)"},
                       {"1", "不锈钢合页", "HL-H4030", "只", "2000", "6.80", "13,600.00"},
                       {"2", "自攻螺丝", "HL-ST4.2×16", "千只", "50", "85.00", "4,250.00"},
                       {"3", "抽屉滑轨", "HL-S45-400", "副", "500", "18.60", "9,300.00"}});
    CHECK(show(items) == std::vector<std::string>{"不锈钢合页|HL-H4030|2000|只|CNY|6.80",
                                                  "自攻螺丝|HL-ST4.2×16|50000|只|CNY|0.085",
                                                  "抽屉滑轨|HL-S45-400|500|pairs|CNY|18.60"});
    REQUIRE(as_written(items[1]));
    CHECK(as_written(items[1])->price == "85.00");
    CHECK(as_written(items[1])->unit == "千只");
    CHECK_FALSE(as_written(items[0]));
    // The header says it (单价(元/千个)) and the unit column too: read once, not twice.
    items = read({{"品名", "型号", "单位", "数量", "单价(元/千个)", "金额(元)"},
                  {"PP瓶盖", "JM-C28 28/410", "千个", "100", "135.00", "13,500.00"},
                  {"乳液泵头", "JM-P28 28/400", "千个", "20", "1,150.00", "23,000.00"}});
    CHECK(show(items) == std::vector<std::string>{"PP瓶盖|JM-C28 28/410|100000|个|CNY|0.135",
                                                  "乳液泵头|JM-P28 28/400|20000|个|CNY|1.15"});
    // Must not read: a 千克 (kilogram) unit column is a weight, its price stays as written.
    items = read({{"品名", "规格", "单位", "数量", "单价(元)", "金额(元)"},
                  {"PE缠绕膜", "50cm×18μm", "千克", "200", "11.50", "2,300.00"}});
    CHECK(show(items) == std::vector<std::string>{"PE缠绕膜|50cm×18μm|200|千克|CNY|11.50"});
}

TEST_CASE("prose: prices per thousand pieces in Chinese and English", "[pricing][per-count]") {
    auto items = read_prose(
        "自攻螺丝现在的价格：ST4.2×16每千个90元，ST4.8×19每千个118元，含税含运。\n", in("CNY"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].unit_price == "0.09");
    CHECK((items[0].product + items[0].model).find("ST4.2×16") != std::string::npos);
    CHECK(items[0].product.find("每") == std::string::npos);
    CHECK(items[1].unit_price == "0.118");
    CHECK(items[1].unit == "个");
    REQUIRE(as_written(items[1]));
    CHECK(as_written(items[1])->price == "118");
    items = read_prose("Please find our best price as below, all in USD:\n\n"
                       "1) OH-FUSE-13A  BS1362 13A fuse for UK plug  -- 18.50 per 1000pcs\n",
                       in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "0.0185");
    CHECK(items[0].unit == "pcs");
    items = read_prose("PP瓶盖28/410单价85元/千只。\n", in("CNY"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "0.085");
    // Must not read: packing counts are no prices, a price per kilogram stays per kilogram.
    CHECK(read_prose("Our prices: packing 1000pcs/bag, 20 bags/ctn.\n", in("USD")).empty());
    items = read_prose("PE缠绕膜单价11.50元/千克。\n", in("CNY"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "11.50");
    CHECK_FALSE(as_written(items[0]));
}
