// Price rows the demo's mail got wrong, each as the category it belongs to (issue 16): money
// that is no product price (payment terms, freight, insurance, tooling) in tables and prose
// alike; short headerless item lines in plain text and PDF text; a row naming only a size that
// joins the one product holding it.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/product_groups.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// product|quantity|unit|currency|price|status
std::string show(const PriceItem& i) {
    return i.product + "|" + i.quantity + "|" + i.unit + "|" + i.currency + "|" + i.unit_price +
           "|" + i.status;
}

std::vector<std::string> read_text(std::string_view text, std::string status = k_quoted,
                                   std::string currency = "") {
    TableContext context;
    context.status = std::move(status);
    context.terms.currency = std::move(currency);
    std::vector<std::string> out;
    for (const grid::Table& table : grid::text_tables(text))
        for (const PriceItem& item : read_table(table, context))
            out.push_back(show(item));
    return out;
}

PriceItem named(std::string product, std::string model = "", std::string spec = "") {
    PriceItem item;
    item.product = std::move(product);
    item.model = std::move(model);
    item.spec = std::move(spec);
    item.unit_price = "1.00";
    settle_names(item);
    return item;
}

std::vector<size_t> groups_of(const std::vector<PriceItem>& list) {
    std::vector<const PriceItem*> items;
    for (const PriceItem& item : list)
        items.push_back(&item);
    return product_groups(items);
}

} // namespace

TEST_CASE("money that is no product price: payment terms in every language, in rows",
          "[pricing][lexicon]") {
    const char* payments[] = {"訂金 30%",
                              "定金",
                              "余款 70%",
                              "尾款",
                              "首付 20%",
                              "Balance 70%",
                              "Down payment",
                              "Advance payment",
                              "2nd instalment",
                              "Anzahlung 30 %",
                              "Restzahlung",
                              "Acompte 30 %",
                              "Solde à la livraison",
                              "Anticipo 40%",
                              "Saldo"};
    for (const char* cell : payments) {
        INFO(cell);
        CHECK(non_item_kind(cell) == "payment");
    }
    CHECK(non_item_kind("Insurance") == "freight");
    CHECK(non_item_kind("Versicherung") == "freight");
    CHECK(non_item_kind("开模费") == "charge");
    CHECK(non_item_kind("Werkzeugkosten") == "charge");
    // Products are still products.
    CHECK(non_item_kind("Static balance valve DN50 with long stem for district heating") == "");
    CHECK(non_item_kind("闸阀 Z41H-16C DN100") == "");
}

TEST_CASE("money that is no product price: the same lexicon in sentences", "[pricing][prose]") {
    const char* texts[] = {
        "訂金 30%（USD 2,839.50）將於本週五匯出。",
        "我司将于下周支付首付款人民币12,000.00元。",
        "尾款 USD 6,625.50 出货前付清。",
        "The balance of USD 6,625.50 will be paid before shipment.",
        "Down payment: EUR 4.500,00 upon signature.",
        "Die Anzahlung von EUR 1.200,00 überweisen wir morgen.",
        "L'acompte de 1 500,00 € sera versé vendredi.",
        "El anticipo de USD 900.00 se enviará el lunes.",
        "Insurance premium USD 45.00 for this shipment.",
        "开模费人民币8,000元，量产后返还。",
    };
    for (const char* text : texts) {
        INFO(text);
        CHECK(read_prose(text, {}).empty());
    }
    CHECK(non_item_mention("訂金 30%（USD 2,839.50）") == "payment");
    // A sentence that prices a product still does, and "less" means nothing in one.
    CHECK(non_item_mention("The SV-100 costs no less than USD 9.00 each") == "");
    CHECK_FALSE(
        read_prose("The SV-100 ball valve has a unit price of USD 23.40 per pc.", {}).empty());
}

TEST_CASE("short item lines without a header, in plain text", "[pricing][text]") {
    // Two lines: too few for column statistics, commas and inch marks inside the name.
    CHECK(read_text("Please supply against our PO 4500011871:\n\n"
                    "  Ball valve 2\" CL300, A105/RPTFE, full bore   20 pcs  USD 41.50\n"
                    "  Check valve, swing, 3\" PN40   8 pcs USD 77.00\n\n"
                    "Regards\n",
                    k_ordered) ==
          std::vector<std::string>{
              "Ball valve 2\" CL300, A105/RPTFE, full bore|20|pcs|USD|41.50|ordered",
              "Check valve, swing, 3\" PN40|8|pcs|USD|77.00|ordered"});
    // One line, German, the currency after the price.
    CHECK(read_text(
              "Bitte liefern Sie:\n\n    Flachdichtung DN80 PN16, EPDM    250 Stk   1,85 EUR\n") ==
          std::vector<std::string>{"Flachdichtung DN80 PN16, EPDM|250|pcs|EUR|1.85|quoted"});
    // Chinese names, an amount that qty × price must equal, a line number.
    CHECK(read_text("1  不锈钢球阀 Q41F-16P DN25   100 只   CNY 58.00   CNY 5,800.00\n"
                    "2  不锈钢球阀 Q41F-16P DN32   60 只   CNY 76.50   CNY 4,590.00\n") ==
          std::vector<std::string>{"不锈钢球阀 Q41F-16P DN25|100|只|CNY|58.00|quoted",
                                   "不锈钢球阀 Q41F-16P DN32|60|只|CNY|76.50|quoted"});
}

TEST_CASE("short item lines: spaced thousands, and the document's currency proven by the amount",
          "[pricing][text]") {
    CHECK(read_text("  Robinet à boisseau DN100, fonte   12 pièces   1 250,00 €   15 000,00 €\n") ==
          std::vector<std::string>{"Robinet à boisseau DN100, fonte|12|pcs|EUR|1250.00|quoted"});
    // "Prices in USD" above the lines: taken where qty × price = amount holds, else not.
    CHECK(read_text("  Y-strainer 2\" CL150, WCB   40 pcs   18.75   750.00\n", k_quoted, "USD") ==
          std::vector<std::string>{"Y-strainer 2\" CL150, WCB|40|pcs|USD|18.75|quoted"});
    CHECK(read_text("  Y-strainer 2\" CL150, WCB   40 pcs   18.75\n", k_quoted, "USD").empty());
    CHECK(read_text("  Y-strainer 2\" CL150, WCB   40 pcs   18.75   760.00\n", k_quoted, "USD")
              .empty());
}

TEST_CASE("short item lines: what is not read", "[pricing][text]") {
    // An amount that is not qty × price: a misread line, no price.
    CHECK(read_text("  Gate valve DN100 PN16   10 pcs  USD 80.00  USD 900.00\n").empty());
    // Totals, deposits and freight lines have the same shape.
    CHECK(read_text("  Total   300 pcs  USD 2,460.00\n"
                    "  Deposit 30%   1 lot  USD 738.00\n"
                    "  Freight to Hamburg   1 lot  EUR 350.00\n")
              .empty());
    // A bare number is no quantity; a sentence with single spaces is prose, not a table.
    CHECK(read_text("  Order reference   4500011870  USD 5.80\n").empty());
    CHECK(read_text("We need 100 pcs of the gasket at USD 3.20 each.\n").empty());
    // A long number first is part of the name (an article number), not a line number.
    CHECK(read_text("  4500011870123456789012 Gasket   5 pcs  USD 1.00\n") ==
          std::vector<std::string>{"4500011870123456789012 Gasket|5|pcs|USD|1.00|quoted"});
    // A size alone names no product.
    CHECK(read_text("  2\" (DN50)   600 pcs  USD 45.80  USD 27,480.00\n").empty());
}

TEST_CASE("short item lines in PDF text: segments set apart by wide gaps", "[pricing][tables]") {
    grid::Table table;
    table.lines = {"PURCHASE ORDER PO-77 2026/03/01",
                   "1  3-pc ball valve SUS316 NPT 1/2\"  300 pcs  USD 6.20  USD 1,860.00",
                   "2  3-pc ball valve SUS316 NPT 1\"  300 pcs  USD 11.40  USD 3,420.00",
                   "Total USD 5,280.00"};
    table.rows.resize(table.lines.size(), std::vector<grid::Cell>(1));
    TableContext context;
    context.status = k_ordered;
    std::vector<std::string> out;
    for (const PriceItem& item : read_table(table, context))
        out.push_back(show(item));
    CHECK(out ==
          std::vector<std::string>{"3-pc ball valve SUS316 NPT 1/2\"|300|pcs|USD|6.20|ordered",
                                   "3-pc ball valve SUS316 NPT 1\"|300|pcs|USD|11.40|ordered"});
}

TEST_CASE("a row naming only a size joins the one product that has it", "[prices][identity]") {
    // German, English and Chinese products; the later rows name only the size.
    std::vector<PriceItem> list = {
        named("Absperrklappe Wafer DN200 PN16 GGG40/EPDM"),
        named("Absperrklappe Wafer DN250 PN16 GGG40/EPDM"),
        named("DN200", "DN200", "DN200"),
        named("DN250", "DN250", "DN250"),
        named("DN300", "DN300", "DN300"),
    };
    auto g = groups_of(list);
    CHECK(g[2] == g[0]);
    CHECK(g[3] == g[1]);
    CHECK(g[4] != g[0]);
    CHECK(g[4] != g[1]);
    CHECK(g[4] == 4);

    std::vector<PriceItem> zh = {named("铸钢闸阀 Z41H-16C DN150 PN16"), named("", "", "DN150")};
    auto gz = groups_of(zh);
    CHECK(gz[1] == gz[0]);

    // Two products hold the size: it joins neither.
    std::vector<PriceItem> two = {named("Gate valve WCB DN50 PN16"),
                                  named("Ball valve CF8M DN50 PN16"), named("", "DN50", "DN50")};
    auto gt = groups_of(two);
    CHECK(gt[2] != gt[0]);
    CHECK(gt[2] != gt[1]);
}
