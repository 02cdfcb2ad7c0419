// What blind9 (bench/price_eval/blind9) showed the readers lacked, one rule per category, each
// with rows that must not be read.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::read;
using mailclerk::test::show;

// ------------------------------------------------------------------ discount columns

TEST_CASE("discount column: the price less the row's discount is the price (Odoo, Xero, Zoho)",
          "[pricing][blind9]") {
    auto items =
        show(read({{"Description", "Quantity", "Unit Price", "Disc.%", "Amount"},
                   {"[HX-GH20] Garden hose 20m", "500.00 Units", "4.80", "5.00", "$ 2,280.00"},
                   {"[HX-SN08] Spray nozzle", "1,000.00 Units", "1.20", "0.00", "$ 1,200.00"},
                   {"[HX-RC25] Hose reel cart", "100.00 Units", "18.50", "10.00", "$ 1,665.00"}}));
    REQUIRE(items.size() == 3);
    CHECK(items[0] == "[HX-GH20] Garden hose 20m||500.00|units|USD|4.56");
    CHECK(items[1] == "[HX-SN08] Spray nozzle||1000.00|units|USD|1.20");
    CHECK(items[2] == "[HX-RC25] Hose reel cart||100.00|units|USD|16.65");
}

TEST_CASE("discount column: exact, with a percent sign, a decimal comma or an empty cell",
          "[pricing][blind9]") {
    auto zoho =
        show(read({{"Item", "Qty", "Rate", "Discount", "Amount"},
                   {"Split air conditioner GS-AC18T3", "40", "312.00", "5.00%", "11,856.00"}},
                  in("USD")));
    REQUIRE(zoho.size() == 1);
    CHECK(zoho[0].ends_with("|USD|296.40"));
    auto phc = show(read({{"Ref.", "Designação", "Qtd.", "Preço Unit.", "Desc. %", "Total Líquido"},
                          {"FP-09", "Faca de pão 9\"", "240", "6,85", "5,00", "1.561,80"},
                          {"TB-40", "Tábua de corte", "120", "8,20", "", "984,00"}},
                         in("EUR")));
    REQUIRE(phc.size() == 2);
    CHECK(phc[0] == "Faca de pão 9\"|FP-09|240||EUR|6.5075");
    CHECK(phc[1] == "Tábua de corte|TB-40|120||EUR|8.20");
}

TEST_CASE("discount column: with a price unit, the net of one piece (SAP PE and Rab.%)",
          "[pricing][blind9]") {
    auto items = show(read(
        {{"Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Rab.%", "Nettowert"},
         {"60", "300-6885-8740", "Passfeder DIN 6885 A 8x7x40", "2.000", "ST", "38,00", "100",
          "15,0", "646,00"},
         {"140", "900-LGMT2-1", "Wälzlagerfett LGMT 2", "24", "ST", "21,60", "1", "", "518,40"}},
        in("EUR")));
    REQUIRE(items.size() == 2);
    CHECK(items[0] == "Passfeder DIN 6885 A 8x7x40|300-6885-8740|2000|pcs|EUR|0.323");
    CHECK(items[1] == "Wälzlagerfett LGMT 2|900-LGMT2-1|24|pcs|EUR|21.60");
}

TEST_CASE("discount column: a cascade 40+10 is two discounts one after the other",
          "[pricing][blind9]") {
    auto items =
        show(read({{"Codice", "Descrizione", "Q.tà", "Prezzo", "Sconto", "Importo"},
                   {"VB-210-12", "Valvola a sfera 1/2\"", "100", "11,80", "40+10", "637,20"}},
                  in("EUR")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|EUR|6.372"));
}

TEST_CASE("discount column: never applied to a net price column beside it", "[pricing][blind9]") {
    auto items =
        show(read({{"Réf.", "Désignation", "Qté", "P.U. HT", "Remise", "P.U. net HT", "Total HT"},
                   {"BG-CAD-S", "Cadenas laiton 40 mm", "300", "4,60", "10 %", "4,14", "1 242,00"}},
                  in("EUR")));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|EUR|4.14"));
}

TEST_CASE("discount column: what is no percentage gives no price", "[pricing][blind9]") {
    // A discount of 100 or more, or a word, is no discount: the price stands as written (the
    // row's sum says so here).
    auto items = show(read({{"Item", "Description", "Qty", "Price", "Discount", "Amount"},
                            {"A-1", "Gasket set", "10", "12.00", "150", "120.00"},
                            {"A-2", "O-ring kit", "10", "8.00", "on request", "80.00"}},
                           in("USD")));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|USD|12.00"));
    CHECK(items[1].ends_with("|USD|8.00"));
    // "Description" abbreviated is no discount: "Desc." without a percent sign names the product.
    CHECK(pricing::read_header("Desc.").role != pricing::Role::discount);
    CHECK(pricing::read_header("Discount amount").role != pricing::Role::discount);
    CHECK(pricing::read_header("折扣额").role != pricing::Role::discount);
    CHECK(pricing::read_header("折扣率(%)").role == pricing::Role::discount);
    CHECK(pricing::read_header("Dto.").role == pricing::Role::discount);
}

// ------------------------------------------------------------------ price unit columns

TEST_CASE("price unit column: 'per 1,000 pcs' and 'per 100 pcs' cells price that many pieces",
          "[pricing][blind9]") {
    CHECK(pricing::read_header("Price unit").role == pricing::Role::price_unit);
    auto items = show(read({{"Standard", "Size", "Price (USD)", "Price unit", "Qty (pcs)"},
                            {"DIN933", "M10x30", "62.00", "per 1,000 pcs", "100000"},
                            {"DIN127", "M10", "3.60", "per 100 pcs", "100000"}}));
    REQUIRE(items.size() == 2);
    CHECK(items[0].ends_with("|pcs|USD|0.062"));
    CHECK(items[1].ends_with("|pcs|USD|0.036"));
}

TEST_CASE("price unit column: a cell that is no count leaves the price as written; a count that "
          "is no power of ten gives no price",
          "[pricing][blind9]") {
    auto items = show(read({{"Item", "Description", "Price (USD)", "Price unit"},
                            {"A-1", "Hex bolt M10", "0.06", "per piece"},
                            {"A-2", "Hex nut M10", "0.02", "per 250 pcs"}}));
    REQUIRE(items.size() == 1);
    CHECK(items[0].ends_with("|USD|0.06"));
}

// ------------------------------------------------------------------ quotes only in a forwarded
// mail

namespace {

const char* k_outlook_forward = "Dear Kadri,\n"
                                "Please see her last quotation below, it is still valid.\n"
                                "Jason Liu\n"
                                "From: Qingdao Haixin <sales@haixin-rubber.com>\n"
                                "Sent: Monday, March 2, 2026 9:12 AM\n"
                                "To: Kadri Tamm\n"
                                "Subject: Quotation (Ref S00468)\n"
                                "Quotation # S00468\n"
                                "HX-GH20 Garden hose 20m  USD 4.70/pc\n"
                                "From: Kadri Tamm <kadri.tamm@balticgate.ee>\n"
                                "Sent: Friday, February 27, 2026 4:00 PM\n"
                                "Our target USD 4.20/pc\n";

} // namespace

TEST_CASE("forwards: a forward prefix first, not a reply to a forward", "[pricing][blind9]") {
    CHECK(parsers::forwards("FW: Quotation S00468"));
    CHECK(parsers::forwards("Fwd: Angebot 4711"));
    CHECK(parsers::forwards("转发：报价单"));
    CHECK_FALSE(parsers::forwards("RE: FW: Quotation S00468"));
    CHECK_FALSE(parsers::forwards("Quotation for FW-200 fan"));
    CHECK_FALSE(parsers::forwards("Freight rates"));
}

TEST_CASE("fresh part: a forward keeps the forwarded mail without its header block, and stops "
          "at the mail it quotes",
          "[pricing][blind9]") {
    std::string fresh = parsers::fresh_part(k_outlook_forward, parsers::Forwarding::subject_says);
    CHECK(fresh.find("Please see her last quotation") != std::string::npos);
    CHECK(fresh.find("Quotation # S00468") != std::string::npos);
    CHECK(fresh.find("USD 4.70/pc") != std::string::npos);
    CHECK(fresh.find("Sent:") == std::string::npos);
    CHECK(fresh.find("Subject:") == std::string::npos);
    CHECK(fresh.find("Our target") == std::string::npos);
    // A reply (no forward in the subject) keeps only its own text, as before.
    std::string reply = parsers::fresh_part(k_outlook_forward);
    CHECK(reply.find("Quotation # S00468") == std::string::npos);
    CHECK(reply.find("USD 4.70") == std::string::npos);
}
