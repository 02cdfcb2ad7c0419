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
    parsers::Message m;
    m.from = {{"", "jack@kaida-valve.com"}};
    m.to = {{"", "tom@ourco.com"}};
    m.subject = std::move(subject);
    m.text = std::move(text);
    return m;
}

parsers::MatchRules our_rules() {
    parsers::MatchRules r;
    r.own_domains = {"ourco.com"};
    r.customers = {{"kaida", "Kaida", {"kaida-valve.com"}, {}}};
    return r;
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
