// Prices written for a count of pieces (千只, 千个, per 1000pcs, 万只): read as the price of
// one piece, the quantity in pieces, with what the document wrote kept beside it (issue 16,
// bench/price_eval blind3/blind4). And what is no such count: 千克 is a kilogram, "M" a metre.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/as_written.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/product_groups.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::in;
using test::read;
using test::row;
using test::same;
using test::show;

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

TEST_CASE("units: a count of pieces written with a thousands separator",
          "[pricing][per-count][blind14]") {
    CHECK(count_of("1,000pcs") == "1000 pcs");
    CHECK(count_of("1,000 pcs") == "1000 pcs");
    CHECK(count_of("10.000 Stk.") == "10000 pcs");
    CHECK(count_of("1 000 pcs") == "1000 pcs");
    CHECK(count_of("10'000 pcs") == "10000 pcs");
    // must not read: no power of ten, a decimal, a weight, a broken group.
    CHECK(count_of("2,000 pcs") == "");
    CHECK(count_of("1,500 pcs") == "");
    CHECK(count_of("1.5 pcs") == "");
    CHECK(count_of("1,000 kg") == "");
    CHECK(count_of("1,0000 pcs") == "");
    CHECK(count_of("1,00 pcs") == "");
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

TEST_CASE("product identity: one part number with a spec column or a size from the name",
          "[prices][identity][per-count]") {
    // A price list's spec column, a later mail's size out of the name, a notice's bare part.
    std::vector<PriceItem> list = {
        row("4-Way Extension Lead 3m", "OH-EXT-4W3", "H05VV-F 3G1.0"),
        row("OH-EXT-4W3 4-Way Extension Lead 3m, with child shutter", "OH-EXT-4W3", "3m"),
        row("4-Way Extension Lead 3m", "OH-EXT-4W3"),
        row("UK Plug 13A Fused", "OH-PLG-UK", "BS1363/A"),
        row("UK Plug 13A Fused", "OH-PLG-UK"),
        row("4-Way Extension Lead 5m", "OH-EXT-4W5", "5m")};
    CHECK(same(list, 0, 1));
    CHECK(same(list, 1, 2));
    CHECK(same(list, 3, 4));
    CHECK_FALSE(same(list, 1, 5));
    // Must not join: one series in two sizes, two parts of one material, a series beside both.
    list = {row("球阀", "Q41F-16C", "DN25"),        row("球阀", "Q41F-16C", "DN50"),
            row("球阀", "Q41F-16C", "WCB"),         row("不锈钢合页", "HL-H4030", "SUS304"),
            row("不锈钢门吸", "HL-D210", "SUS304"), row("焊管", "Φ219×6", "Q235B"),
            row("焊管", "Φ273×8", "Q235B")};
    CHECK_FALSE(same(list, 0, 1));
    CHECK_FALSE(same(list, 2, 0));
    CHECK_FALSE(same(list, 2, 1));
    CHECK_FALSE(same(list, 3, 4));
    CHECK_FALSE(same(list, 5, 6));
}

TEST_CASE("product identity: a maker's prefix and a size inside the name",
          "[prices][identity][per-count]") {
    // "ST4.2×16" in prose is the maker's HL-ST4.2×16; ST4.8×19 is another screw.
    std::vector<PriceItem> list = {row("自攻螺丝", "HL-ST4.2×16"), row("ST4.2×16", ""),
                                   row("ST4.8×19", "")};
    CHECK(same(list, 0, 1));
    CHECK_FALSE(same(list, 0, 2));
    // A revision naming the product with its neck size glued on ("PE喷头24/410") is the
    // product of that name and size, not the cap of the same size.
    list = {row("PE喷头", "JM-T24 24/410"), row("PP瓶盖", "JM-C24 24/410"),
            row("PE喷头24/410", "24/410"), row("PP瓶盖28/410", "28/410"),
            row("PP瓶盖", "JM-C28 28/410")};
    CHECK(same(list, 0, 2));
    CHECK_FALSE(same(list, 1, 2));
    CHECK(same(list, 3, 4));
    CHECK_FALSE(same(list, 1, 3));
}

TEST_CASE("tables: part numbers under an Item header beside No. and Description",
          "[pricing][identity][per-count]") {
    auto items = read({{"No.", "Item", "Description", "Unit", "Currency", "FOB Busan"},
                       {"1", "HH-12", "Hydraulic hose 1/2\" 2-wire", "M", "USD", "3.65"},
                       {"2", "HF-12", "Hose fitting 1/2\" JIC female", "EA", "USD", "2.45"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Hydraulic hose 1/2\" 2-wire|HH-12||m|USD|3.65",
                                   "Hose fitting 1/2\" JIC female|HF-12||pcs|USD|2.45"});
    // Must not read: row numbers under "Item" are no part numbers.
    items = read({{"Item", "Description", "Unit", "Unit Price (USD)"},
                  {"1", "Hydraulic hose 1/2\" 2-wire", "M", "3.65"},
                  {"2", "Hose fitting 1/2\" JIC female", "EA", "2.45"}});
    CHECK(show(items) == std::vector<std::string>{"Hydraulic hose 1/2\" 2-wire|||m|USD|3.65",
                                                  "Hose fitting 1/2\" JIC female|||pcs|USD|2.45"});
}

TEST_CASE("product identity: a later row by a shorter name, or the name with its sizes",
          "[prices][identity][per-count]") {
    // "合页可以做到7.90元/只" after a quote for 不锈钢合页 RF-H4030: the one hinge.
    std::vector<PriceItem> list = {row("不锈钢合页", "RF-H4030", "4寸"), row("门把手", "RF-P128"),
                                   row("合页", ""), row("门把手", "")};
    CHECK(same(list, 0, 2));
    CHECK(same(list, 1, 3));
    CHECK_FALSE(same(list, 0, 3));
    // Must not join: a name two products of the customer hold, a name no product holds.
    list = {row("球阀", "Q41F-16C", "DN25"), row("球阀", "Q41F-16C", "DN50"), row("球阀", ""),
            row("闸阀", "")};
    CHECK_FALSE(same(list, 2, 0));
    CHECK_FALSE(same(list, 2, 1));
    CHECK_FALSE(same(list, 3, 0));
    // A name with sizes only is the part-numbered product of that name and those sizes.
    list = {row("NBR Rubber Sheet", "", "3mm x 1.2m x 10m"),
            row("NBR Rubber Sheet 3mm x 1.2m x 10m", "TP-NBR3"),
            row("NBR Rubber Sheet 5mm x 1.2m x 10m", "TP-NBR5")};
    CHECK(same(list, 0, 1));
    CHECK_FALSE(same(list, 0, 2));
}

TEST_CASE("prose: full-width digits in a price line", "[pricing][per-count]") {
    auto items = read_prose("价格调整如下：\n１．LED驱动电源 HD-LD350：RMB １０．９０元/件\n"
                            "２．开关电源 HD-SP24V5A：RMB 55.50元/台\n",
                            in("CNY"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].unit_price == "10.90");
    CHECK(items[0].model.find("HD-LD350") != std::string::npos);
    CHECK(items[1].unit_price == "55.50");
    // Must not read: a full-width comma between clauses is no thousands mark.
    items = read_prose("单价：HD-LD350 12元/件，２０００件起订。\n", in("CNY"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "12");
}

TEST_CASE("product identity: a numbered line with the size inside the name",
          "[prices][identity][per-count]") {
    std::vector<PriceItem> list = {row("膨胀螺栓", "M10×100 Q235"), row("膨胀螺栓", "M12×120 Q235"),
                                   row("4、膨胀螺栓 M12×120 镀锌", ""),
                                   row("1、六角螺栓 M12×120 8.8级", "")};
    CHECK(same(list, 1, 2));
    // Must not join: another size of the product, another product of the size.
    CHECK_FALSE(same(list, 0, 2));
    CHECK_FALSE(same(list, 3, 1));
}
