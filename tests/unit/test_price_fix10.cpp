// Price reading by category, after blind9 (bench/price_eval, issue 16): charges and services
// written beside products, alternatives labelled "Option A:". Each rule with inputs it must
// leave alone.
#include <catch2/catch.hpp>

#include "parsers/pricing/charges.hpp"
#include "parsers/pricing/judge.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/list_label.hpp"
#include "parsers/pricing/prose.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;
using mailclerk::test::in;
using mailclerk::test::read;
using mailclerk::test::show;

TEST_CASE("charges: what a price is charged per", "[pricing][fix10]") {
    CHECK(charged_per(" per container"));
    CHECK(charged_per(" per 20' container, subject to space"));
    CHECK(charged_per("/day are on buyer's account"));
    CHECK(charged_per(" per bottle design (one-off)"));
    CHECK(charged_per(" per w/m, min. 1 w/m"));
    CHECK(charged_per(" a day"));
    CHECK(charged_per("/天"));
    CHECK(charged_per("每柜"));
    // must not match: units of goods, terms, a delivery time after the price.
    CHECK_FALSE(charged_per("/pc FOB Ningbo"));
    CHECK_FALSE(charged_per(" per set, delivery 30 days"));
    CHECK_FALSE(charged_per(" per pc day"));
    CHECK_FALSE(charged_per(", 35 days after deposit"));
    CHECK_FALSE(charged_per(" per 1000 pcs"));
    CHECK_FALSE(charged_per("/只"));
    CHECK_FALSE(charged_per(""));
}

TEST_CASE("charges: one-off marks, not products named one-time", "[pricing][fix10]") {
    CHECK(marks_one_off("Bottle mould 1.5L, 4 cavities (one-off)"));
    CHECK(marks_one_off("Mould cost is one-off, 50% with order"));
    CHECK(marks_one_off("one-time charge for the artwork"));
    CHECK(marks_one_off("模具费一次性收取"));
    CHECK(marks_one_off("模具费（一次性）"));
    CHECK(marks_one_off("Werkzeugkosten einmalig"));
    // must not match: products whose names say one-time or disposable.
    CHECK_FALSE(marks_one_off("One-time use nitrile gloves"));
    CHECK_FALSE(marks_one_off("一次性手套"));
    CHECK_FALSE(marks_one_off("一次性餐具 PP"));
    CHECK_FALSE(marks_one_off("Bottle mould 1.5L, 4 cavities"));
    CHECK_FALSE(marks_one_off("someone-offset printing"));
}

TEST_CASE("charges: a surcharge, a service, a difference", "[pricing][fix10]") {
    std::string_view runner = "hot runner +USD 1,100.00";
    CHECK(surcharge_at(runner, runner.find("USD")));
    std::string_view option = "with PLC + EUR 450.00";
    CHECK(surcharge_at(option, option.find("EUR")));
    std::string_view sum = "2+1 USD 5.00";
    CHECK_FALSE(surcharge_at(sum, sum.find("USD")));
    std::string_view plain = "Ball valve DN50 USD 12.00";
    CHECK_FALSE(surcharge_at(plain, plain.find("USD")));

    CHECK(names_a_service("Destination: THC"));
    CHECK(names_a_service("customs clearance"));
    CHECK(names_a_service("LCL Ningbo - Tallinn"));
    CHECK(names_a_service("delivery Muuga - Tallinn"));
    CHECK(names_a_service("20'GP"));
    CHECK(names_a_service("1 x 40'HQ"));
    CHECK(names_a_service("40HC"));
    // must not match: products, and sizes that are no containers.
    CHECK_FALSE(names_a_service("Ball valve DN50"));
    CHECK_FALSE(names_a_service("Steel pipe 20' length, galvanised"));
    CHECK_FALSE(names_a_service("Clearance stock: LED panel 60x60"));
    CHECK_FALSE(names_a_service("HDPE pipe PE100 SDR11 DN110 for the customs yard drainage"));
    CHECK_FALSE(names_a_service("M20"));
    CHECK_FALSE(names_a_service("Delivery van model DV-200"));

    CHECK(price_difference("PE自封袋每千只82元，比上次便宜", "，请确认"));
    CHECK(price_difference("The new grade is cheaper by", " per kg"));
    CHECK(price_difference("Der Artikel ist jetzt", " günstiger"));
    // must not match: a price after a word that only resembles one, or with no difference.
    CHECK_FALSE(price_difference("Ball valve DN50 unit price", "/pc"));
    CHECK_FALSE(price_difference("Cheaper model SV-100:", "/pc")); // the word opens the name
    CHECK_FALSE(price_difference("每千只", "（不含税）"));
}

TEST_CASE("charges: a forwarder's rates and a machine offer's extras give no items",
          "[pricing][fix10]") {
    auto items = read_prose("Ocean freight FCL Ningbo - Muuga (Tallinn):\n"
                            "  20'GP   USD 1,650.00 per container\n"
                            "Destination: THC EUR 185.00, delivery Muuga - Tallinn EUR 240.00, "
                            "customs clearance EUR 65.00\n"
                            "LCL Ningbo - Tallinn: USD 48.00 per w/m, min. 1 w/m\n",
                            in("USD"));
    CHECK(show(items).empty());
    items = read_prose("Bottle mould: USD 1,800.00 per bottle design (one-off, 2 cavities) / USD "
                       "3,200.00 (4 cavities)\n"
                       "Installation: our engineer's air tickets, hotel and USD 100/day are on "
                       "buyer's account.\n"
                       "Mould cost: USD 4,200.00 (1x4 cavities, P20 steel, hot runner +USD "
                       "1,100.00)\n",
                       in("USD"));
    CHECK(show(items).empty());
    items =
        read_prose("PE自封袋（JC-PB2030 20×30cm）每千只82元（不含税），比上次便宜4元。", in("CNY"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "0.082");
    items = read_prose("This is a friendly reminder that your quotation S00468 amounting in $ "
                       "6,480.00 will expire on 04/01/2026.",
                       in("USD"));
    CHECK(show(items).empty());
    // must not change: product prices beside the same words.
    items = read_prose("Nitrile gloves, one-time use, USD 3.20/box\n"
                       "Delivery van model DV-200: USD 18,500.00/set\n"
                       "Timber deck board 20': USD 12.40/pc\n",
                       in("USD"));
    REQUIRE(items.size() == 3);
    CHECK(items[0].unit_price == "3.20");
    CHECK(items[1].unit_price == "18500.00");
    CHECK(items[2].unit_price == "12.40");
}

TEST_CASE("charges: a one-off row of a table is no item, a mould maker's mould is",
          "[pricing][fix10]") {
    auto items = read(
        {{"No.", "Description", "Model", "Qty", "Unit Price (USD)", "Amount (USD)"},
         {"1", "Full-automatic PET blow moulding machine", "HX-FA4", "1", "37,900.00", "37,900.00"},
         {"2", "Bottle mould 1.5L, 4 cavities (one-off)", "M-150-4", "1", "3,200.00", "3,200.00"},
         {"3", "Customs clearance", "", "1", "65.00", "65.00"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "HX-FA4");
    items =
        read({{"Item", "Description", "Qty", "Unit Price (USD)", "Amount (USD)"},
              {"1", "Injection mould for 28/410 cap, 1x16 cavities", "1", "5,600.00", "5,600.00"},
              {"2", "Bottle mould 1.5L, 4 cavities", "2", "3,200.00", "6,400.00"}});
    CHECK(items.size() == 2);
}

TEST_CASE("options: 'Option A:' labels an entry whose price is on the line below",
          "[pricing][fix10]") {
    using detail::list_label;
    CHECK(list_label("Option A: Semi-automatic machine") == 10);
    CHECK(list_label("Variante 2 - Edelstahl") == 13);
    CHECK(list_label("方案一：全自动") > 0);
    // must not match: words that begin with the label word, a sentence about options.
    CHECK(list_label("Optional products: none") == 0);
    CHECK(list_label("Option to extend the warranty") == 0);
    CHECK(list_label("Options are listed below:") == 0);
    auto items = read_prose(
        "Option A: Semi-automatic blow moulding machine HX-SA2, 2 cavities, output 1,200-1,500 "
        "bph\n"
        "  Price: USD 12,500.00/set FOB Shanghai\n"
        "\n"
        "Option B: Full-automatic blow moulding machine HX-FA4, 4 cavities, servo stretching\n"
        "  Price: USD 38,600.00/set FOB Shanghai\n",
        in("USD"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].model == "HX-SA2");
    CHECK(items[0].unit_price == "12500.00");
    CHECK(items[1].model == "HX-FA4");
}

TEST_CASE("category column: the name from the description, a charge from the category",
          "[pricing][fix10]") {
    auto items =
        read({{"#", "PRODUCT/SERVICE", "DESCRIPTION", "QTY", "RATE", "AMOUNT"},
              {"", "End Mills", "Carbide end mill 10mm 4FL AlTiN", "40", "42.50", "1,700.00"},
              {"", "Drills", "Carbide drill 8.5mm 5xD internal coolant", "30", "61.00", "1,830.00"},
              {"", "Shipping", "UPS Worldwide Saver", "1", "185.00", "185.00"}},
             in("USD"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].product == "Carbide end mill 10mm 4FL AlTiN");
    CHECK(items[1].unit_price == "61.00");
    // must not change: a product column that is no category keeps naming the product, and a
    // category column alone is the only name there is.
    items = read({{"Product", "Description", "Qty", "Unit price", "Amount"},
                  {"Ball valve", "DN50 PN16 full bore", "10", "12.00", "120.00"}},
                 in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].product.starts_with("Ball valve"));
    items = read({{"PRODUCT/SERVICE", "QTY", "RATE", "AMOUNT"},
                  {"Carbide end mill 10mm", "40", "42.50", "1,700.00"}},
                 in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].product == "Carbide end mill 10mm");
}

TEST_CASE("discount revisions in prose: the net price stated is the new price",
          "[pricing][fix10]") {
    auto items = read_prose("Pos. 10  100-6205-2RS  Rillenkugellager 6205-2RS C3: Rabatt 18 % "
                            "statt 12 %, netto 3,98 EUR/ST\n",
                            in("EUR"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "100-6205-2RS");
    CHECK(items[0].unit_price == "3.98");
    items =
        read_prose("您好！关于SQ2026-0118，老板同意LS-128拉手的折扣调整为15%，实际含税单价3.91元/"
                   "只；LS-160还是按原报价。",
                   in("CNY"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "LS-128");
    CHECK(items[0].unit_price == "3.91");
    // must not match: money that is the discount, or a list price a discount applies to.
    CHECK(show(read_prose("We give a discount of EUR 0,50/pc on the ball valves.", in("EUR")))
              .empty());
    CHECK(show(read_prose("Rabatt 18 % auf den Listenpreis von 4,85 EUR/ST", in("EUR"))).empty());
    CHECK(show(read_prose("折扣15%，优惠金额300元。", in("CNY"))).empty());
    CHECK(show(read_prose("Discount: USD 120.00 net", in("USD"))).empty());
}

TEST_CASE("judge: an amount computed from the exact price behind a rounded one",
          "[pricing][fix10]") {
    // 1.935 shown as 1.94: 500 × 1.935 = 967.50.
    auto checks = judge({{"500", "1.94", "967.50"}, {"200", "3.43", "686.00"}});
    CHECK(checks[0] == Check::pass);
    CHECK(checks[1] == Check::pass);
    // must not pass: beyond half a unit of the price per piece, a whole price, exact-only mode.
    CHECK(judge({{"500", "1.94", "960.00"}})[0] == Check::fail);
    CHECK(judge({{"500", "1.94", "972.51"}})[0] == Check::fail);
    CHECK(judge({{"7", "1.13", "7.93"}})[0] == Check::fail); // no exact price behind it
    CHECK(judge({{"1000", "12", "12345"}})[0] == Check::fail);
    CHECK(judge({{"500", "1.94", "967.50"}}, false)[0] == Check::fail);
}

TEST_CASE("matrix: sizes by materials, the goods and terms from the sentence above",
          "[pricing][fix10]") {
    CHECK(goods_of_prices("As requested, price for our 2PC ball valve, full bore, PN40. FOB "
                          "Wenzhou, USD per piece:") == "2PC ball valve");
    CHECK(goods_of_prices("Thank you for your inquiry.\nBest regards") == "");
    TableContext context = in("USD");
    context.unit = "pcs";
    auto table = grid::make_table({{"Size", "Brass", "SS304", "SS316"},
                                   {"DN15 (1/2\")", "2.85", "4.20", "5.10"},
                                   {"DN20 (3/4\")", "3.90", "5.75", "6.95"}});
    auto items = read_matrix(table, context, "2PC ball valve");
    REQUIRE(items.size() == 6);
    CHECK(items[0].product == "2PC ball valve Brass");
    CHECK(items[0].unit_price == "2.85");
    CHECK(items[0].unit == "pcs");
    CHECK(items[5].product == "2PC ball valve SS316");
    CHECK(items[5].unit_price == "6.95");
    CHECK(items[0].product_key != items[1].product_key); // one size, two materials
    // must not match: a dimension table (whole numbers, one-letter titles), no currency, a
    // row without a label, a text cell among the prices.
    CHECK(read_matrix(grid::make_table({{"Size", "L", "H", "D"},
                                        {"DN15", "65", "48", "90"},
                                        {"DN20", "70", "52", "95"}}),
                      context, "")
              .empty());
    CHECK(read_matrix(
              grid::make_table(
                  {{"Size", "Length mm", "Height mm"}, {"DN15", "65", "48"}, {"DN20", "70", "52"}}),
              context, "")
              .empty());
    CHECK(read_matrix(table, TableContext{}, "2PC ball valve").empty());
    CHECK(read_matrix(
              grid::make_table(
                  {{"Size", "Brass", "SS304"}, {"", "2.85", "4.20"}, {"DN20", "3.90", "5.75"}}),
              context, "")
              .empty());
    CHECK(read_matrix(grid::make_table({{"Size", "Brass", "SS304"},
                                        {"DN15", "2.85", "on request"},
                                        {"DN20", "3.90", "5.75"}}),
                      context, "")
              .empty());
}
