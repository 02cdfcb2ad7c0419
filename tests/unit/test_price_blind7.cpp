// Price reading on the layouts of a South African sourcing company's mail
// (bench/price_eval/blind7, issue 16): currencies named only by their ISO 4217 code. Each rule on
// varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/document.hpp"
#include "parsers/mime.hpp"
#include "parsers/pricing/asking.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/home_currency.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/prose.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::read;
using test::show;

} // namespace

TEST_CASE("currencies: any ISO 4217 code in capitals names its currency", "[pricing][blind7]") {
    CHECK(find_currency("Unit price (NGN)") == "NGN");
    CHECK(find_currency("Precio neto CLP") == "CLP");
    CHECK(find_currency("KES 1,250.00") == "KES");
    CHECK(find_currency("Valores en pesos colombianos (COP)") == "COP");
    CHECK(find_currency("1 250,00 BGN") == "BGN");
    // The code written first wins over a sign written later, and over no sign at all.
    CHECK(find_currency("Amounts in NGN; freight $ 1,200") == "NGN");
    CHECK(find_currency("Total $ 1,200 (USD)") == "USD");
}

TEST_CASE("currencies: capitals that are no currency code", "[pricing][blind7]") {
    CHECK(find_currency("PCS").empty());
    CHECK(find_currency("FOB Lagos, MOQ 100").empty());
    CHECK(find_currency("Part SRD-25 and LAK_3").empty()); // part numbers
    CHECK(find_currency("NGN2 valve").empty());            // joined to a digit
    CHECK(find_currency("XNGN").empty());                  // inside a longer word
    CHECK(find_currency("ngn").empty());                   // codes are written in capitals
    CHECK(find_currency("Gross weight 85 KGS").empty());   // kilograms, not Kyrgyz som
}

TEST_CASE("currencies: codes that are also words only beside a number", "[pricing][blind7]") {
    CHECK(find_currency("PEN 1,250.00") == "PEN");
    CHECK(find_currency("1.250,00 PEN") == "PEN");
    CHECK(find_currency("Precio unitario (PEN)") == "PEN");
    CHECK(find_currency("ALL PRICES ARE NET").empty());
    CHECK(find_currency("BALL PEN BLUE").empty());
    CHECK(find_currency("AMD Ryzen workstation").empty());
    CHECK(find_currency("CRC check failed").empty());
    CHECK(find_currency("TOP COVER").empty());
}

TEST_CASE("currencies: an ISO code before or after an amount", "[pricing][blind7]") {
    std::string code;
    std::string_view text = "NGN 20,517,000.00";
    CHECK(currency_starting_at(text, 0, "CNY", code) == 3);
    CHECK(code == "NGN");
    code.clear();
    text = "4,050.00 KES";
    CHECK(currency_ending_at(text, text.size(), "CNY", code) == 9);
    CHECK(code == "KES");
    code.clear();
    text = "SRD-25";
    CHECK(currency_starting_at(text, 0, "CNY", code) == std::string_view::npos);
    CHECK(code.empty());
}

TEST_CASE("tables: a header naming a code without a sign gives that currency",
          "[pricing][blind7]") {
    auto items = read({{"Item", "Description", "Qty (pcs)", "Unit price (NGN)", "Amount (NGN)"},
                       {"1", "Centrifugal pump EP-50", "2", "1,850,000.00", "3,700,000.00"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "NGN");
    CHECK(items[0].unit_price == "1850000.00");
}

TEST_CASE("currencies: the Kenyan shilling's sign", "[pricing][blind7]") {
    CHECK(find_currency("Price (KSh, VAT incl.)") == "KES");
    CHECK(find_currency("Old Price (KSh)") == "KES");
    CHECK(find_currency("Ksh 1,250.00") == "KES");
    CHECK(find_currency("KShs 86.50") == "KES");
    CHECK(find_currency("KShort bolt M8").empty()); // letters join it to a word
    CHECK(find_currency("Kshatriya").empty());
}

TEST_CASE("prose: a size written as whole number times whole number is no price",
          "[pricing][blind7]") {
    TableContext context;
    CHECK(read_prose("Počet palet: 2 (EUR 1200 x 800)\n", context).empty());
    CHECK(read_prose("Pallet EUR 1200x800 mm, gross 412 kg\n", context).empty());
    CHECK(read_prose("Sheet ZAR 2500 × 1250\n", context).empty());
    // A price times a count stays a price.
    auto items = read_prose("Valve DV-25: EUR 150.00 x 2 = EUR 300.00\n", context);
    REQUIRE(!items.empty());
    CHECK(items[0].unit_price == "150.00");
    items = read_prose("Valve DV-40: EUR 85 x 10 pcs\n", context);
    REQUIRE(!items.empty());
    CHECK(items[0].unit_price == "85");
}

TEST_CASE("list prices: one stated trade discount for us", "[pricing][blind7]") {
    CHECK(list_discount("Your trade discount: 20 % off all list prices") == "20");
    CHECK(list_discount("Prices below are list prices.\nTrade discount 12.5% on every item") ==
          "12.5");
    CHECK(list_discount("We grant 15% off all list prices for your account.") == "15");
    // Conditional or not ours: no discount applied.
    CHECK(list_discount("Trade discount 5 % for orders above SAR 50,000").empty());
    CHECK(list_discount("2 % discount for payment within 10 days").empty());
    CHECK(list_discount("Your discount: 3 % if paid within 14 days").empty());
    CHECK(list_discount("VAT 15 % is charged on all list prices").empty());
    CHECK(list_discount("Trade discount: see attached terms").empty());
    // A threshold word conditions the discount only with an amount after it.
    CHECK(list_discount("Your trade discount: 20 % off all list prices above") == "20");
    CHECK(list_discount("Trade discount: 10 % off all list prices shown over the page") == "10");
    CHECK(list_discount("Trade discount 10 % over 100 pcs").empty());
    CHECK(list_discount("Trade discount: 8 % off all list prices from 01.03.2026").empty());
    CHECK(list_discount("Your discount 7 % on orders exceeding EUR 5,000").empty());
}

TEST_CASE("tables: list prices with a stated discount give the net price", "[pricing][blind7]") {
    TableContext context;
    context.list_discount = "20";
    auto items = read({{"Part no.", "Description", "Unit", "List price (SAR)"},
                       {"RW-GV4", "Gate valve 4\" PN16", "pcs", "1,550.00"}},
                      context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "1240.00");
    // A price column that is no list price is the price as written.
    items = read({{"Part no.", "Description", "Unit", "Unit price (SAR)"},
                  {"RW-GV4", "Gate valve 4\" PN16", "pcs", "1,550.00"}},
                 context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "1550.00");
    // A net column beside the list one: the net one, not discounted again.
    items = read({{"Part no.", "Description", "List price", "Net price"},
                  {"RW-GV4", "Gate valve 4\" PN16", "1,550.00", "1,300.00"}},
                 context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "1300.00");
}

TEST_CASE("counter-offers: prices listed under a buyer's asking intro", "[pricing][blind7]") {
    CHECK(only_wanted_prices("Revisamos su cotización con nuestra gerencia. Para adjudicar "
                             "necesitaríamos:\n\n- Guante de cuero KIS-GL-10: $7.900 por par\n"
                             "- Casco clase A KIS-CA-01: $11.500 por unidad\n\nSaludos,\n"));
    CHECK(only_wanted_prices("To award the order we would need these prices:\n"
                             "DV-25  USD 12.40\nDV-40  USD 18.90\n"));
    CHECK(only_wanted_prices("Our target prices:\nDV-25 EUR 10.50\nDV-40 EUR 14.00\n"));
    CHECK(only_wanted_prices("Could you do DV-25 at EUR 10.50?\n"));
    // A seller's list, or asking beside prices that stand on their own: not only wanted prices.
    CHECK_FALSE(only_wanted_prices("Our prices:\nDV-25 EUR 12.40\nDV-40 EUR 18.90\n"));
    CHECK_FALSE(only_wanted_prices("Podemos ofrecer:\n- DV-25: USD 12.40\n"));
    CHECK_FALSE(only_wanted_prices("Our target prices:\nDV-25 EUR 10.50\n\nWe confirm "
                                   "delivery.\nDV-40 EUR 14.00\n"));
    CHECK_FALSE(only_wanted_prices("Please find our prices; if you can order 500 pcs:\n"
                                   "Our standard list remains.\nDV-25 EUR 12.40\n"));
    CHECK_FALSE(only_wanted_prices("Necesitaríamos la entrega en mayo.\n"));
    CHECK_FALSE(only_wanted_prices("We revise our rates as under:\n- PH-80 Pump Housing: Rs. "
                                   "1,18,500/- per No. (earlier Rs. 1,25,000/-)\n"));
}

TEST_CASE("currencies: a bare $ from a peso country is the peso, or no price",
          "[pricing][blind7]") {
    CHECK(dollar_sign_peso("crojas@sumatacama.cl") == "CLP");
    CHECK(dollar_sign_peso("Ventas <ventas@dotavalle.com.co>") == "COP");
    CHECK(dollar_sign_peso("compras@acero.com.mx") == "MXN");
    CHECK(dollar_sign_peso("sales@startup.co").empty()); // .co alone is sold to anyone
    CHECK(dollar_sign_peso("sales@acme.com").empty());
    CHECK(dollar_sign_peso("no address .cl").empty());
    CHECK(names_us_dollar("Precios en USD"));
    CHECK(names_us_dollar("valores en dólares"));
    CHECK_FALSE(names_us_dollar("Precio $7.900 por par"));
    CHECK_FALSE(names_us_dollar("Fusda 12")); // no mark inside a word

    auto message_from = [](std::string from, std::string body) {
        return parsers::parse_message("From: Ventas <" + from +
                                      ">\r\nTo: buyer@acme.com\r\nSubject: Cotizacion 118\r\n"
                                      "Date: Mon, 1 Jun 2026 09:00:00 -0400\r\n"
                                      "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
                                      body);
    };
    const std::string table = "Codigo      Descripcion              Cantidad   Precio\r\n"
                              "KIS-GL-10   Guante de cuero soldador 500        $8.450\r\n"
                              "KIS-CA-01   Casco clase A            300        $12.900\r\n";
    auto items = parsers::extract_message_prices(message_from("ventas@minera.cl", table),
                                                 parsers::DocKind::quote, {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "CLP");
    CHECK(items[0].unit_price == "8450");
    CHECK(items[1].currency == "CLP");
    // "$8.45" from Chile: the peso has no such decimals, the number is unknown.
    items = parsers::extract_message_prices(
        message_from("ventas@minera.cl",
                     "Codigo      Descripcion              Cantidad   Precio\r\n"
                     "KIS-GL-10   Guante de cuero soldador 500        $8.45\r\n"),
        parsers::DocKind::quote, {});
    CHECK(items.empty());
    // Ambiguous: the same mail writes US dollars elsewhere. No price beats a wrong one.
    items = parsers::extract_message_prices(
        message_from("ventas@minera.cl", table + "Flete: USD 450.00\r\n"), parsers::DocKind::quote,
        {});
    for (const PriceItem& item : items)
        CHECK(item.currency != "USD");
    // must not change: a sender whose country writes no peso as "$", or a line saying US$.
    items = parsers::extract_message_prices(message_from("sales@minera.com", table),
                                            parsers::DocKind::quote, {});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "USD");
    const std::string in_us = "Codigo      Descripcion              Cantidad   Precio\r\n"
                              "KIS-GL-10   Guante de cuero soldador 500        US$8.45\r\n";
    items = parsers::extract_message_prices(message_from("ventas@minera.cl", in_us),
                                            parsers::DocKind::quote, {});
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "USD");
}

TEST_CASE("currencies: letter signs beside a number, not in words or models", "[pricing][blind7]") {
    CHECK(find_currency("R 1 250,00") == "ZAR");
    CHECK(find_currency("R685.00") == "ZAR");
    CHECK(find_currency("kr 4 250,-") == "kr");
    CHECK(find_currency("1 186,- kr") == "kr");
    CHECK(find_currency("12 500 Ft") == "HUF");
    CHECK(find_currency("259,00 lei/buc") == "RON");
    CHECK(find_currency("Tk 86.00") == "BDT");
    CHECK(find_currency("৳ 8,60,000.00") == "BDT");
    CHECK(find_currency("₪1,250.00") == "ILS");
    CHECK(find_currency("NIS 2,300") == "ILS");
    CHECK(find_currency("4,850.00 ج.م") == "EGP");
    CHECK(find_currency("₦20,517,000.00") == "NGN");
    auto money = read_money("R 685,00", Mark::comma, "CNY", false);
    REQUIRE(money);
    CHECK(money->currency == "ZAR");
    CHECK(money->value == "685.00");
    money = read_money("kr 4 250,-", Mark::comma, "CNY", false);
    REQUIRE(money);
    CHECK(money->currency == "kr");
    // must not read: R&D, a model R12 or Tk200, feet, Italian "lei", "kr" without a number.
    CHECK(find_currency("R&D budget 12").empty());
    CHECK(find_currency("Relay R12 coil").empty());
    CHECK(find_currency("Model TK200").empty());
    CHECK(find_currency("Tk200 adapter").empty());
    CHECK(find_currency("Hose 25 ft long").empty());
    CHECK(find_currency("Lei ha chiesto 3 pezzi").empty());
    CHECK(find_currency("kr ved levering").empty());
    CHECK(find_currency("SR 12 valve").empty());
    CHECK(find_currency("Type R").empty());
    CHECK(find_currency("685,00     R") == "ZAR"); // the next column's sign, cut off
}

TEST_CASE("units: the words of blind7's languages", "[pricing][blind7]") {
    CHECK(normalise_unit("ks") == "pcs");
    CHECK(normalise_unit("db") == "pcs");
    CHECK(normalise_unit("buc.") == "pcs");
    CHECK(normalise_unit("τεμ.") == "pcs");
    CHECK(normalise_unit("قطعة") == "pcs");
    CHECK(normalise_unit("حبة") == "pcs");
    CHECK(normalise_unit("ชิ้น") == "pcs");
    CHECK(normalise_unit("und") == "pcs");
    CHECK(normalise_unit("készlet") == "sets");
    CHECK(normalise_unit("ark") == "sheets");
    CHECK(normalise_unit("μ.") == "m");
    CHECK(normalise_unit("متر") == "m");
    CHECK(normalise_unit("ม้วน") == "rolls");
    // must not read: words that only contain them.
    CHECK(normalise_unit("Denmark").empty());
    CHECK(normalise_unit("undo").empty());
    CHECK(normalise_unit("buckle").empty());
}
