// The wrong current prices blind10 and blind8 left (issue 16), one rule per category, each with
// text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/html_tables.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/prose.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::same;
using mailclerk::test::show;

namespace {

parsers::Message supplier_mail(std::string subject, std::string text) {
    return test::supplier_mail("jack@kaida-valve.com", std::move(subject), std::move(text));
}

parsers::MatchRules our_rules() {
    return test::one_customer("kaida", "kaida-valve.com");
}

const char* const k_phone_reply = "Hi Tom\n"
                                  "Ok USD 6.60 FOB for 3000pcs, same spec and packing.\n"
                                  "Jack\n\n"
                                  "Sent from my iPhone\n";

// A price row as a reader leaves it, with its unit.
pricing::PriceItem priced(std::string product, std::string unit) {
    pricing::PriceItem item = test::row(std::move(product), "");
    item.unit = std::move(unit);
    return item;
}

} // namespace

// ------------------------------------------------------------------ the part in the subject

TEST_CASE("a reply's one unnamed price is for the one part its subject names", "[pricing][fix11]") {
    std::string named = parsers::answer_to_subject_part(k_phone_reply, "Re: KD-BV2-DN25 3000pcs");
    CHECK(named.find("KD-BV2-DN25 Ok USD 6.60 FOB") != std::string::npos);
    CHECK(named.find("Hi Tom\n") == 0);
    auto items = show(parsers::extract_from_prose(named, {"USD", "", ""}));
    REQUIRE(items.size() == 1);
    CHECK(items[0].find("|KD-BV2-DN25|3000|pcs|USD|6.60") != std::string::npos);
    // the whole mail: a quote of that part, no longer a mail of no kind
    parsers::Message mail = supplier_mail("Re: KD-BV2-DN25 3000pcs", k_phone_reply);
    CHECK(parsers::classify(mail, our_rules()).kind == parsers::DocKind::quote);
    auto read = show(parsers::extract_message_prices(mail, parsers::DocKind::quote, {}));
    REQUIRE(read.size() == 1);
    CHECK(read[0].find("|KD-BV2-DN25|3000|pcs|USD|6.60") != std::string::npos);
}

TEST_CASE("a reply's price stays unnamed under a subject of several parts or a document's number",
          "[pricing][fix11]") {
    for (const char* subject :
         {"Re: KD-BV2-DN25 and KD-BV2-DN32", "Re: Quotation QT-2026-031", "RE: PO 4500-A12",
          "Re: Invoice No. INV-331", "Re: QT-2026-031", "Re: ball valves 3000pcs", "Re: 3000pcs"}) {
        INFO(subject);
        CHECK(parsers::answer_to_subject_part(k_phone_reply, subject).empty());
    }
}

TEST_CASE("a reply naming a part of its own, or stating two prices, is read as written",
          "[pricing][fix11]") {
    CHECK(parsers::answer_to_subject_part("Ok, KD-BV2-DN32 USD 6.60 FOB.\n",
                                          "Re: KD-BV2-DN25 3000pcs")
              .empty());
    CHECK(parsers::answer_to_subject_part("Ok USD 6.60 FOB for 3000pcs.\n"
                                          "For 5000pcs USD 6.40.\n",
                                          "Re: KD-BV2-DN25 3000pcs")
              .empty());
    CHECK(parsers::answer_to_subject_part("Thanks, we will come back tomorrow.\n",
                                          "Re: KD-BV2-DN25 3000pcs")
              .empty());
    // a body that names its product keeps its own name (the subject is asked only when the
    // body as written names nothing)
    parsers::Message mail =
        supplier_mail("Re: KD-BV2-DN25 3000pcs", "Gate valve GV-80: USD 27.50/pc FOB Ningbo.\n");
    auto read = show(parsers::extract_message_prices(mail, parsers::DocKind::quote, {}));
    REQUIRE(read.size() == 1);
    CHECK(read[0].find("KD-BV2-DN25") == std::string::npos);
    CHECK(read[0].find("GV-80") != std::string::npos);
}

// ------------------------------------------------------------------ a revision by fewer words

TEST_CASE("a revision naming its product by fewer words is the customer's one product so named",
          "[pricing][fix11]") {
    std::vector<pricing::PriceItem> list = {
        priced("Stretch film 400 mm x 250 m, 17 mu, cast", "roll"),
        priced("Parcel tape 48 mm x 66 m, low noise", "roll"),
        priced("stretch film", "roll"),
    };
    CHECK(same(list, 2, 0));
    CHECK(!same(list, 2, 1));
}

TEST_CASE("a revision by fewer words joins nothing when two products hold them, or the unit "
          "differs",
          "[pricing][fix11]") {
    // two films of different widths: "stretch film" names neither
    std::vector<pricing::PriceItem> widths = {
        priced("Stretch film 400 mm x 250 m, 17 mu, cast", "roll"),
        priced("Stretch film 500 mm x 250 m, 20 mu, cast", "roll"),
        priced("stretch film", "roll"),
    };
    CHECK(!same(widths, 2, 0));
    CHECK(!same(widths, 2, 1));
    CHECK(!same(widths, 0, 1));
    // a price per kilo is no price per roll
    std::vector<pricing::PriceItem> units = {
        priced("Stretch film 400 mm x 250 m, 17 mu, cast", "roll"),
        priced("stretch film", "kg"),
    };
    CHECK(!same(units, 1, 0));
    // one word names a kind of goods, not a product
    std::vector<pricing::PriceItem> kind = {
        priced("Stretch film 400 mm x 250 m, 17 mu, cast", "roll"),
        priced("film", "roll"),
    };
    CHECK(!same(kind, 1, 0));
    // a word the earlier row lacks (another film)
    std::vector<pricing::PriceItem> other = {
        priced("Stretch film 400 mm x 250 m, 17 mu, cast", "roll"),
        priced("stretch film blown", "roll"),
    };
    CHECK(!same(other, 1, 0));
}

// ------------------------------------------------------------------ sizes under a product line

TEST_CASE("prose: size-only lines under a line naming a product with a colon are that product",
          "[pricing][fix11]") {
    auto items = show(pricing::read_prose("刘经理，球墨铸铁沟槽弯头90°的价格：\n"
                                          "DN50 118/只 含税\n"
                                          "DN65 156/只 含税\n",
                                          in("CNY")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].find("沟槽弯头90°") != std::string::npos);
    CHECK(items[0].find("DN50") != std::string::npos);
    CHECK(items[0].ends_with("|CNY|118"));
    CHECK(items[1].find("沟槽弯头90°") != std::string::npos);
    CHECK(items[1].find("DN65") != std::string::npos);
    auto english = show(pricing::read_prose("Prices of the grooved elbow 90°:\n"
                                            "DN50 USD 16.20/pc\n"
                                            "DN65 USD 21.40/pc\n",
                                            in("USD")));
    REQUIRE(english.size() == 2);
    CHECK(english[0].find("grooved elbow") != std::string::npos);
    CHECK(english[1].find("grooved elbow") != std::string::npos);
}

TEST_CASE("prose: a colon line that names no product, or lines of their own names, stay as they "
          "are",
          "[pricing][fix11]") {
    for (const char* intro :
         {"Our prices:", "Prices as follows:", "Updated price list:", "New prices for you:",
          "报价如下：", "最新报价如下：", "价格如下：",
          "New prices from 1 Sept (FOB Keelung, per 1000 pcs):", "Prices FOB Ningbo:"}) {
        INFO(intro);
        auto items =
            show(pricing::read_prose(std::string(intro) + "\nDN50 USD 16.20/pc\n", in("USD")));
        REQUIRE(items.size() == 1);
        CHECK(items[0].starts_with("DN50|"));
    }
    // a line that names its own product keeps it
    auto own = show(pricing::read_prose("Prices of the grooved elbow 90°:\n"
                                        "Ball valve DN50 USD 16.20/pc\n",
                                        in("USD")));
    REQUIRE(own.size() == 1);
    CHECK(own[0].find("elbow") == std::string::npos);
    // a line without a colon is a sentence of its own, no heading
    auto sentence = show(pricing::read_prose("We checked the grooved elbow again\n"
                                             "DN50 USD 16.20/pc\n",
                                             in("USD")));
    REQUIRE(sentence.size() == 1);
    CHECK(sentence[0].find("elbow") == std::string::npos);
}

// ------------------------------------------------------------------ struck-through old prices

namespace {

std::vector<std::string> html_items(std::string_view html) {
    std::vector<std::string> out;
    for (const grid::Table& table : grid::html_tables(html))
        for (const std::string& item : show(pricing::read_table(table, {})))
            out.push_back(item);
    return out;
}

} // namespace

TEST_CASE("html cells: a struck-through price beside the new one is no value of the cell",
          "[pricing][fix11]") {
    for (const char* tag : {"s", "del", "strike"}) {
        INFO(tag);
        std::string html = std::string("<table><tr><th>Item</th><th>Description</th>"
                                       "<th>Unit price</th></tr>"
                                       "<tr><td>YD-CB-01</td><td>Carton box 5-ply</td><td><") +
                           tag + ">USD 0.42</" + tag + "> USD 0.39/pc</td></tr></table>";
        auto items = html_items(html);
        REQUIRE(items.size() == 1);
        CHECK(items[0].ends_with("|USD|0.39"));
    }
    // must not: a cell struck through as a whole (an old-price column) keeps its text
    auto tables = grid::html_tables("<table><tr><td><del>USD 0.42</del></td>"
                                    "<td><s>discontinued</s></td><td>USD 0.39</td></tr></table>");
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0][0].text == "USD 0.42");
    CHECK(tables[0].rows[0][1].text == "discontinued");
    CHECK(tables[0].rows[0][2].text == "USD 0.39");
}

// ------------------------------------------------------------------ units in the price cell

TEST_CASE("money cells: a unit word after a price the cell marks as money is its unit",
          "[pricing][fix11]") {
    using pricing::Mark;
    auto each = pricing::read_money("$1.25 ea", Mark::dot, "CNY");
    REQUIRE(each);
    CHECK(each->value == "1.25");
    CHECK(each->unit == "pcs");
    auto pair = pricing::read_money("$14.50 pr", Mark::dot, "CNY");
    REQUIRE(pair);
    CHECK(pair->value == "14.50");
    CHECK(pair->unit == "pairs");
    auto dozen = pricing::read_money("$9.60 doz", Mark::dot, "CNY");
    REQUIRE(dozen);
    CHECK(dozen->value == "9.60");
    CHECK(dozen->unit == "dozen");
    auto cents = pricing::read_money("38\u00A2 ea", Mark::dot, "CNY");
    REQUIRE(cents);
    CHECK(cents->value == "0.38");
    CHECK(cents->currency == "USD");
    CHECK(cents->unit == "pcs");
    // must not: without money beside it a count stays a quantity, and a word that is no unit
    // after a price is no price
    CHECK_FALSE(pricing::read_money("500 pcs", Mark::dot, "CNY"));
    CHECK_FALSE(pricing::read_money("14.50 pr", Mark::dot, "CNY"));
    CHECK_FALSE(pricing::read_money("$14.50 approx 3 weeks", Mark::dot, "CNY"));
}

// ------------------------------------------------------------------ pence and cents in prose

TEST_CASE("prose: pence in a mail of pounds and cents are hundredths", "[pricing][fix11]") {
    auto items = show(pricing::read_prose("• Polythene bags 230 x 305 mm, 250 gauge: 4.5p each\n"
                                          "• Parcel tape 48 mm x 66 m, low noise: 62p per roll\n"
                                          "• Kraft paper 450 mm x 300 m: £24.50 per roll\n",
                                          in("GBP")));
    REQUIRE(items.size() == 3);
    CHECK(items[0].find("Polythene bags 230 x 305 mm, 250 gauge|") == 0);
    CHECK(items[0].ends_with("|GBP|0.045"));
    CHECK(items[1].find("Parcel tape 48 mm x 66 m, low noise|") == 0);
    CHECK(items[1].ends_with("|rolls|GBP|0.62"));
    CHECK(items[2].ends_with("|rolls|GBP|24.50"));
    auto cents = show(pricing::read_prose("Hex nut M10 zinc: 38\u00A2 each\n", in("USD")));
    REQUIRE(cents.size() == 1);
    CHECK(cents[0].ends_with("|USD|0.38"));
}

TEST_CASE("prose: a p that is no penny stays no price", "[pricing][fix11]") {
    // pieces, and pence where no pound is named
    CHECK(pricing::read_prose("Polythene bags: 62pcs per box, EUR 4.10 per box\n", in("EUR"))
              .size() == 1);
    CHECK(pricing::read_prose("Polythene bags: 62p per box\n", in("EUR")).empty());
    CHECK(pricing::read_prose("Cable 3x2.5 mm2, 4p connector: 62pcs\n", in("GBP")).empty());
    // a measure clause opening with a number names the whole entry; words after sizes alone
    // stay a name of their own
    auto worded = show(
        pricing::read_prose("• Offer 2026, 10 days, gate valve flanged: 62p each\n", in("GBP")));
    REQUIRE(worded.size() == 1);
    CHECK(worded[0].starts_with("gate valve flanged|"));
    auto capital =
        show(pricing::read_prose("• Offer 2026, 10 days, Gate Valve: 62p each\n", in("GBP")));
    REQUIRE(capital.size() == 1);
    CHECK(capital[0].starts_with("Gate Valve|"));
}

// ------------------------------------------------------------------ '@' lines of a PO

TEST_CASE("at lines: '=' set apart from its amount by a wide gap", "[pricing][fix11]") {
    auto items = show(parsers::extract_from_text(
        "  200 EA  TG-BV-25  Ball valve 1\" BSP brass  @ €8.65   =  €1,730.00\n"
        "   40 SET TG-SL-50  Seal kit DN50 EPDM       @ €4.20   =    €168.00\n",
        {"EUR", "", ""}));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "Ball valve 1\" BSP brass|TG-BV-25|200|pcs|EUR|8.65");
    CHECK(items[1] == "Seal kit DN50 EPDM|TG-SL-50|40|sets|EUR|4.20");
    // must not: an amount that is no quantity × price, or more after it
    CHECK(parsers::extract_from_text(
              "  200 EA  TG-BV-25  Ball valve 1\" BSP brass  @ €8.65   =  €1,830.00\n"
              "   40 SET TG-SL-50  Seal kit DN50 EPDM       @ €4.20   =    €268.00\n",
              {"EUR", "", ""})
              .empty());
    CHECK(parsers::extract_from_text(
              "  200 EA  TG-BV-25  Ball valve 1\" BSP brass  @ €8.65   =  €1,730.00  net 30\n"
              "   40 SET TG-SL-50  Seal kit DN50 EPDM       @ €4.20   =    €168.00  net 30\n",
              {"EUR", "", ""})
              .empty());
}

TEST_CASE("line items: quantity breaks with no part above them name no product",
          "[pricing][fix11]") {
    CHECK(parsers::extract_from_text("    100 - 499 pcs      $0.26 ea\n"
                                     "    500+ pcs           $0.23 ea\n",
                                     {"USD", "", ""})
              .empty());
}
