// Price reading where one written word means different things by document and product, and what
// the earlier price sets left wrong (issue 16): "mt" as a metre or a tonne, "/M" and "/C" as a
// thousand and a hundred pieces, abbreviation dots inside a sentence, a bracketed note after a
// unit price. Each rule on varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/mime.hpp"
#include "parsers/pricing/as_written.hpp"
#include "parsers/pricing/home_currency.hpp"
#include "parsers/pricing/line_items.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/sentences.hpp"
#include "parsers/pricing/trade_names.hpp"
#include "parsers/pricing/unit_sense.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

PriceItem priced(std::string product, std::string unit, std::string price, std::string line) {
    PriceItem item;
    item.product = std::move(product);
    item.unit = std::move(unit);
    item.unit_price = std::move(price);
    item.line = std::move(line);
    return item;
}

constexpr std::string_view k_italian_offer =
    "Gentile Sig. de Vries, in riferimento alla Vs. richiesta, Vi inviamo la nostra migliore "
    "offerta. Prezzo EUR/mt fino a 299 mt. Consegna: 4 settimane. Cordiali saluti";
constexpr std::string_view k_english_offer =
    "Dear Tom, please find our price for the items below. Price USD/MT FOB Tianjin. Best "
    "regards";

} // namespace

TEST_CASE("units: mt is a metre in Italian, a tonne in English and for bulk goods",
          "[pricing][known]") {
    CHECK(looks_italian(k_italian_offer));
    CHECK_FALSE(looks_italian(k_english_offer));
    // Italian silk, an Italian hose: metres
    CHECK(mt_means_metre(k_italian_offer, "Crêpe de Chine pura seta 16 mm"));
    CHECK(mt_means_metre(k_italian_offer, "Tubo flessibile DN25"));
    // must not read as metres: English trade text, a table with no prose, bulk goods
    CHECK_FALSE(mt_means_metre(k_english_offer, "ERW Steel Pipe Φ219×6"));
    CHECK_FALSE(mt_means_metre("No. | Item | Size | Unit | USD\n1 | ERW Steel Pipe | Φ219×6 | MT",
                               "ERW Steel Pipe Φ219×6"));
    CHECK_FALSE(mt_means_metre(k_english_offer, "Soda ash dense"));
    CHECK_FALSE(mt_means_metre(k_italian_offer, "Granulo PP omopolimero"));
    CHECK_FALSE(mt_means_metre("Estimado cliente, le enviamos el precio", "Urea 46%"));

    std::vector<PriceItem> items = {
        priced("Crêpe de Chine pura seta 16 mm", "ton", "24.50", "SETA-220  Crêpe  24,50")};
    settle_units(items, k_italian_offer);
    CHECK(items[0].unit == "m");
    CHECK(items[0].unit_price == "24.50");
    // must not change: an English steel quote per MT; a tonne the document writes as "t"
    items = {priced("ERW Steel Pipe", "ton", "655.00", "1 | ERW Steel Pipe | MT | 655.00")};
    settle_units(items, k_english_offer);
    CHECK(items[0].unit == "ton");
    items = {priced("Tubo acciaio", "ton", "780.00", "Tubo acciaio  780,00 EUR/t")};
    settle_units(items, "Gentile cliente, il prezzo della nostra offerta: 780,00 EUR/t");
    CHECK(items[0].unit == "ton");
}

TEST_CASE("units: /M and /C after a US price are a thousand and a hundred pieces",
          "[pricing][known]") {
    std::vector<PriceItem> items = {
        priced("Hex Cap Screw 3/8-16 x 1-1/2", "m", "124.00",
               "GL-HCS-3816-150 Hex Cap Screw 3/8-16 x 1-1/2:  $124.00/M  (was $128.50)"),
        priced("Finished Hex Nut 3/8-16", "", "45.00", "Finished Hex Nut 3/8-16  $45.00/C"),
        priced("Flat washer 3/8 SAE", "m", "9.85", "Flat washer 3/8 SAE  $9.85 per M")};
    settle_units(items, "");
    CHECK(items[0].unit_price == "0.124");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit_price == "0.45");
    CHECK(items[1].unit == "pcs");
    CHECK(items[2].unit_price == "0.00985");
    // The written price stays visible beside the price per piece.
    auto written = as_written(items[0]);
    REQUIRE(written);
    CHECK(written->price == "124.00");
    CHECK(written->per == "1000");
    CHECK(written->unit == "M");
    written = as_written(items[1]);
    REQUIRE(written);
    CHECK(written->per == "100");
    // must not change: a cable per metre, a screw whose "/M" is no price of it, "/MT"
    items = {priced("Copper cable 3x2.5", "m", "1.20", "Copper cable 3x2.5  USD 1.20/M"),
             priced("Hex bolt M12", "m", "3.10", "Hex bolt M12  $3.10 ea, $2.90/M rods"),
             priced("Anchor bolt", "ton", "900.00", "Anchor bolt  USD 900.00/MT")};
    settle_units(items, "");
    CHECK(items[0].unit_price == "1.20");
    CHECK(items[0].unit == "m");
    CHECK(items[1].unit_price == "3.10");
    CHECK(items[2].unit_price == "900.00");
    CHECK_FALSE(as_written(items[0]));
}

TEST_CASE("prose: abbreviation dots do not end the sentence of a price", "[pricing][known]") {
    TableContext context;
    auto items = read_prose("per l'art. SETA-220 h. 140 possiamo confermarVi il nuovo prezzo di "
                            "22,80 EUR/mt per gli ordini dal 1° novembre.\n",
                            context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "SETA-220");
    CHECK(items[0].unit_price == "22.80");
    items = read_prose("Für Sechskantschrauben z.B. DIN 933 M8x30 bzw. ISO 4017 gilt: EUR 4,20 "
                       "je 100 Stk.\n",
                       context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].product.find("DIN 933") != std::string::npos);
    CHECK(abbreviation_dot("ca. 900 mt", 2));
    CHECK(abbreviation_dot("Pos. 3", 3));
    // must not join: a full stop after a word or a number ends the sentence
    CHECK_FALSE(abbreviation_dot("Thanks. Valve", 6));
    CHECK_FALSE(abbreviation_dot("in week 40. Valve", 10));
    CHECK(full_stop("Thanks. Valve A-1 USD 5.00") == 6);
    CHECK(full_stop("Art. 5 and h. 140") == std::string_view::npos);
    items = read_prose("Our stock is low this week. Ball valve DN50 USD 12.50/pc\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].product.find("week") == std::string::npos);
}

TEST_CASE("line items: a bracketed note after a unit price", "[pricing][known]") {
    TableContext context;
    context.mark = Mark::comma;
    auto items = read_line_items(
        grid::text_tables("VB-USBC-2M  USB-C naar USB-C kabel 2 m, 100 W    € 3,15 per stuk\n"
                          "VB-HDMI21-2M  HDMI 2.1 kabel 2 m, 8K             € 9,10 per stuk "
                          "(bij 500 st.)\n"
                          "VB-DP14-2M  DisplayPort 1.4 kabel 2 m            € 6,75 per stuk "
                          "(excl. BTW)\n")
            .front(),
        context);
    REQUIRE(items.size() == 3);
    CHECK(items[1].model == "VB-HDMI21-2M");
    CHECK(items[1].unit_price == "9.10");
    CHECK(items[1].quantity == "500");
    CHECK(items[1].unit == "pcs");
    CHECK(items[2].unit_price == "6.75");
    CHECK(items[2].quantity.empty());
    // must not read: an old price in the note, a price with tax included
    items = read_line_items(
        grid::text_tables("GL-HN-3816  Finished Hex Nut 3/8-16    USD 30,10 per M (was USD 31,20)\n"
                          "VB-DP14-2M  DisplayPort 1.4 kabel 2 m  € 8,17 per stuk (incl. BTW)\n")
            .front(),
        context);
    CHECK(test::show(items) == std::vector<std::string>{});
}

TEST_CASE("identity: one kind of goods in Chinese and English with one size is one product",
          "[pricing][known]") {
    CHECK(goods_of("ERW Steel Pipe") == "welded_pipe");
    CHECK(goods_of("焊管") == "welded_pipe");
    CHECK(goods_of("无缝钢管") == "seamless_pipe");
    CHECK(goods_of("Seamless Steel Pipe") == "seamless_pipe");
    CHECK(goods_of("Finished Hex Nut") == "hex_nut");
    CHECK(goods_of("Hexagon socket screw").empty());
    CHECK(same_goods("焊管", "ERW Steel Pipe"));
    // must not: other kinds, the general word beside a specific one, one script
    CHECK_FALSE(same_goods("膨胀螺栓", "Hex bolt"));
    CHECK_FALSE(same_goods("螺栓", "Hex bolt"));
    CHECK_FALSE(same_goods("无缝钢管", "ERW Steel Pipe"));
    CHECK_FALSE(same_goods("ERW pipe", "welded steel pipe"));

    // One customer's list: a Chinese quote, a Chinese notice, an English quote.
    std::vector<PriceItem> list = {
        test::row("焊管", "Φ219×6 Q235B", "Q235B"), test::row("焊管 Φ219×6 Q235B", ""),
        test::row("ERW Steel Pipe", "Φ219×6"),      test::row("焊管", "Φ273×8 Q235B", "Q235B"),
        test::row("无缝钢管", "Φ89×5 20#", "20#"),  test::row("Seamless Steel Pipe", "Φ89×5"),
        test::row("膨胀螺栓 M12×50", ""),           test::row("Hex bolt", "M12x50"),
        test::row("Seamless Steel Pipe Φ219×6", "")};
    CHECK(test::same(list, 0, 2));
    CHECK(test::same(list, 1, 2));
    CHECK(test::same(list, 4, 5));
    // must not join: another size, another kind of goods with the same size
    CHECK_FALSE(test::same(list, 2, 3));
    CHECK_FALSE(test::same(list, 6, 7));
    CHECK_FALSE(test::same(list, 8, 0));
    CHECK_FALSE(test::same(list, 8, 2));

    // A bilingual quote naming both makes them one, whatever the glossary knows.
    list = {test::row("钢丝绳 Wire Rope", "6x19-12mm"), test::row("钢丝绳", "6x19-12mm"),
            test::row("Wire Rope", "6x19-12mm")};
    CHECK(test::same(list, 1, 2));
}

TEST_CASE("currency: a document naming none is in its sender's country's", "[pricing][known]") {
    CHECK(home_currency("ventas@hidraulica-levante.es") == "EUR");
    CHECK(home_currency("Carmen <carmen@levante.ES>") == "EUR");
    CHECK(home_currency("sales@pennine-textiles.co.uk") == "GBP");
    CHECK(home_currency("info@zuerich-ventile.ch") == "CHF");
    CHECK(home_currency("eigyo@osaka-bolt.co.jp") == "JPY");
    CHECK(home_currency("biuro@wisla-chem.pl") == "PLN");
    // must not guess: generic domains, places that quote in dollars as often, no domain
    CHECK(home_currency("sales@glfastener.com").empty());
    CHECK(home_currency("jan@meridian-sourcing.eu").empty());
    CHECK(home_currency("trade@kowloon-valves.hk").empty());
    CHECK(home_currency("sales@saigon-pumps.vn").empty());
    CHECK(home_currency("not an address").empty());
}

TEST_CASE("currency: a mail's items without one take the sender's country's", "[pricing][known]") {
    auto message_from = [](std::string from, std::string table) {
        return parsers::parse_message("From: Carmen <" + from +
                                      ">\r\nTo: joost@meridian.nl\r\nSubject: Oferta "
                                      "OF-25/0389\r\nDate: Mon, 1 Sep 2026 09:00:00 +0200\r\n"
                                      "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                      "Buenos días,\r\n\r\n" +
                                      table + "\r\nSaludos,\r\nCarmen\r\n");
    };
    const std::string table =
        "Referencia   Descripción                 Cantidad   Precio   Importe\r\n"
        "RC-12-12     Racor recto JIC 1/2\"        300        2,40     720,00\r\n"
        "VB-34        Válvula de bola latón 3/4\"  100        5,22     522,00\r\n";
    auto items = parsers::extract_message_prices(message_from("ventas@levante.es", table),
                                                 parsers::DocKind::quote, {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "EUR");
    CHECK(items[1].unit_price == "5.22");
    // must not change: a currency the mail names; a sender whose country says nothing
    std::string in_usd = table;
    in_usd.replace(in_usd.find("Precio  "), 8, "USD     ");
    items = parsers::extract_message_prices(message_from("ventas@levante.es", in_usd),
                                            parsers::DocKind::quote, {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "USD");
    items = parsers::extract_message_prices(message_from("sales@levante.com", table),
                                            parsers::DocKind::quote, {});
    for (const PriceItem& item : items)
        CHECK(item.currency.empty());
}

TEST_CASE("kinds: a mail that opens by answering an RFQ and states prices is a quote",
          "[pricing][known]") {
    auto kind_of = [](std::string subject, std::string body) {
        parsers::MatchRules rules;
        rules.own_domains = {"kestrel-sourcing.com"};
        parsers::Message message = parsers::parse_message(
            "From: Mike <mnovak@glfastener.com>\r\nTo: amy@kestrel-sourcing.com\r\nSubject: " +
            subject +
            "\r\nDate: Fri, 9 Jan 2026 11:42:00 -0500\r\nContent-Type: text/plain; "
            "charset=utf-8\r\n\r\n" +
            body);
        return std::string(parsers::to_string(parsers::classify(message, rules).kind));
    };
    const std::string table =
        "Part Number        Description          Qty     Price    Ext.\r\n"
        "GL-HCS-3816-150    Hex Cap Screw 3/8    5,000   $0.1285  $642.50\r\n"
        "GL-HN-3816         Finished Hex Nut     5,000   $0.0312  $156.00\r\n";
    CHECK(kind_of("GLQ-260109-07 - screws and nuts",
                  "Hi Amy,\r\nThanks for the RFQ. Pricing below.\r\n\r\n" + table) == "quote");
    CHECK(kind_of("GLQ-260109-07", "Thank you for your enquiry, prices below.\r\n\r\n" + table) ==
          "quote");
    // must not: a buyer's RFQ (with a table of quantities and no prices), or thanks without prices
    CHECK(kind_of("RFQ - hex cap screws",
                  "Please quote the items below, thanks for the RFQ "
                  "process.\r\nGL-HCS-3816-150  5,000 pcs\r\n") == "inquiry");
    CHECK(kind_of("RFQ GLQ-1", "Thanks for the RFQ, we will send prices on Monday.\r\n") ==
          "inquiry");
}

TEST_CASE("tables: a Price/M column the arithmetic shows per thousand is per piece",
          "[pricing][known]") {
    auto items =
        test::read({{"Line", "Part Number", "Description", "Qty", "Price/M", "Ext. Price"},
                    {"1", "GL-HCS-3816-150", "Hex Cap Screw", "5,000", "$128.50", "$642.50"},
                    {"2", "GL-FW-38", "Flat Washer 3/8 SAE", "10,000", "$9.85", "$98.50"}},
                   test::in("USD"));
    REQUIRE(items.size() == 2);
    CHECK(items[0].unit_price == "0.1285");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit_price == "0.00985");
    // must not: a price per metre that the arithmetic shows per metre stays a metre
    items = test::read({{"Item", "Description", "Qty", "Price/m", "Amount"},
                        {"1", "PVC hose 1/2\"", "200", "2.10", "420.00"}},
                       test::in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "2.10");
    CHECK(items[0].unit == "m");
}
