// Price reading on the layouts of a European trading company's mail (bench/price_eval/blind5,
// issue 16): units, header words and currencies of Dutch, Polish, Turkish, Portuguese and Spanish
// documents, quantity breaks written as thousands or "up to", quoted and forwarded mail in more
// languages, and kinds. Each rule on varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::read;
using test::show;

} // namespace

TEST_CASE("units: trade units of more languages", "[pricing][blind5]") {
    CHECK(normalise_unit("cx") == "boxes");
    CHECK(normalise_unit("caixa") == "boxes");
    CHECK(normalise_unit("DOZ") == "dozen");
    CHECK(normalise_unit("dúzia") == "dozen");
    CHECK(normalise_unit("docena") == "dozen");
    CHECK(normalise_unit("yd") == "yd");
    CHECK(normalise_unit("yards") == "yd");
    CHECK(normalise_unit("Tm") == "ton");
    CHECK(normalise_unit("metro") == "m");
    CHECK(normalise_unit("mètres") == "m");
    CHECK(normalise_unit("szt.") == "pcs");
    CHECK(normalise_unit("adet") == "pcs");
    CHECK(normalise_unit("stuks") == "pcs");
    CHECK(normalise_unit("koli") == "ctns");
    CHECK(normalise_unit("rouleaux") == "rolls");
    // after a price: "每码8.60元", "EUR a dúzia", "USD/yard"
    CHECK(first_unit_word("码") == "yd");
    CHECK(find_unit_after_slash("USD / yard") == "yd");
    // must not read: words that are no unit
    CHECK(normalise_unit("mb").empty());
    CHECK(normalise_unit("doze").empty());
    CHECK(normalise_unit("metal").empty());
}

TEST_CASE("currencies: Turkish lira and more codes, not part numbers", "[pricing][blind5]") {
    CHECK(find_currency("185,50 TL", "CNY") == "TRY");
    CHECK(find_currency("Fiyat (TL)", "CNY") == "TRY");
    CHECK(find_currency("Prix MAD / m", "CNY") == "MAD");
    CHECK(find_currency("1.250,00 RON", "CNY") == "RON");
    // must not read: a part number that starts with TL
    CHECK(find_currency("TL-WR841N router", "CNY").empty());
    CHECK(find_currency("TL5 lamp", "CNY").empty());
    CHECK(find_currency("lamp 5TL", "CNY").empty());
}

TEST_CASE("headers: Dutch, Polish and Turkish column words", "[pricing][blind5]") {
    CHECK(read_header("Omschrijving", "CNY").role == Role::product);
    CHECK(read_header("Artikelnr.", "CNY").role == Role::model);
    CHECK(read_header("Eenheid", "CNY").role == Role::unit);
    CHECK(read_header("Aantal", "CNY").role == Role::quantity);
    CHECK(read_header("Prijs per stuk", "CNY").role == Role::price);
    CHECK(read_header("Oude prijs", "CNY").role == Role::old_price);
    CHECK(read_header("Nieuwe prijs", "CNY").role == Role::price);
    CHECK(read_header("Nazwa", "CNY").role == Role::product);
    CHECK(read_header("Indeks", "CNY").role == Role::model);
    CHECK(read_header("Jedn.", "CNY").role == Role::unit);
    CHECK(read_header("Ilość", "CNY").role == Role::quantity);
    CHECK(read_header("Cena netto PLN", "CNY").role == Role::price);
    CHECK(read_header("Ürün Kodu", "CNY").role == Role::model);
    CHECK(read_header("Ürün Adı", "CNY").role == Role::product);
    CHECK(read_header("Miktar", "CNY").role == Role::quantity);
    CHECK(read_header("Birim", "CNY").role == Role::unit);
    CHECK(read_header("Birim Fiyat", "CNY").role == Role::price);
    CHECK(read_header("Tutar", "CNY").role == Role::amount);
    CHECK(read_header("Eski Fiyat", "CNY").role == Role::old_price);
    // must not read: a tax or a discount column is no price
    CHECK(read_header("KDV", "CNY").role != Role::price);
    CHECK(read_header("Korting", "CNY").role != Role::price);
}

TEST_CASE("headers: quantity breaks in thousands and up to a quantity", "[pricing][blind5]") {
    CHECK(read_header("1K", "CNY").tier == "1000");
    CHECK(read_header("5K", "CNY").tier == "5000");
    CHECK(read_header("10K+", "CNY").tier == "10000");
    CHECK(read_header("fino a 299 mt", "CNY").tier == "1");
    CHECK(read_header("da 300 mt", "CNY").tier == "300");
    CHECK(read_header("vanaf 100 st", "CNY").tier == "100");
    CHECK(read_header("up to 499 pcs", "CNY").tier == "1");
    // must not read: a weight, a date, a plain count
    CHECK(read_header("5kg", "CNY").tier.empty());
    CHECK(read_header("Preis bis 31.12.", "CNY").tier.empty());
    CHECK(read_header("K-Faktor", "CNY").tier.empty());
}

TEST_CASE("tables: a Turkish quote in TL with discount, VAT and total rows", "[pricing][blind5]") {
    auto items = read({{"Ürün Kodu", "Ürün Adı", "En", "Miktar", "Birim", "Birim Fiyat", "Tutar"},
                       {"AT-GAB-260", "Pamuklu gabardin", "150 cm", "2.000", "metre", "185,50 TL",
                        "371.000,00 TL"},
                       {"AT-DNM-12S", "Streç denim 12 oz", "155 cm", "3.500", "metre", "242,75 TL",
                        "849.625,00 TL"},
                       {"Ara Toplam", "", "", "", "", "", "1.220.625,00 TL"},
                       {"İskonto %3", "", "", "", "", "", "-36.618,75 TL"},
                       {"KDV %10", "", "", "", "", "", "118.400,63 TL"},
                       {"Genel Toplam", "", "", "", "", "", "1.302.406,88 TL"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Pamuklu gabardin|AT-GAB-260|2000|m|TRY|185.50",
                                   "Streç denim 12 oz|AT-DNM-12S|3500|m|TRY|242.75"});
}

TEST_CASE("tables: Dutch staffel columns and a unit column", "[pricing][blind5]") {
    auto items = read({{"Artikelnr.", "Omschrijving", "Eenheid", "Staffelprijs excl. btw",
                        "Staffelprijs excl. btw", "Staffelprijs excl. btw"},
                       {"", "", "", "1 – 99", "100 – 499", "≥ 500"},
                       {"VB-USBC-1M", "USB-C kabel 1 m", "st", "€ 2,35", "€ 2,10", "€ 1,95"},
                       {"VB-CAT6-305", "CAT6 kabel", "m", "€ 0,62", "€ 0,57", "€ 0,52"}});
    REQUIRE(items.size() == 6);
    CHECK(show(items[0]) == "USB-C kabel 1 m|VB-USBC-1M|1|pcs|EUR|2.35");
    CHECK(show(items[5]) == "CAT6 kabel|VB-CAT6-305|500|m|EUR|0.52");
}

TEST_CASE("quoted mail in more languages is not the author's text", "[pricing][blind5]") {
    using parsers::fresh_part;
    CHECK(fresh_part("Nuovo prezzo 22,80 EUR\n\n-----Messaggio originale-----\nDa: Jan\n"
                     "Inviato: lunedì\ntarget 21,50 EUR\n") == "Nuovo prezzo 22,80 EUR\n\n");
    CHECK(fresh_part(
              "Prix 14,60 €\nLe lun. 7 sept. 2026 à 10:00, Jan a écrit :\nprix cible 13 €\n") ==
          "Prix 14,60 €\n");
    CHECK(fresh_part("Prijs € 3,15\nOp wo 9 sep. 2026 om 11:04 schreef Jan de Vries <j@x.nl>:\n"
                     "richtprijs € 2,80\n") == "Prijs € 3,15\n");
    // A forwarded offer is the sender's text: kept, its header block skipped.
    CHECK(fresh_part("Hierbij de offerte.\n---------- Doorgestuurd bericht ---------\nVan: Sanne\n"
                     "Datum: di 15 sep.\n\nVB-DP14-2M € 6,75 per stuk\n") ==
          "Hierbij de offerte.\n\nVB-DP14-2M € 6,75 per stuk\n");
    // must not cut: a sentence that only starts like a reply header
    CHECK(fresh_part("On request we can offer 5 % off.\nPrice 3.20 USD\n") ==
          "On request we can offer 5 % off.\nPrice 3.20 USD\n");
}

TEST_CASE("kinds: circulars, quotes and inquiries in Dutch, Polish, Turkish, French",
          "[pricing][blind5]") {
    using parsers::classify_kind;
    CHECK(classify_kind("Prijswijziging per 1 juli 2026", "Geachte relatie", {}) ==
          DocKind::price_notice);
    CHECK(classify_kind("Circulaire tarifaire 2026-03 – hausse", "Madame, Monsieur", {}) ==
          DocKind::price_notice);
    CHECK(classify_kind("Fiyat Teklifi AT-2026-0419", "Sayın", {}) == DocKind::quote);
    CHECK(classify_kind("Cennik 07/2026", "Dzień dobry", {}) == DocKind::quote);
    CHECK(classify_kind("Zapytanie ofertowe", "Prosimy o ofertę", {}) == DocKind::inquiry);
    // A loose order or contract word in the subject of a reply that offers prices: a quote.
    CHECK(classify_kind("RE: RFQ - council workwear contract", "Our offer, valid 30 days:", {}) ==
          DocKind::quote);
    CHECK(classify_kind("Re: prix LIN-320 commande septembre",
                        "nous pouvons vous proposer 14,60 € le mètre", {}) == DocKind::quote);
    // must not change: a purchase order or a sales contract named so stays what it is
    CHECK(classify_kind("Purchase Order PO-1", "we can offer delivery in week 3", {}) ==
          DocKind::order);
    CHECK(classify_kind("Sales Contract SC-7", "our price as agreed", {}) == DocKind::contract);
    CHECK(classify_kind("RFQ - council workwear contract", "Please quote by 6 March", {}) ==
          DocKind::contract);
}

TEST_CASE("prose: a price line under a list entry, and Romance unit words", "[pricing][blind5]") {
    TableContext context;
    // The price on the line under the entry: the entry names the product, not "cena netto".
    auto items = read_prose("1. Siarczan sodu bezwodny 99% (ZW-SS-99), worki 25 kg\n"
                            "   cena netto: 1.245,00 PLN/t, ilość: 24 t\n"
                            "2. Węglan sodu lekki (ZW-SODA-L), big bag 1 t\n"
                            "   cena netto: 2.180,00 PLN/t, ilość: 48 t\n",
                            context);
    REQUIRE(items.size() == 2);
    CHECK(items[0].product.find("Siarczan sodu bezwodny") != std::string::npos);
    CHECK(items[0].model == "ZW-SS-99");
    CHECK(items[0].unit_price == "1245.00");
    CHECK(items[0].unit == "ton");
    CHECK(items[0].currency == "PLN");
    CHECK(items[1].product.find("ZW-SODA-L") != std::string::npos);
    CHECK(items[1].unit_price == "2180.00");
    // "le mètre", "la pièce", "il pezzo": the unit after the article; the old price is none.
    items = read_prose("- Réf. LIN-320 laize 150 cm : 14,60 € le mètre (au lieu de 15,05 €)\n",
                       context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "14.60");
    CHECK(items[0].unit == "m");
    items = read_prose("Per l'articolo RX-200 possiamo fare 12,40 EUR il pezzo.\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit == "pcs");
    // "il nuovo prezzo di …": the small words are no product.
    items = read_prose("Valvola RX-300: il nuovo prezzo di 31,50 EUR al pezzo\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].product != "di");
    CHECK(items[0].product.find("RX-300") != std::string::npos);
    // must not read: a week is no unit ("la semaine"), nor is a price without a product
    items = read_prose("Livraison 14,60 € la semaine.\n", context);
    for (const PriceItem& item : items)
        CHECK(item.unit.empty());
}

TEST_CASE("tables: price columns per unit in two currencies under incoterm headers",
          "[pricing][blind5]") {
    auto items = read({{"Code", "Article", "Width", "FOB Istanbul", "CIF Rotterdam"},
                       {"Code", "Article", "Width", "USD / yard", "EUR / m"},
                       {"AT-GAB-260", "Cotton gabardine 260 gsm", "150 cm", "4,85", "5,62"},
                       {"AT-DNM-12S", "Stretch denim 12 oz", "155 cm", "6,20", "7,18"}});
    REQUIRE(items.size() == 4);
    CHECK(show(items[0]) == "Cotton gabardine 260 gsm|AT-GAB-260||yd|USD|4.85");
    CHECK(show(items[1]) == "Cotton gabardine 260 gsm|AT-GAB-260||m|EUR|5.62");
    items = read({{"Réf.", "Article", "Prix EUR / m", "Prix MAD / m"},
                  {"MS-LIN-150", "Lin lavé", "18,90", "205,00"}});
    CHECK(show(items) == std::vector<std::string>{"Lin lavé|MS-LIN-150||m|EUR|18.90",
                                                  "Lin lavé|MS-LIN-150||m|MAD|205.00"});
    // must not read: a line amount beside a price per unit is no second price
    items = read({{"Item", "Description", "Qty", "USD/pc", "USD"},
                  {"AB-100", "Hinge 4 inch", "200", "1.20", "240.00"}});
    CHECK(show(items) == std::vector<std::string>{"Hinge 4 inch|AB-100|200|pcs|USD|1.20"});
}

TEST_CASE("prose: a quantity break after a price is the same product's", "[pricing][blind5]") {
    TableContext context;
    auto items = read_prose("1、涤纶雪纺 HF-CH75D，每米6.80元，5000米以上每米6.50元；\n"
                            "2、全棉府绸 HF-PL40S，单价12.30元/米，满3000米12.00元/米；\n",
                            context);
    REQUIRE(items.size() == 4);
    CHECK(items[1].model == items[0].model);
    CHECK(items[1].unit_price == "6.50");
    CHECK(items[1].product.find("5000") == std::string::npos);
    CHECK(items[3].model == items[2].model);
    CHECK(items[3].unit_price == "12.00");
    items = read_prose("Ball valve BV-25: USD 7.20/pc, over 1000 pcs USD 6.90/pc\n", context);
    REQUIRE(items.size() == 2);
    CHECK(items[1].model == "BV-25");
    // must not read: a money threshold is no break ("满5万元返点2%", "orders over USD 500")
    items = read_prose("满5万元返点2%，运费每单200元\n", context);
    CHECK(items.empty());
    items = read_prose("Free shipping for orders over USD 500.00\n", context);
    CHECK(items.empty());
}

TEST_CASE("prose: part codes of capitals only", "[pricing][blind5]") {
    TableContext context;
    auto items = read_prose("Nuevo precio para el QL-CIT-A: 1,36 EUR/kg EXW Valencia.\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "QL-CIT-A");
    items = read_prose("Węglan sodu lekki ZW-SODA-L: 2.180,00 PLN/t\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "ZW-SODA-L");
    // must not read: two-part words are words ("USB-C", "HI-VIS"), lower case is no code
    items = read_prose("USB-C cable, 1 m: EUR 2.35 per piece\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model.empty());
    items = read_prose("HI-VIS vest: GBP 1.80 each\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model.empty());
    items = read_prose("Shirt long-sleeve-cotton: GBP 4.80 each\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model.empty());
}

TEST_CASE("prose: a size before a second price is a product, not a break", "[pricing][blind5]") {
    TableContext context;
    auto items = read_prose("M12化学锚栓单价2.35元/套，M16的单价4.10元/套。\n", context);
    REQUIRE(items.size() == 2);
    CHECK(items[1].model == "M16");
}
