// What blind14 (bench/price_eval/blind14: whole threads across new industries) showed the readers
// lacked, wrong current prices first, one rule per category, each with text that must not be
// read so.
#include <catch2/catch.hpp>

#include "parsers/prices.hpp"
#include "parsers/pricing/prose.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::names;
using mailclerk::test::read;
using mailclerk::test::show;

// ------------------------------------------------------------------ "USD/1,000pcs"
// (the count itself: test_price_wrong.cpp, "a count of pieces written with a thousands separator")

TEST_CASE("tables: a price header for 1,000 pieces prices one piece", "[pricing][blind14]") {
    auto items =
        show(read({{"Item code", "Description", "Size", "Unit price (USD/1,000pcs)", "MOQ"},
                   {"HB-PB-2030", "Kraft paper bag", "200x300x100 mm", "128.00", "10,000pcs"},
                   {"HB-CB-0812", "Coffee bag with valve", "80x120 mm", "92.50", "10,000pcs"}},
                  in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|pcs|USD|0.128"));
    CHECK(names(items, "|pcs|USD|0.0925"));
    // must not change: a price per piece beside a quantity of 1,000 pieces.
    auto each = show(read({{"Item code", "Description", "Qty (1,000 pcs)", "Unit price (USD/pc)"},
                           {"HB-PB-2030", "Kraft paper bag", "10", "0.128"}},
                          in("USD")));
    REQUIRE(each.size() == 1);
    CHECK(names(each, "|USD|0.128"));
}

TEST_CASE("prose: a price per 1,000 pieces written with a separator", "[pricing][blind14]") {
    auto items = show(pricing::read_prose("HB-PB-2030 kraft paper bag: USD 128.00 per 1,000 pcs\n"
                                          "HB-CB-0812 coffee bag: USD 92.50/1.000pcs\n",
                                          in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|USD|0.128"));
    CHECK(names(items, "|USD|0.0925"));
    // must not read per thousand: a price per piece for an order of 1,000 pcs.
    auto single = show(
        pricing::read_prose("HB-PB-2030 kraft paper bag: USD 0.128/pc, 1,000 pcs\n", in("USD")));
    REQUIRE(single.size() == 1);
    CHECK(names(single, "|USD|0.128"));
}

// ------------------------------------------------------------------ "Old (USD)" / "New (USD)"

TEST_CASE("tables: a notice's one-word old and new price columns", "[pricing][blind14]") {
    auto items = show(read({{"Item code", "Description", "Old (USD)", "New (USD)"},
                            {"HB-PB-2030", "Kraft paper bag", "0.128", "0.138"},
                            {"HB-CB-0812", "Coffee bag", "0.0925", "0.099"}},
                           in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|USD|0.138"));
    CHECK(names(items, "|USD|0.099"));
    auto per_k =
        show(read({{"Item code", "Description", "Current (USD/1,000pcs)", "New (USD/1,000pcs)"},
                   {"HB-PB-2030", "Kraft paper bag", "128.00", "138.00"},
                   {"HB-MB-A4", "Mailer box", "385.00", "405.00"}},
                  in("USD")));
    REQUIRE(per_k.size() == 2);
    CHECK(names(per_k, "|pcs|USD|0.138"));
    CHECK(names(per_k, "|USD|0.405"));
}

TEST_CASE("tables: a one-word label without a currency is no price column", "[pricing][blind14]") {
    // a LED driver's current in mA beside its price.
    auto items = show(read({{"Model", "Description", "Current (mA)", "Price (USD)"},
                            {"GY-DR-350", "LED driver 12W", "350", "2.10"},
                            {"GY-DR-700", "LED driver 24W", "700", "3.40"}},
                           in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(names(items, "|USD|2.10"));
    CHECK(names(items, "|USD|3.40"));
    // an old part number is no old price.
    auto parts = show(read({{"Old", "Part No.", "Description", "Unit Price (USD)"},
                            {"BD-1021", "BO-BD-1021", "Brake disc", "16.40"}},
                           in("USD")));
    REQUIRE(parts.size() == 1);
    CHECK(names(parts, "|USD|16.40"));
}

// ------------------------------------------------------------------ "(tax included)" after a price

TEST_CASE("prose: a tax-included price after the tax-excluded one is no second item",
          "[pricing][blind14]") {
    auto jp = show(
        pricing::read_prose("1. Carbide end mill 4 flute (SW-EM4-06)\n"
                            "   Unit price: JPY 2,850 (tax excluded) / JPY 3,135 (tax included)\n",
                            in("JPY")));
    REQUIRE(jp.size() == 1);
    CHECK(names(jp, "|JPY|2850"));
    auto ru = show(pricing::read_prose(
        "Stretch film 23 mic (art. VP-SF23-M) - 1.86 USD/kg without VAT (2.23 USD with VAT 20%)\n",
        in("USD")));
    REQUIRE(ru.size() == 1);
    CHECK(names(ru, "|USD|1.86"));
    // must still read: two products' prices both with tax, and a price with tax alone.
    auto both = show(pricing::read_prose(
        "Prices: hinge HX-100 EUR 11.30 incl. VAT, handle HX-200 EUR 22.60 incl. VAT\n",
        in("EUR")));
    CHECK(names(both, "|EUR|11.30"));
    CHECK(names(both, "|EUR|22.60"));
    auto alone =
        show(pricing::read_prose("Hinge HX-100: EUR 11.30 incl. VAT per piece\n", in("EUR")));
    REQUIRE(alone.size() == 1);
    CHECK(names(alone, "|EUR|11.30"));
}

// ------------------------------------------------------------------ "Style" names the model

TEST_CASE("tables: a garment's style number is the model", "[pricing][blind14]") {
    auto items = show(read({{"Style", "Description", "Sizes", "Price excl. HST (CAD/pc)"},
                            {"MR-HD320", "Hoodie brushed fleece 320gsm", "S-XL", "16.90"},
                            {"MR-PL220", "Polo shirt pique 220gsm", "S-XL", "9.40"}},
                           in("CAD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].find("|MR-HD320") != std::string::npos);
    CHECK(names(items, "|CAD|16.90"));
    // must not change: a description that mentions a style is no model column.
    auto named = show(read({{"Item No.", "Description", "Unit Price (USD)"},
                            {"MJ-DC-305", "Dining chair, modern style", "24.50"}},
                           in("USD")));
    REQUIRE(named.size() == 1);
    CHECK(named[0] == "Dining chair, modern style|MJ-DC-305|||USD|24.50");
}

// ------------------------------------------------------------------ "… i.e. CIF Vancouver USD …"

TEST_CASE("prose: a second incoterm's price after \"i.e.\" is the same product's",
          "[pricing][blind14]") {
    auto items = show(pricing::read_prose(
        "We have revised our rate for SLES 70% to FOB Nhava Sheva USD 1,158/MT i.e. CIF Vancouver "
        "USD 1,268/MT.\n",
        in("USD")));
    REQUIRE(items.size() == 2);
    // both named as the first: the product before the first price, not "i.e. CIF Vancouver"
    std::string name = items[0].substr(0, items[0].find('|'));
    CHECK(name.find("SLES 70%") != std::string::npos);
    CHECK(items[1].substr(0, items[1].find('|')) == name);
    CHECK(names(items, "|USD|1268"));
    // must not change: a product named after "i.e." keeps its name.
    auto own = show(pricing::read_prose("SLES 70% USD 1,158/MT; i.e. LABSA 96% acid USD 1,320/MT\n",
                                        in("USD")));
    REQUIRE(own.size() == 2);
    CHECK(names(own, "LABSA 96% acid"));
}

// ------------------------------------------------------------------ another seller's offer
// forwarded

TEST_CASE("prices: a forwarded offer the text above calls another seller's is not read",
          "[pricing][blind14]") {
    const std::string body = "Raj, FYI - this is what another vendor offered. Can you beat it?\n\n"
                             "Megan\n\n"
                             "---------- Forwarded message ---------\n"
                             "From: Kevin Ho <kevin@pacificapparel-group.com>\n"
                             "Subject: Quote - fall program\n\n"
                             "Hoodie 320gsm fleece, emb. logo: CAD 17.40/pc\n";
    REQUIRE(parsers::passes_on_others_offer(body));
    std::string fresh = parsers::fresh_part(body, parsers::Forwarding::others_offer);
    CHECK(fresh.find("17.40") == std::string::npos);
    CHECK(fresh.find("another vendor") != std::string::npos);
    // must not change: a colleague passing on the supplier's own quote, and a competitor
    // named only inside the forwarded mail.
    const std::string colleague =
        "Claire, FYI the new prices from Hanbit below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kim Ji-ho <jiho.kim@hanbitpack.co.kr>\n\n"
        "Kraft bag HB-PB-2030: USD 0.138/pc (our competitors are higher)\n";
    CHECK_FALSE(parsers::passes_on_others_offer(colleague));
    CHECK(parsers::fresh_part(colleague).find("0.138") != std::string::npos);
}
