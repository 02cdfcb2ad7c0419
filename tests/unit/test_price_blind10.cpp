// What blind10 (bench/price_eval/blind10) showed the readers lacked, one rule per category, each
// with text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/sentences.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::names;
using mailclerk::test::read;
using mailclerk::test::show;

// ------------------------------------------------------------------ Markdown tables

TEST_CASE("text tables: Markdown's strong emphasis around a cell is no part of its text",
          "[pricing][blind10]") {
    auto items = show(parsers::extract_from_text(
        "| # | Part No. | Description | Qty | Unit price |\n"
        "|---|----------|-------------|-----|-----------:|\n"
        "| 1 | **HD-OR-20x3** | O-ring NBR70 20x3 | 10,000 | $0.026 |\n"
        "| 2 | __HD-GK-150__ | Flange gasket EPDM DN150 PN16 | 300 | $1.72 |\n",
        {"USD", "", ""}));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "O-ring NBR70 20x3|HD-OR-20x3|10000||USD|0.026");
    CHECK(items[1] == "Flange gasket EPDM DN150 PN16|HD-GK-150|300||USD|1.72");
}

TEST_CASE("text tables: marks inside a cell, or not closing it, stay text", "[pricing][blind10]") {
    auto items =
        show(parsers::extract_from_text("| Part No. | Description | Qty | Unit price |\n"
                                        "|----------|-------------|-----|-----------:|\n"
                                        "| HD-OR-20x3 | O-ring **NBR70** 20x3 | 10,000 | $0.026 |\n"
                                        "| HD-GK-150 | **new** gasket | 300 | $1.72 |\n"
                                        "| HD-VS-55 | **Oil seal** TC **FKM** | 100 | $0.88 |\n",
                                        {"USD", "", ""}));
    REQUIRE(items.size() == 3);
    CHECK(items[0].starts_with("O-ring **NBR70** 20x3|HD-OR-20x3|"));
    CHECK(items[1].starts_with("**new** gasket|HD-GK-150|"));
    CHECK(items[2].starts_with("**Oil seal** TC **FKM**|HD-VS-55|"));
}

// ------------------------------------------------------------------ part codes of letters

TEST_CASE("part codes: three groups of capitals are a code without digits", "[pricing][blind10]") {
    CHECK(pricing::letters_code("KF-WG-L"));
    CHECK(pricing::letters_code("QL-CIT-A"));
    CHECK_FALSE(pricing::letters_code("long-sleeve-cotton")); // lower case: words
    CHECK_FALSE(pricing::letters_code("USB-C"));              // two groups: a word
    CHECK_FALSE(pricing::letters_code("HI-VIS"));             // two groups: a word
    CHECK_FALSE(pricing::letters_code("Kf-Wg-L"));            // mixed case: words
    CHECK_FALSE(pricing::letters_code("KF--WG-L"));
    CHECK_FALSE(pricing::letters_code("-KF-WG-L"));
    CHECK_FALSE(pricing::letters_code("KF-WG-L2")); // a digit: looks_like_model's
}

TEST_CASE("part codes: a column of codes, one of them letters only, is the model column",
          "[pricing][blind10]") {
    auto items =
        show(read({{"ITEM", "DESCRIPTION", "UOM", "QTY", "UNIT PRICE", "EXT PRICE"},
                   {"KF-HB-3816", "HEX BOLT 3/8-16X2 GR5 ZP", "EA", "1000", "1.19", "1,190.00"},
                   {"KF-HN-3816", "HEX NUT 3/8-16 GR5 ZP", "EA", "1000", "0.14", "140.00"},
                   {"KF-SC-1014", "SELF DRILL SCREW #10X3/4 HWH", "BX", "40", "18.75", "750.00"},
                   {"KF-WG-L", "WELDING GLOVE LEATHER LG", "PR", "60", "13.95", "837.00"}},
                  in("USD")));
    REQUIRE(items.size() == 4);
    CHECK(items[0].starts_with("HEX BOLT 3/8-16X2 GR5 ZP|KF-HB-3816|"));
    CHECK(items[3].starts_with("WELDING GLOVE LEATHER LG|KF-WG-L|"));
    // a column of words, two-part ones among them, names no models
    auto words = show(read({{"ITEM", "DESCRIPTION", "QTY", "UNIT PRICE"},
                            {"USB-C", "Cable 1m", "100", "0.90"},
                            {"HI-VIS", "Vest, yellow", "50", "3.20"},
                            {"KF-WG-L", "Welding glove", "60", "13.95"}},
                           in("USD")));
    REQUIRE(words.size() == 3);
    CHECK_FALSE(names(words, "|USB-C|"));
    CHECK_FALSE(names(words, "|HI-VIS|"));
}

// ------------------------------------------------------------------ entries opening with a code

TEST_CASE("prose: a line that opens with a part code names that part, whatever its clauses",
          "[pricing][blind10]") {
    auto items = show(pricing::read_prose("DC-FLG-150  CI blind flange 150 NB, PN16 - Rs. revised "
                                          "to ₹ 3,180/- per No. (earlier ₹ 3,260/-)",
                                          in("INR")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].starts_with("DC-FLG-150 CI blind flange 150 NB, PN16"));
    CHECK(items[0].find("|DC-FLG-150") != std::string::npos);
    CHECK(items[0].ends_with("|INR|3180"));
}

TEST_CASE("prose: a line opening with a size or a word keeps the name of its last clause",
          "[pricing][blind10]") {
    // "DN50" is a size, not a part: the clause before the price names the product
    auto sized = show(pricing::read_prose("DN50, brass ball valve BV-50: USD 12.50/pc", in("USD")));
    REQUIRE(sized.size() == 1);
    CHECK(sized[0].starts_with("brass ball valve BV-50|BV-50"));
    auto worded = show(
        pricing::read_prose("Thanks for your inquiry, gate valve GV-80: USD 27.50/pc", in("USD")));
    REQUIRE(worded.size() == 1);
    CHECK(worded[0].starts_with("gate valve GV-80|GV-80"));
}

TEST_CASE("sentences: a currency sign written with a dot ends no sentence", "[pricing][blind10]") {
    CHECK(pricing::abbreviation_dot("price Rs. 3,180", 8));
    CHECK(pricing::abbreviation_dot("CHF Fr. 1'480", 6));
    CHECK_FALSE(pricing::abbreviation_dot("We offer Hrs. 3", 12)); // not a sign we know
}

// ------------------------------------------------------------------ short replies and chats

TEST_CASE("prose: ok, best and to around a price name nothing", "[pricing][blind10]") {
    CHECK(pricing::read_prose("Ok USD 6.60 FOB for 3000pcs, same spec and packing.", in("USD"))
              .empty());
    CHECK(pricing::read_prose("best 12.20$ for 2k pcs", in("USD")).empty());
    auto revised = show(pricing::read_prose("Gate valve GV-80 revised to USD 26.90/pc", in("USD")));
    REQUIRE(revised.size() == 1);
    CHECK(revised[0].starts_with("Gate valve GV-80|GV-80"));
}

TEST_CASE("prose: the filler words are whole words only", "[pricing][blind10]") {
    auto items = show(pricing::read_prose("OK-100 adapter USD 3.20/pc\nToggle switch TS-2: USD "
                                          "1.10/pc\nTorpedo level 9\" best seller: USD 4.50/pc",
                                          in("USD")));
    REQUIRE(items.size() == 3);
    CHECK(items[0].starts_with("OK-100 adapter|OK-100"));
    CHECK(items[1].starts_with("Toggle switch TS-2|TS-2"));
    CHECK(items[2].starts_with("Torpedo level 9\" best seller|"));
}

TEST_CASE("prose: a chat export's time stamp and sender are no product", "[pricing][blind10]") {
    auto items =
        show(pricing::read_prose("[12/03/2026, 09:15] Kevin Lin: BS-GN65 65W GaN 2C1A  7.90$\n"
                                 "12/03/2026, 09:31 - Kevin Lin: and BS-PD65 now 6.60$ (was 6.85)\n"
                                 "[3/12/26, 9:40:12 AM] Tom Hughes: ok noted thanks",
                                 in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].starts_with("BS-GN65 65W GaN 2C1A|BS-GN65"));
    CHECK(items[0].ends_with("|USD|7.90"));
    CHECK(items[1].starts_with("BS-PD65|BS-PD65"));
    CHECK(items[1].ends_with("|USD|6.60"));
    CHECK_FALSE(names(items, "Kevin"));
}

TEST_CASE("prose: brackets and dashes that are no chat stamp stay text", "[pricing][blind10]") {
    // no time in the bracket, no date before the dash: the words before the price stay its name
    auto items = show(pricing::read_prose("[Valves] Gate valve GV-80: USD 27.50/pc\n"
                                          "2026 - Ball valve BV-50: USD 12.50/pc",
                                          in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].find("Gate valve GV-80") != std::string::npos);
    CHECK(items[1].find("Ball valve BV-50") != std::string::npos);
}

// ------------------------------------------------------------------ market reports

namespace {

parsers::Message supplier_mail(std::string subject, std::string text) {
    return test::supplier_mail("cindy@yida-pack.com", std::move(subject), std::move(text));
}

parsers::MatchRules our_rules() {
    return test::one_customer("yida", "yida-pack.com");
}

} // namespace

TEST_CASE("kinds: a market report's prices of raw materials make it no quote",
          "[classify][blind10]") {
    const std::string body = "Dear customers,\n\n- Kraft liner board 175gsm: CNY 3,950/ton\n"
                             "- PE film resin LLDPE 7042: CNY 8,350/ton\n";
    for (const char* subject :
         {"Raw material price update May 2026", "Market report week 21", "原材料行情 5月"})
        CHECK(parsers::classify(supplier_mail(subject, body), our_rules()).kind ==
              parsers::DocKind::other);
    // the same lines under a subject that names no other document are a price list
    CHECK(parsers::classify(supplier_mail("Prices May 2026", body), our_rules()).kind ==
          parsers::DocKind::quote);
    // a notice that blames raw materials is a notice still
    CHECK(parsers::classify(supplier_mail("Price increase notice - raw material costs", body),
                            our_rules())
              .kind == parsers::DocKind::price_notice);
}

// ------------------------------------------------------------------ answers between quoted lines

TEST_CASE("fresh part: an answer between `>`-quoted lines names the part quoted above it",
          "[pricing][blind10]") {
    std::string fresh = parsers::fresh_part(
        "Pls find our answer in your mail below.\n\n"
        "> -----Original Message-----\n"
        "> From: Tom Hughes <tom@ourco.com>\n"
        "> Subject: RE: Quotation KD-2601-014 ball & gate valves\n"
        ">\n"
        "> Your price for KD-GV-DN50 (USD 18.60 FOB) is above our target of USD 17.50.\n"
        "> Anything you can do?\n\n"
        "KAIDA: we can do USD 17.90/pc FOB Ningbo for 200pcs.\n\n"
        "> The DN80 is OK at 27.50.\n");
    CHECK(fresh.find("KD-GV-DN50 we can do USD 17.90/pc FOB Ningbo for 200pcs.") !=
          std::string::npos);
    CHECK(fresh.find("18.60") == std::string::npos);
    CHECK(fresh.find("27.50") == std::string::npos);
    auto items = show(parsers::extract_from_prose(fresh, {"USD", "", ""}));
    REQUIRE(items.size() == 1);
    CHECK(items[0].starts_with("KD-GV-DN50|KD-GV-DN50|200|pcs|USD|17.90"));
}

TEST_CASE("fresh part: answers under quoted lines naming several parts, or naming their own, "
          "stay as written",
          "[pricing][blind10]") {
    std::string several = parsers::fresh_part("> KD-GV-DN50 and KD-GV-DN80: your best price?\n"
                                              "We can do USD 17.90/pc.\n");
    CHECK(several.find("We can do USD 17.90/pc.") == 0);
    std::string own = parsers::fresh_part("> Your price for KD-GV-DN50 is high.\n"
                                          "KD-BV2-DN25 is USD 6.60/pc, DN50 no change.\n");
    CHECK(own.find("KD-BV2-DN25 is USD 6.60/pc") == 0);
    // a reply above an unquoted "On … wrote:" ends there, as before
    std::string top =
        parsers::fresh_part("New price USD 5.10/pc.\n\n"
                            "On Mon, 2 Feb 2026 at 10:00, Tom <tom@ourco.com> wrote:\n"
                            "> Your price for KD-GV-DN50 is high.\n"
                            "Old price USD 5.40/pc\n");
    CHECK(top.find("5.40") == std::string::npos);
    CHECK(top.find("KD-GV-DN50") == std::string::npos);
}

// ------------------------------------------------------------------ attributes after a description

TEST_CASE("prose: a list entry's last word after a size is an attribute, not the product",
          "[pricing][blind10]") {
    auto items =
        show(pricing::read_prose("• Ball valve DN50 full bore, brass: USD 12.50/pc\n", in("USD")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].starts_with("Ball valve DN50 full bore, brass|"));
    CHECK(items[0].ends_with("|USD|12.50"));
}

TEST_CASE("prose: a list entry's last word after its sizes is an attribute, not the product",
          "[pricing][blind10]") {
    auto items = show(pricing::read_prose(
        "• Stretch film 400 mm x 250 m, 17 mu, cast: £6.80 per roll\n", in("GBP")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].starts_with("Stretch film 400 mm x 250 m, 17 mu, cast|"));
    CHECK(items[0].ends_with("|GBP|6.80"));
}

TEST_CASE("prose: a list entry's last clause of several words, or after no numbers, names it",
          "[pricing][blind10]") {
    // words only before it: the clause before the price names the product
    auto worded =
        show(pricing::read_prose("1. Thanks for the order, valves: USD 5.00/pc\n", in("USD")));
    REQUIRE(worded.size() == 1);
    CHECK(worded[0].starts_with("valves|"));
    // a last clause of several words is a name of its own
    auto named = show(pricing::read_prose(
        "• Offer 2026, 10 days, gate valve flanged: USD 27.50/pc\n", in("USD")));
    REQUIRE(named.size() == 1);
    CHECK(named[0].starts_with("gate valve flanged|"));
}
