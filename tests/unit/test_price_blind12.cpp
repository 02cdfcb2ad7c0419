// What blind12 (bench/price_eval/blind12) showed the readers lacked, wrong current prices first,
// one rule per category, each with text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/document.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/prose.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::read;
using mailclerk::test::show;

namespace {

// A mail carrying its quote as two files (the same table as XLSX and as PDF).
parsers::Message mail_with_files(size_t files) {
    parsers::Message mail =
        test::supplier_mail("sarah@kelvincontrols.co.uk", "Quotation KQ-7731", "See attached.");
    for (size_t i = 0; i < files; ++i) {
        parsers::Attachment a;
        a.filename = "KQ-7731." + std::string(i == 0 ? "xlsx" : "pdf");
        a.kind = parsers::DocKind::quote;
        mail.attachments.push_back(a);
    }
    return mail;
}

parsers::Document sheet(const std::vector<std::vector<std::string>>& rows) {
    parsers::Document document;
    document.format = parsers::DocFormat::xlsx;
    document.tables = {grid::make_table(rows)};
    return document;
}

} // namespace

// ------------------------------------------------------------------ a dollar written out

TEST_CASE("money: \"$\" is the dollar a text names in words", "[pricing][blind12]") {
    const std::string po = "Ball valve 15mm brass  500  ea  $6.70  $3,350.00\n"
                           "All amounts in Australian dollars. Quote PO number on all invoices.";
    CHECK(pricing::find_currency(po) == "AUD");
    CHECK(pricing::find_currency("Prices in Canadian Dollars: hinge $4.80 pr") == "CAD");
    CHECK(pricing::find_currency("Total 1,200.00 dollars (New Zealand dollars)") == "NZD");
    // must not change: "$" alone, the US dollar named, a dollar only in a word's place.
    CHECK(pricing::find_currency("Ball valve 15mm brass $6.70") == "USD");
    CHECK(pricing::find_currency(
              "$6.70 each, prices in US dollars (about 10.30 Australian dollars)") == "USD");
    CHECK(pricing::find_currency("$6.70 each, USD; Australian dollars on request") == "USD");
    CHECK(pricing::find_currency("Australian made. Price $6.70 each") == "USD");
    CHECK(pricing::find_currency("12.50 dollars per set") == "USD");
}

TEST_CASE("money: a PO's \"$\" cells under a footer naming Australian dollars are AUD",
          "[pricing][blind12]") {
    pricing::TableContext context;
    context.terms.currency = pricing::find_currency("All amounts in Australian dollars.");
    auto items =
        show(read({{"Item", "Description", "Qty", "Unit", "Price", "Total"},
                   {"JH-BV-015", "Ball valve 15mm brass", "500", "ea", "$6.70", "$3,350.00"},
                   {"DY-HG-100", "Butt hinge SS 100x75", "1,000", "pr", "$4.80", "$4,800.00"}},
                  context));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "Ball valve 15mm brass|JH-BV-015|500|pcs|AUD|6.70");
    CHECK(items[1].ends_with("|AUD|4.80"));
}

// ------------------------------------------------------------------ the verb of a change

TEST_CASE("prose: the verb of a lowered price is no part of the product's name",
          "[pricing][blind12]") {
    auto items = show(pricing::read_prose("老板同意再优惠一点：\nDIN933 M10×30 降到0.42元/个，\n"
                                          "DIN933 M12×40 涨到0.71元/个，\n",
                                          in("CNY")));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "DIN933 M10×30|DIN933 M10×30||个|CNY|0.42");
    CHECK(items[1] == "DIN933 M12×40|DIN933 M12×40||个|CNY|0.71");
    auto current = show(pricing::read_prose("六角螺母M10 现价0.12元/个\n", in("CNY")));
    REQUIRE(current.size() == 1);
    CHECK(current[0].find("现价") == std::string::npos);
    // must not change: names with 到 or 价 inside them stay whole.
    auto kept = show(pricing::read_prose("到岸价格表 DN50球阀：156元/只\n", in("CNY")));
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].find("DN50球阀") != std::string::npos);
}

// ------------------------------------------------------------------ thresholds

TEST_CASE("prose: a money threshold below which orders cost more is no price",
          "[pricing][blind12]") {
    for (const char* text : {"1. Orders under $250.00 carry a $35.00 handling charge.",
                             "Orders below USD 500.00 are subject to a surcharge.",
                             "Orders of less than EUR 150,00 net: freight charged at cost."}) {
        INFO(text);
        CHECK(pricing::read_prose(text, in("USD")).empty());
    }
    // must not change: a product whose name begins like a threshold, and a price under a name.
    auto items = show(pricing::read_prose("Underlay foam 3 mm: $1.85 per m\n", in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|USD|1.85"));
}

// ------------------------------------------------------------------ the same prices twice

TEST_CASE("message prices: a quote sent as two files is one item per product and price",
          "[pricing][blind12]") {
    parsers::Document xlsx =
        sheet({{"Part No.", "Description", "UoM", "Qty", "Unit Price £"},
               {"KC-TC-K150", "Thermocouple type K, 150 mm", "each", "50", "12.40"},
               {"KC-CB-10", "Compensating cable type K", "m", "500", "1.35"}});
    // the PDF's crowded columns lost the unit
    parsers::Document pdf = sheet({{"Part No.", "Description", "Qty", "Unit Price"},
                                   {"KC-TC-K150", "Thermocouple type K, 150 mm", "50", "£12.40"},
                                   {"KC-CB-10", "Compensating cable type K", "500", "£1.35"}});
    auto one =
        show(parsers::extract_message_prices(mail_with_files(1), parsers::DocKind::quote, {xlsx}));
    auto both = show(
        parsers::extract_message_prices(mail_with_files(2), parsers::DocKind::quote, {pdf, xlsx}));
    REQUIRE(one.size() == 2);
    REQUIRE(both.size() == 2);
    CHECK(both[0] == "Thermocouple type K, 150 mm|KC-TC-K150|50|pcs|GBP|12.40");
    CHECK(both[1] == "Compensating cable type K|KC-CB-10|500|m|GBP|1.35");
    // must not change: other prices in the second file, and two rows of one file (tiers).
    parsers::Document revised =
        sheet({{"Part No.", "Description", "UoM", "Qty", "Unit Price £"},
               {"KC-TC-K150", "Thermocouple type K, 150 mm", "each", "50", "11.90"},
               {"KC-TC-K150", "Thermocouple type K, 150 mm", "each", "500", "11.90"}});
    auto differ = show(parsers::extract_message_prices(mail_with_files(2), parsers::DocKind::quote,
                                                       {xlsx, revised}));
    CHECK(differ.size() == 4);
}

// ------------------------------------------------------------------ "ea." in a price header

TEST_CASE("units: \"Price ea. (USD)\" prices one piece", "[pricing][blind12]") {
    CHECK(pricing::find_unit_after_slash("Price ea. (USD)") == "pcs");
    CHECK(pricing::find_unit_after_slash("Price ea") == "pcs");
    CHECK(pricing::find_unit_after_slash("Unit price ea. USD 2.04") == "pcs");
    // must not change: words ending in "ea", and "ea" alone elsewhere.
    CHECK(pricing::find_unit_after_slash("Price for the Korea area.").empty());
    CHECK(pricing::find_unit_after_slash("Good idea. Price (USD)").empty());
    CHECK(pricing::find_unit_after_slash("Price (USD) ea").empty());
    auto items = show(read({{"Part #", "Description", "Dimensions (mm)", "Price ea. (USD)"},
                            {"6205-2RS", "Deep groove ball bearing", "25x52x15", "$2.04"},
                            {"UCP205", "Pillow block bearing unit", "25mm bore", "$7.80"}},
                           in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|pcs|USD|2.04"));
}

// ------------------------------------------------------------------ "元一个" in a chat

TEST_CASE("prose: \"0.12元一个\" is 0.12 yuan a piece", "[pricing][blind12]") {
    auto items = show(pricing::read_prose("六角螺母M10 8级镀锌 0.12元一个，都是含税价\n"
                                          "弹簧垫圈M10 0.50元一盒\n",
                                          in("CNY")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|个|CNY|0.12"));
    CHECK(items[1].ends_with("|盒|CNY|0.50"));
    // must not change: 一 followed by no unit ("一次" once), and 一 inside a name.
    auto once = show(pricing::read_prose("模具费 800元一次性收取\n", in("CNY")));
    for (const std::string& item : once)
        CHECK(item.find("|次|") == std::string::npos);
    auto kept = show(pricing::read_prose("一字螺丝刀 6×100：3.20元/支\n", in("CNY")));
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].ends_with("|支|CNY|3.20"));
}

// ------------------------------------------------------------------ answers inside the quote

TEST_CASE("fresh part: a reply answering inline keeps the quoted inquiry as its own",
          "[pricing][blind12]") {
    const std::string quoted = "-----Original Message-----\n"
                               "From: Nina Kowalski <nina@ourco.com>\n"
                               "Sent: Monday, March 23, 2026 10:12 AM\n"
                               "Subject: RFQ rubber parts\n"
                               "\n"
                               "1. SP-GK-050 EPDM flange gasket DN50 - USD 0.38/PC\n";
    std::string inline_reply = "Dear Nina,\nPlease see our prices inline below (in CAPITALS).\n\n";
    std::string fresh = parsers::fresh_part(inline_reply + quoted);
    CHECK(fresh.find("SP-GK-050 EPDM flange gasket DN50 - USD 0.38/PC") != std::string::npos);
    CHECK(fresh.find("Sent: Monday") == std::string::npos);
    // must not change: a reply that only mentions colours or prices below keeps the quote out.
    for (const char* top : {"Dear Nina,\nThe handle is also available in red.\n\n",
                            "Dear Nina,\nPlease see our new prices below: SP-GK-050 USD 0.36.\n\n",
                            "Dear Nina,\nPrices in line with last year.\n\n"}) {
        INFO(top);
        CHECK(parsers::fresh_part(top + quoted).find("USD 0.38/PC") == std::string::npos);
    }
}
