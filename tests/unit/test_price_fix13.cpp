// The wrong current prices and misses blind8, blind10, blind11 and blind12 left (issue 16), one
// rule per category, each with text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/prices.hpp"
#include "parsers/pricing/lowered.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/tier_cells.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::show;

namespace {

// A WeChat chat pasted into a mail (blind10 010's shape): a size priced, then lowered.
std::string chat(std::string_view lowering) {
    return "周敏  2026-03-05 10:32\n"
           "刘经理，球墨铸铁沟槽弯头90°的价格：\n"
           "DN50 118/只 含税\n"
           "DN65 156/只 含税\n"
           "\n"
           "刘洋  2026-03-05 10:35\n"
           "DN80的呢？DN50能不能到110\n"
           "\n"
           "周敏  2026-03-05 10:41\n"
           "DN80 198/只 含税含运\n" +
           std::string(lowering) + "\n";
}

std::vector<pricing::PriceItem> priced_as(const std::vector<pricing::PriceItem>& items,
                                          std::string_view size) {
    std::vector<pricing::PriceItem> out;
    for (const pricing::PriceItem& item : items)
        if (item.product.find(size) != std::string::npos ||
            item.model.find(size) != std::string::npos)
            out.push_back(item);
    return out;
}

} // namespace

// ------------------------------------------------------------------ lowered in a chat

TEST_CASE("a chat line naming a size and a lowest price lowers that size's earlier price",
          "[pricing][fix13]") {
    for (const char* lowering :
         {"DN50最低115了，量大可以再谈", "DN50最低价115元", "DN50 最低能做到 115",
          "弯头DN50最低115了", "DN50 lowest 115 now", "DN50 lowest 115."}) {
        INFO(lowering);
        auto items = pricing::read_prose(chat(lowering), in("CNY"));
        auto dn50 = priced_as(items, "DN50");
        REQUIRE(dn50.size() == 1);
        CHECK(dn50[0].unit_price == "115");
        CHECK(dn50[0].previous_price == "118");
        CHECK(dn50[0].unit == "只");
        CHECK(dn50[0].product.find("沟槽弯头") != std::string::npos);
        CHECK(priced_as(items, "DN65")[0].unit_price == "156");
    }
}

TEST_CASE("a lowest number that is no lowering of one earlier price changes nothing",
          "[pricing][fix13]") {
    for (const char* other : {
             "DN50最低起订量500",     // a minimum order quantity
             "DN50最低500只起订",     // a count of goods
             "DN50最低-20℃",          // a temperature
             "DN50最低1.6MPa",        // a pressure
             "DN50最低能不能到110？", // a question
             "DN50最低130了",         // above the old price: no lowering
             "DN50最低50了",          // below half of it: something else
             "DN100最低115了",        // a size priced nowhere before
             "DN50 DN65最低115了",    // two sizes
             "DN50最低5%",            // a percent
             "密封圈DN50最低115了",   // a name the earlier DN50 does not write
         }) {
        INFO(other);
        auto items = pricing::read_prose(chat(other), in("CNY"));
        auto dn50 = priced_as(items, "DN50");
        REQUIRE(dn50.size() == 1);
        CHECK(dn50[0].unit_price == "118");
        CHECK(dn50[0].previous_price.empty());
    }
    // two earlier DN50 products and a line naming neither: which one is not known
    auto two =
        pricing::read_prose("球阀DN50单价118元/只\n闸阀DN50单价96元/只\nDN50最低90了\n", in("CNY"));
    REQUIRE(two.size() == 2);
    for (const pricing::PriceItem& item : two)
        CHECK(item.previous_price.empty());
    // naming one of them decides
    auto one = pricing::read_prose("球阀DN50单价118元/只\n闸阀DN50单价96元/只\n闸阀DN50最低90了\n",
                                   in("CNY"));
    REQUIRE(one.size() == 2);
    CHECK(one[0].unit_price == "118");
    CHECK(one[1].unit_price == "90");
}

TEST_CASE("an earlier item without a price is lowered by nothing", "[pricing][fix13]") {
    std::vector<pricing::PriceItem> items(1);
    items[0].product = "沟槽弯头";
    items[0].model = "DN50";
    items[0].reference = "line 1";
    std::vector<std::string_view> lines{"沟槽弯头DN50 价格另议", "DN50最低115了"};
    for (const char* price : {"", "TBA", "1.2.3"}) {
        INFO(price);
        items[0].unit_price = price;
        CHECK_NOTHROW(pricing::detail::apply_lowered_prices(lines, {true, false}, items));
        CHECK(items[0].unit_price == price);
        CHECK(items[0].previous_price.empty());
    }
}

TEST_CASE("a size alone in the next message of a chat is of the goods talked about",
          "[pricing][fix13]") {
    auto items = show(pricing::read_prose(chat(""), in("CNY")));
    CHECK(test::names(items, "沟槽弯头90° DN80|"));
    // a blank line with no chat heading after it still ends the paragraph
    auto plain = show(pricing::read_prose("球墨铸铁沟槽弯头90°的价格：\nDN50 118元/只\n\n"
                                          "DN80 198元/只\n",
                                          in("CNY")));
    CHECK_FALSE(test::names(plain, "沟槽弯头90° DN80"));
    // a heading needs a sender without digits and a date with a time
    auto dated = show(pricing::read_prose("球墨铸铁沟槽弯头90°的价格：\nDN50 118元/只\n\n"
                                          "Order 12345  2026-03-05\nDN80 198元/只\n",
                                          in("CNY")));
    CHECK_FALSE(test::names(dated, "沟槽弯头90° DN80"));
}

// ------------------------------------------------------------------ breaks inside one cell

TEST_CASE("quantity breaks written inside one price cell are one row each", "[pricing][fix13]") {
    // blind8 023's workbook: the wrapped cell's lines joined by a space
    auto items = show(test::read(
        {{"Model", "Description", "Unit Price (USD/pc)", "Lead time"},
         {"XD-PB10", "Power bank 10000mAh PD 20W", "1-999pcs: $6.20 1000pcs+: $5.85", "15 days"},
         {"XD-WC15", "Wireless charger pad 15W", "1-999pcs: $3.10\n1000pcs+: $2.88", "12 days"},
         {"XD-CC100", "USB-C cable 1m 60W braided", "3000-9999pcs：USD 0.82 10000pcs+：USD 0.76",
          "10 days"}}));
    REQUIRE(items.size() == 6);
    CHECK(test::names(items, "XD-PB10||pcs|USD|6.20"));
    CHECK(test::names(items, "XD-PB10||pcs|USD|5.85"));
    CHECK(test::names(items, "XD-WC15||pcs|USD|3.10"));
    CHECK(test::names(items, "XD-WC15||pcs|USD|2.88"));
    CHECK(test::names(items, "XD-CC100||pcs|USD|0.82"));
    CHECK(test::names(items, "XD-CC100||pcs|USD|0.76"));
}

TEST_CASE("cells of labels that are no quantity breaks are not split", "[pricing][fix13]") {
    using pricing::detail::tier_rows;
    auto table = [](std::string cell) {
        return grid::make_table({{"Model", "Price"}, {"XD-PB10", std::move(cell)}});
    };
    CHECK_FALSE(tier_rows(table("FOB: $6.20 CIF: $6.50"))); // terms, no breaks
    CHECK_FALSE(tier_rows(table("1-999pcs: $6.20")));       // one break alone
    CHECK_FALSE(tier_rows(table("Note: 1000pcs+: ask")));   // no price after a break
    CHECK_FALSE(tier_rows(table("Delivery 10:30 12:45")));  // times
    CHECK_FALSE(tier_rows(table("1-999pcs: TBA 1000pcs+: TBA")));
    // a table laid out from text keeps its lines as they are
    grid::Table text = table("1-999pcs: $6.20 1000pcs+: $5.85");
    text.lines = {"Model Price", "XD-PB10 1-999pcs: $6.20 1000pcs+: $5.85"};
    CHECK_FALSE(tier_rows(text));
    auto split = tier_rows(table("1-999pcs: $6.20 1000pcs+: $5.85"));
    REQUIRE(split);
    REQUIRE(split->rows.size() == 3);
    CHECK(split->rows[1][1].text == "$6.20");
    CHECK(split->rows[2][1].text == "$5.85");
    CHECK(split->rows[2][0].text == "XD-PB10");
}

TEST_CASE("a mail sending prices by quantity break is a quote", "[pricing][fix13]") {
    using parsers::DocKind;
    CHECK(parsers::classify_kind(
              "RE: quantity break prices",
              "As requested, our quantity break prices in the attached sheet.") == DocKind::quote);
    CHECK(parsers::classify_kind("Tier prices XD-PB10", "") == DocKind::quote);
    CHECK(parsers::classify_kind("Staffelpreise 2026", "") == DocKind::quote);
    // a break, a price or a tier alone names no price list
    CHECK(parsers::classify_kind("Coffee break", "") == DocKind::other);
    CHECK(parsers::classify_kind("Tier 1 supplier audit", "") == DocKind::other);
    CHECK(parsers::classify_kind("RFQ: price breaks for 1k / 5k pcs", "") == DocKind::inquiry);
}

// ------------------------------------------------------------------ `>>` answers in a kept quote

namespace {

// blind8 026's shape: the answers marked `>>` inside our RFQ, quoted by Outlook without marks.
constexpr std::string_view k_rfq_answered = "Hi Emily,\n\n"
                                            "Pls see our answers in red below.\n\n"
                                            "Kevin\n\n"
                                            "-----Original Message-----\n"
                                            "From: Emily Zhou <emily.zhou@cascadia-supply.ca>\n"
                                            "Sent: Monday, May 18, 2026 8:02 AM\n"
                                            "To: Kevin Lau <kevin@xunda-elec.com>\n"
                                            "Subject: RFQ car chargers\n\n"
                                            "Hi Kevin,\n\n"
                                            "1. XD-CR38 car charger 38W PD+QC, target USD 2.40\n"
                                            ">> Best price USD 2.65/pc, 2.40 not possible.\n"
                                            "2. XD-CR20 car charger 20W single C, target USD 1.50\n"
                                            ">> OK can do USD 1.55/pc\n\n"
                                            "Please also advise the lead time.\n"
                                            ">> 20 days after deposit.\n";

} // namespace

TEST_CASE("answers marked >> inside a quote kept unmarked are the writer's, of the entry above",
          "[pricing][fix13]") {
    std::string fresh = parsers::fresh_part(k_rfq_answered);
    CHECK(fresh.find("XD-CR38 car charger 38W PD+QC Best price USD 2.65/pc") != std::string::npos);
    CHECK(fresh.find("XD-CR20 car charger 20W single C OK can do USD 1.55/pc") !=
          std::string::npos);
    // the RFQ's own lines (its targets) are not the writer's
    CHECK(fresh.find("target USD") == std::string::npos);
    // an answer under a line naming no part stays as written
    CHECK(fresh.find("\n20 days after deposit.") != std::string::npos);
    auto items = show(pricing::read_prose(fresh, {}));
    CHECK(items ==
          std::vector<std::string>{"XD-CR38 car charger 38W PD+QC|XD-CR38 38W||pcs|USD|2.65",
                                   "XD-CR20 car charger 20W single C|XD-CR20 20W||pcs|USD|1.55"});
}

TEST_CASE("a quote kept inline whose lines are >-quoted keeps them as the older mail's",
          "[pricing][fix13]") {
    // a classic reply: the older mail `>`-quoted, the answers unmarked between its lines
    std::string fresh = parsers::fresh_part("Answers inline below.\n\n"
                                            "On Mon, 18 May 2026, Emily Zhou wrote:\n"
                                            "> 1. XD-CR38 car charger, target USD 2.40\n"
                                            "USD 2.65/pc\n"
                                            "> 2. XD-CR20 car charger, target USD 1.50\n"
                                            "USD 1.55/pc\n"
                                            "> Thanks\n");
    CHECK(fresh.find("target USD 2.40") == std::string::npos);
    CHECK(fresh.find("target USD 1.50") == std::string::npos);
    // no words saying the answers are inside: the quoted mail is not read at all
    std::string plain(k_rfq_answered);
    plain.replace(plain.find("Pls see our answers in red below."), 33, "Thanks for the RFQ.");
    CHECK(parsers::fresh_part(plain).find("2.65") == std::string::npos);
}

TEST_CASE("answers typed unmarked in a kept quote keep the whole quote", "[pricing][fix13]") {
    // blind12 021's shape: no `>` line at all, so no line is singled out as the answer
    std::string fresh = parsers::fresh_part("Please see our prices inline below.\n\n"
                                            "-----Original Message-----\n"
                                            "From: Tom <tom@ourco.com>\n"
                                            "Sent: Monday, May 18, 2026 8:02 AM\n"
                                            "Subject: RFQ gaskets\n\n"
                                            "1. SP-GK-050 EPDM flange gasket DN50 - USD 0.38/PC\n"
                                            "2. SP-GK-080 EPDM flange gasket DN80 - USD 0.56/PC\n");
    CHECK(fresh.find("SP-GK-050 EPDM flange gasket DN50 - USD 0.38/PC") != std::string::npos);
    CHECK(fresh.find("SP-GK-080 EPDM flange gasket DN80 - USD 0.56/PC") != std::string::npos);
}

// ------------------------------------------------------------------ a size before a price

TEST_CASE("the digits of a size are no first group of a space-grouped number", "[pricing][fix13]") {
    // "DN50 118元/只" was read as 50 118 yuan, a price of nothing
    CHECK(show(pricing::read_prose("球阀DN50 118元/只\n", in("CNY"))) ==
          std::vector<std::string>{"球阀DN50|DN50||只|CNY|118"});
    CHECK(show(pricing::read_prose("Hex bolt M10 250 EUR/100 pcs\n", in("EUR"))).size() == 1);
    // grouped numbers stay grouped: after a space, after a currency's letters
    CHECK(test::names(show(pricing::read_prose("Ball valve: 17 900 руб./шт.\n", in("RUB"))),
                      "|RUB|17900"));
    CHECK(test::names(show(pricing::read_prose("Ball valve DN50: EUR1 250,00 / pc\n", in("EUR"))),
                      "|EUR|1250"));
}
