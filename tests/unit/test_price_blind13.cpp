// What blind13 (bench/price_eval/blind13) showed the readers lacked, wrong current prices first,
// one rule per category, each with text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/prose.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::read;
using mailclerk::test::show;

// ------------------------------------------------------------------ a price list's years

TEST_CASE("table: of price columns apart only by their year, the latest year's is the price",
          "[pricing][blind13]") {
    auto items = show(read({{"Codice", "Misura", "Prezzo 2025 €", "Prezzo 2026 €", "Var. %"},
                            {"FL-PN16", "DN80", "24,60", "25,85", "5,1%"},
                            {"CU-90", "DN100", "18,90", "19,85", "5,0%"}},
                           in("EUR")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|EUR|25.85"));
    CHECK(items[1].ends_with("|EUR|19.85"));
    // the later year first, and a Chinese header: still the latest year
    items = show(
        read({{"型号", "2026年单价(元)", "2025年单价(元)"}, {"Z41H-16C DN50", "405.30", "386.00"}},
             in("CNY")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|CNY|405.30"));
}

TEST_CASE("table: price columns apart in more than a year keep their own sense",
          "[pricing][blind13]") {
    // must not change: quantity breaks that look like years, list beside net, two years of
    // different currencies (each a price of its own kind), one column naming a year.
    auto tiers = show(
        read({{"Part No.", "Price 2000 pcs", "Price 5000 pcs"}, {"KC-TC-K150", "12.40", "11.80"}},
             in("USD")));
    CHECK_FALSE(tiers.empty());
    CHECK(tiers.front().ends_with("|12.40"));
    auto currencies = show(
        read({{"Art.-Nr.", "Preis 2025 EUR", "Preis 2026 USD"}, {"ZD-OR-2030", "0.42", "0.47"}},
             in("EUR")));
    CHECK_FALSE(test::names(currencies, "|EUR|0.47"));
    auto one = show(read({{"Art.-Nr.", "Bezeichnung", "Preis 2026 EUR"},
                          {"300-1204", "Rillenkugellager 6204-2RS", "2,98"}},
                         in("EUR")));
    REQUIRE(one.size() == 1);
    CHECK(one[0].ends_with("|EUR|2.98"));
    auto dates = show(read(
        {{"Material", "Preis bis 31.03.2026", "Preis ab 01.04.2027"}, {"300-1204", "2,84", "2,98"}},
        in("EUR")));
    CHECK(test::names(dates, "|EUR|2.84")); // not apart by a year alone: read as before
}

// ------------------------------------------------------------------ money that is no item's price

TEST_CASE("prose: a statement's balance, a remittance's invoices and a copper reference are no "
          "prices",
          "[pricing][blind13]") {
    for (const char* text : {"Solde dû : 2 652,00 €\n", "Balance due: EUR 2,652.00\n",
                             "Amount due 2,652.00 EUR by 30 April\n",
                             "Invoices: 90012877 (EUR 5,406.00), 90012901 (EUR 2,950.00)\n"})
        CHECK(pricing::read_prose(text, in("EUR")).empty());
    CHECK(pricing::read_prose("以上价格随铜价浮动，铜价以长江现货均价为准（今日约78,650元/吨）。\n",
                              in("CNY"))
              .empty());
    // must not change: a cable's price beside a note that it follows copper, an invoice's
    // number in a quote's sentence.
    auto cable = show(
        pricing::read_prose("YJV 3×95+1×50 电力电缆，每米286.50元（随铜价浮动）；\n", in("CNY")));
    REQUIRE(cable.size() == 1);
    CHECK(cable[0].ends_with("|CNY|286.50"));
    auto valve =
        show(pricing::read_prose("Gate valve Z41H-16C DN50: EUR 74.10 per pc\n", in("EUR")));
    REQUIRE(valve.size() == 1);
    CHECK(valve[0].ends_with("|EUR|74.10"));
}

// ------------------------------------------------------------------ one-word price headers

TEST_CASE("table: a German or Dutch header word ending in a price word is a price column",
          "[pricing][blind13]") {
    auto items =
        show(read({{"Pos.", "Art.-Nr.", "Bezeichnung", "Einheit", "Vertragspreis"},
                   {"1", "ZD-OR-2030", "O-Ring NBR 70 20x3", "Stk.", "CHF 0.40"},
                   {"2", "ZD-KIT-200", "Dichtungssatz Pumpe KP-200", "Satz", "CHF 1'195.00"}},
                  in("CHF")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|pcs|CHF|0.40"));
    CHECK(items[1].ends_with("|CHF|1195.00"));
    items = show(read({{"Artikel", "Omschrijving", "Aantal", "Offerteprijs"},
                       {"NL-204", "Kogelkraan 1/2\"", "100", "4,35"}},
                      in("EUR")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|EUR|4.35"));
}

TEST_CASE("table: a compound price header that names a target, an old price or a total stays so",
          "[pricing][blind13]") {
    // must not change: Zielpreis (a buyer's target) is no price, Altpreis is the old price
    // beside the new one, Gesamtpreis the amount beside Einzelpreis.
    CHECK(read({{"Art.-Nr.", "Bezeichnung", "Menge", "Zielpreis"},
                {"NRC-101", "Schieber DN50", "40", "70,00"}},
               in("EUR"))
              .empty());
    auto notice = show(read({{"Material", "Bezeichnung", "Altpreis", "Neupreis"},
                             {"300-1204", "Rillenkugellager 6204-2RS", "2,84", "2,98"}},
                            in("EUR")));
    REQUIRE(notice.size() == 1);
    CHECK(notice[0].ends_with("|EUR|2.98"));
    auto priced = show(read({{"Artikel", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"},
                             {"800-0016", "Spannsatz RLK 200 D30x55", "50", "38,90", "1.945,00"}},
                            in("EUR")));
    REQUIRE(priced.size() == 1);
    CHECK(priced[0].ends_with("|EUR|38.90"));
}

// ------------------------------------------------------------------ unit columns of ERP exports

TEST_CASE("table: 用友's 主计量 and Swedish Enhet head unit columns", "[pricing][blind13]") {
    auto u8 = show(read(
        {{"存货编码", "存货名称", "规格型号", "主计量", "数量", "原币含税单价", "原币价税合计"},
         {"JG-0501", "内六角螺钉", "M8×30 12.9级", "个", "3000", "0.42", "1260.00"},
         {"JG-0701", "U型螺栓", "M10 DN50", "套", "300", "2.60", "780.00"}},
        in("CNY")));
    REQUIRE(u8.size() == 2);
    CHECK(u8[0].ends_with("|个|CNY|0.42"));
    CHECK(u8[1].ends_with("|套|CNY|2.60"));
    auto po = show(read({{"Artikelnr", "Benämning", "Antal", "Enhet", "À-pris"},
                         {"NRC-101", "Gate valve DN50 PN16", "40", "st", "74,10"}},
                        in("EUR")));
    REQUIRE(po.size() == 1);
    CHECK(po[0].ends_with("|pcs|EUR|74.10"));
    // must not change: a quantity counted in the main unit is a quantity, not a unit.
    auto counted = show(read({{"存货编码", "存货名称", "主计量数量", "含税单价"},
                              {"JG-0501", "内六角螺钉", "3000", "0.42"}},
                             in("CNY")));
    REQUIRE(counted.size() == 1);
    CHECK(counted[0].find("|3000|") != std::string::npos);
}

TEST_CASE("lexicon: a unit header glued to a price header is no one-word price",
          "[pricing][blind13]") {
    using pricing::Role;
    CHECK(pricing::read_header("Vertragspreis", "").role == Role::price);
    CHECK(pricing::read_header("Einheitspreis CHF", "").role == Role::price);
    // must not change: "Einheit" and "Preis CHF" a PDF set too close stay what they were
    // (blind7's Alpenwerk offer), nor "Menge" glued to "Preis".
    CHECK(pricing::read_header("EinheitPreis CHF", "").role != Role::price);
    CHECK(pricing::read_header("MengePreis", "").role != Role::price);
}
