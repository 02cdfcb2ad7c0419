// The price reader (parsers/pricing/, issue 16): decimal conventions decided per table, header
// lexicons in nine languages, the arithmetic judge, rows that are never items, and prices in
// prose. Each table below is a layout real companies send.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/judge.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// product|model|spec|quantity|unit|currency|price|incoterm|status
std::string show(const PriceItem& i) {
    return i.product + "|" + i.model + "|" + i.spec + "|" + i.quantity + "|" + i.unit + "|" +
           i.currency + "|" + i.unit_price + "|" + i.incoterm + "|" + i.status;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

std::vector<PriceItem> read(const std::vector<std::vector<std::string>>& rows,
                            TableContext context = {}) {
    return read_table(grid::make_table(rows), context);
}

std::vector<PriceItem> read_text(std::string_view text, TableContext context = {}) {
    std::vector<PriceItem> items;
    for (const grid::Table& table : grid::text_tables(text)) {
        auto found = read_table(table, context);
        items.insert(items.end(), found.begin(), found.end());
    }
    return items;
}

TableContext in(std::string currency, std::string status = k_quoted) {
    TableContext context;
    context.terms.currency = std::move(currency);
    context.status = std::move(status);
    return context;
}

} // namespace

TEST_CASE("numbers: one digit mapping for every script", "[pricing][numbers]") {
    CHECK(ascii_digit(U'\uFF10') == U'0'); // full-width
    CHECK(ascii_digit(U'\uFF19') == U'9');
    CHECK(ascii_digit(U'\u0665') == U'5'); // Arabic-Indic
    CHECK(ascii_digit(U'\u06F7') == U'7'); // Persian
    CHECK(read_number("\uFF11\uFF0C\uFF12\uFF15\uFF10\uFF0E\uFF10\uFF10", Mark::dot) == "1250.00");
    CHECK(read_number("\u0661\u0662\u0665\u0660", Mark::dot) == "1250");
    // must not change: ASCII, the marks between digits, letters and the digits beside the ranges
    CHECK(ascii_digit(U'7') == U'7');
    CHECK(ascii_digit(U'\uFF0E') == U'\uFF0E');
    CHECK(ascii_digit(U'\uFF1A') == U'\uFF1A'); // full-width colon, after ９
    CHECK(ascii_digit(U'\u066A') == U'\u066A'); // Arabic percent sign, after ٩
    CHECK(ascii_digit(U'\u4E00') == U'\u4E00'); // 一 is a word, not a digit here
    CHECK(ascii_digit(U'a') == U'a');
}

TEST_CASE("numbers: each convention read exactly, ambiguity left to the table",
          "[pricing][numbers]") {
    struct Row {
        const char* text;
        Mark mark;
        std::optional<std::string> value;
    };
    const Row rows[] = {
        {"1,250.00", Mark::dot, "1250.00"},
        {"1.250,00", Mark::comma, "1250.00"},
        {"1 250,00", Mark::comma, "1250.00"},
        {"1\u00A0250,00", Mark::comma, "1250.00"}, // no-break space
        {"1\u202F250,00", Mark::comma, "1250.00"}, // narrow no-break space (French)
        {"1\u2009250.00", Mark::dot, "1250.00"},   // thin space
        {"1'250.00", Mark::dot, "1250.00"},        // Swiss
        {"1\u2019250.00", Mark::dot, "1250.00"},   // Swiss with a typographic apostrophe
        {"1.234.567,89", Mark::comma, "1234567.89"},
        {"48,60", Mark::comma, "48.60"},
        {"0,125", Mark::comma, "0.125"},
        {"1.250", Mark::comma, "1250"},
        {"1.250", Mark::dot, "1.250"},
        {"1,250", Mark::dot, "1250"},
        {"1,250", Mark::comma, "1.250"},
        {"１２.５０", Mark::dot, "12.50"},
        {"007", Mark::dot, "7"},
        // must fail: wrong convention, bad grouping, not numbers
        {"1.250,00", Mark::dot, std::nullopt},
        {"1,250.00", Mark::comma, std::nullopt},
        {"1,2,000", Mark::dot, std::nullopt}, // neither thousands nor lakh grouping
        {"12.5.3", Mark::dot, std::nullopt},
        {"2026-11-03", Mark::dot, std::nullopt},
        {"+86 574 8888 1234", Mark::dot, std::nullopt},
        {"1 25", Mark::comma, std::nullopt},
        {"0,250.00", Mark::dot, std::nullopt},  // a first group never starts with 0
        {"1.250", Mark::unknown, std::nullopt}, // ambiguous without a table
        {"1,250", Mark::unknown, std::nullopt},
        {"12a", Mark::dot, std::nullopt},
        {"", Mark::dot, std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.text << " mark " << static_cast<int>(row.mark));
        CHECK(read_number(row.text, row.mark) == row.value);
    }
    CHECK(mark_evidence("12,50") == Mark::comma);
    CHECK(mark_evidence("1.250,00") == Mark::comma);
    CHECK(mark_evidence("1 250,00") == Mark::comma);
    CHECK(mark_evidence("12.50") == Mark::dot);
    CHECK(mark_evidence("1'250.00") == Mark::dot);
    CHECK(mark_evidence("1.250") == Mark::unknown);
    CHECK(mark_evidence("1250") == Mark::unknown);
    CHECK(decimal_mark_of({"1.250", "48,60", "1.250,00"}, Mark::dot) == Mark::comma);
    CHECK(decimal_mark_of({"1,250", "2,400"}, Mark::dot) == Mark::dot); // fallback
}

TEST_CASE("money cells: currency and unit around one number, nothing else", "[pricing][numbers]") {
    struct Row {
        const char* cell;
        Mark mark;
        const char* expected; // value|currency|unit, "" = not a price
    };
    const Row rows[] = {
        {"USD 12.50/pc", Mark::dot, "12.50|USD|pcs"},
        {"1.250,00 €", Mark::comma, "1250.00|EUR|"},
        {"€1.250,00", Mark::comma, "1250.00|EUR|"},
        {"118元/只", Mark::dot, "118|CNY|只"},
        {"￥3,200.00", Mark::dot, "3200.00|CNY|"},
        {"US$ 18.00 per set", Mark::dot, "18.00|USD|sets"},
        {"12,50 EUR/Stk.", Mark::comma, "12.50|EUR|pcs"},
        {"CHF 1'250.50", Mark::dot, "1250.50|CHF|"},
        {"S$ 9.90", Mark::dot, "9.90|SGD|"},
        {"NT$120", Mark::dot, "120|TWD|"},
        {"3.200,00", Mark::dot, "3200.00||"}, // proves its own convention
        {"0.85", Mark::dot, "0.85||"},
        // not prices
        {"N/A", Mark::dot, ""},
        {"TBA", Mark::dot, ""},
        {"面议", Mark::dot, ""},
        {"0.00", Mark::dot, ""},
        {"-5.00", Mark::dot, ""},
        {"12.50-13.50", Mark::dot, ""},
        {"500 pcs", Mark::dot, ""},
        {"2026-11-03", Mark::dot, ""},
        {"Tel +86 574 8612 3456", Mark::dot, ""},
        {"DN50", Mark::dot, ""},
        {"see remarks 12", Mark::dot, ""},
    };
    for (const Row& row : rows) {
        INFO(row.cell);
        auto money = read_money(row.cell, row.mark, "CNY");
        std::string got = money ? money->value + "|" + money->currency + "|" + money->unit : "";
        CHECK(got == row.expected);
    }
    CHECK(read_money("¥1,200", Mark::dot, "JPY")->currency == "JPY");
    CHECK(read_money("l2.5O", Mark::dot, "CNY", true)->value == "12.50"); // OCR's l and O
}

TEST_CASE("lexicon: headers in nine languages, with the currency and unit they carry",
          "[pricing][lexicon]") {
    struct Row {
        const char* header;
        Role role;
        const char* currency;
        const char* unit;
    };
    const Row rows[] = {
        {"Unit Price (US$)", Role::price, "USD", ""},
        {"单价(元/台)", Role::price, "CNY", "台"},
        {"單價(新台幣)", Role::price, "TWD", ""},
        {"Einzelpreis EUR", Role::price, "EUR", ""},
        {"Precio unitario", Role::price, "", ""},
        {"Prix unitaire HT", Role::price, "", ""},
        {"Prezzo unitario €", Role::price, "EUR", ""},
        {"Preço unitário (R$)", Role::price, "BRL", ""},
        {"単価（円）", Role::price, "JPY", ""},
        {"FOB Ningbo", Role::price, "", ""},
        {"Price/pc", Role::price, "", "pcs"},
        {"Amount (USD)", Role::amount, "USD", ""},
        {"Gesamtpreis", Role::amount, "", ""},
        {"Importe", Role::amount, "", ""},
        {"Montant HT", Role::amount, "", ""},
        {"金额(元)", Role::amount, "CNY", ""},
        {"金額", Role::amount, "", ""},
        {"Total Qty", Role::quantity, "", ""},
        {"Qty (MOQ)", Role::quantity, "", ""},
        {"Menge", Role::quantity, "", ""},
        {"Cantidad", Role::quantity, "", ""},
        {"Quantité", Role::quantity, "", ""},
        {"Quantità", Role::quantity, "", ""},
        {"数量", Role::quantity, "", ""},
        {"Unit", Role::unit, "", ""},
        {"Einheit", Role::unit, "", ""},
        {"単位", Role::unit, "", ""},
        {"Description", Role::product, "", ""},
        {"Bezeichnung", Role::product, "", ""},
        {"Descripción", Role::product, "", ""},
        {"Désignation", Role::product, "", ""},
        {"Descrizione", Role::product, "", ""},
        {"Descrição", Role::product, "", ""},
        {"品名", Role::product, "", ""},
        {"Model", Role::model, "", ""},
        {"Part No.", Role::model, "", ""},
        {"Item No.", Role::model, "", ""},
        {"Artikel-Nr.", Role::model, "", ""},
        {"型号", Role::model, "", ""},
        {"規格型號", Role::model, "", ""},
        {"型番", Role::model, "", ""},
        {"Size", Role::spec, "", ""},
        {"规格", Role::spec, "", ""},
        {"Nennweite", Role::spec, "", ""},
        {"No.", Role::index, "", ""},
        {"序号", Role::index, "", ""},
        {"Pos.", Role::index, "", ""},
        {"Currency", Role::currency, "", ""},
        {"币别", Role::currency, "", ""},
        {"Lead time", Role::delivery, "", ""},
        {"交货期", Role::delivery, "", ""},
        {"Remarks", Role::remarks, "", ""},
        {"备注", Role::remarks, "", ""},
        {"Old price", Role::old_price, "", ""},
        {"调整前单价", Role::old_price, "", ""},
        {"New price (EUR)", Role::price, "EUR", ""},
        {"调整后单价", Role::price, "", ""},
        {"USD", Role::money, "USD", ""},
        // never a price anyone quoted in this table
        {"Target price (USD)", Role::ignored, "USD", ""},
        {"目标价(元)", Role::ignored, "CNY", ""},
        {"Your price", Role::ignored, "", ""},
        {"Discount", Role::discount, "", ""},
        {"VAT 19%", Role::ignored, "", ""},
        {"Weight (kg)", Role::ignored, "", "kg"},
        {"Picture", Role::none, "", ""},
    };
    for (const Row& row : rows) {
        INFO(row.header);
        HeaderSense sense = read_header(row.header);
        CHECK(to_string(sense.role) == std::string(to_string(row.role)));
        CHECK(sense.currency == row.currency);
        CHECK(sense.unit == row.unit);
    }
    // A quantity break alone heads a price column (issue 16, blind3: "100-499个", "ab 50").
    CHECK(read_header("100-499 pcs").tier == "100");
    CHECK(read_header("1,000 pcs").tier.empty()); // a counted quantity without price word
    CHECK(read_header("Price 100-499 pcs").tier == "100");
    CHECK(read_header("Price ≥500").tier == "500");
    CHECK(read_header("含税单价").tax_included);
}

TEST_CASE("must not read: totals, taxes, freight, discounts, charges, payments",
          "[pricing][lexicon]") {
    struct Row {
        const char* cell;
        const char* kind;
    };
    const Row rows[] = {
        {"Total", "total"},
        {"Grand Total", "total"},
        {"合计", "total"},
        {"總計", "total"},
        {"Zwischensumme", "total"},
        {"Summe netto", "total"},
        {"Subtotal", "total"},
        {"VAT 13%", "tax"},
        {"MwSt. 19%", "tax"},
        {"增值税", "tax"},
        {"IVA 21%", "tax"},
        {"消費税", "tax"},
        {"Freight to Hamburg", "freight"},
        {"运费", "freight"},
        {"Frais de port", "freight"},
        {"Discount 5%", "discount"},
        {"折扣", "discount"},
        {"Rabatt", "discount"},
        {"Bank charges", "charge"},
        {"手续费", "charge"},
        {"Mould cost", "charge"},
        {"Deposit 30%", "payment"},
        {"预付款", "payment"},
        // ordinary products that only mention a word far inside a longer name
        {"Stainless steel ball valve for transport pipelines DN50", ""},
        {"Gate valve WCB", ""},
        {"闸阀", ""},
    };
    for (const Row& row : rows) {
        INFO(row.cell);
        CHECK(non_item_kind(row.cell) == row.kind);
    }
}

TEST_CASE("tables: a header below a letterhead, two header rows, totals and VAT not read",
          "[pricing][tables]") {
    auto items = read({{"Hydraulik Handel GmbH", "", "", "", "", ""},
                       {"Angebot Nr. 117 vom 03.11.2026", "", "", "", "", ""},
                       {"Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamtpreis"},
                       {"", "", "", "", "EUR", "EUR"},
                       {"1", "Hydraulikzylinder HZ-50", "20", "Stk", "1.250,00", "25.000,00"},
                       {"2", "Dichtungssatz NBR", "100", "Satz", "18,40", "1.840,00"},
                       {"", "Summe netto", "", "", "", "26.840,00"},
                       {"", "MwSt. 19 %", "", "", "", "5.099,60"},
                       {"", "Gesamtbetrag", "", "", "", "31.939,60"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Hydraulikzylinder HZ-50|||20|pcs|EUR|1250.00||quoted",
                                   "Dichtungssatz NBR|||100|sets|EUR|18.40||quoted"});
}

TEST_CASE("tables: the arithmetic judge picks the convention and drops a row that fails",
          "[pricing][judge]") {
    // Every number is ambiguous alone ("1.500"); only the English reading makes
    // qty × price = amount hold (1.5 × 2 = 3, where 1500 × 2000 is not 3000).
    auto items = read({{"Description", "Qty (m)", "Price", "Amount"},
                       {"Cable CU-3", "1.500", "2.000", "3.000"},
                       {"Cable CU-5", "2.500", "4.000", "10.000"}},
                      in("EUR"));
    CHECK(show(items) == std::vector<std::string>{"Cable CU-3|||1.500|m|EUR|2.000||quoted",
                                                  "Cable CU-5|||2.500|m|EUR|4.000||quoted"});
    // Where both readings hold (2 × 1.250 = 2.500 either way) and nothing else in the document
    // proves a convention, the price is unknown: nothing is read rather than a guess.
    CHECK(read({{"Description", "Qty", "Price", "Amount"},
                {"Pump P-100", "2", "1.250", "2.500"},
                {"Pump P-200", "3", "2.400", "7.200"}},
               in("EUR"))
              .empty());
    TableContext german = in("EUR");
    german.mark = Mark::comma; // the document's other numbers say "1.250,00"
    CHECK(show(read(
              {{"Description", "Qty", "Price", "Amount"}, {"Pump P-100", "2", "1.250", "2.500"}},
              german)) == std::vector<std::string>{"Pump P-100|||2||EUR|1250||quoted"});
    // The same digits in an English table where the amounts say they are decimals.
    items = read({{"Description", "Qty", "Price", "Amount"},
                  {"Washer W-8", "1000", "1.250", "1,250.00"},
                  {"Washer W-10", "1000", "2.400", "2,400.00"}},
                 in("USD"));
    CHECK(show(items) == std::vector<std::string>{"Washer W-8|||1000||USD|1.250||quoted",
                                                  "Washer W-10|||1000||USD|2.400||quoted"});
    // A row whose amount contradicts its price is not read; the others are.
    items = read({{"Item", "Description", "Qty", "Unit price", "Amount"},
                  {"1", "Ball valve DN50", "100", "23.40", "2,340.00"},
                  {"2", "Ball valve DN80", "50", "35.00", "1,950.00"},
                  {"3", "Ball valve DN100", "20", "52.00", "1,040.00"}},
                 in("USD"));
    CHECK(show(items) == std::vector<std::string>{"Ball valve DN50|||100||USD|23.40||quoted",
                                                  "Ball valve DN100|||20||USD|52.00||quoted"});
    // A table where no row holds: the columns are not what the header says; nothing is read.
    items = read({{"Description", "Qty", "Unit price", "Amount"},
                  {"Hose H-1", "10", "3.50", "99.00"},
                  {"Hose H-2", "20", "4.50", "17.00"}});
    CHECK(items.empty());
    // VAT included in every amount is one ratio for the whole table: the prices hold.
    items = read({{"品名", "数量", "单价(元)", "金额(含税)"},
                  {"闸阀 DN100", "10", "1860.00", "21018.00"},
                  {"闸阀 DN150", "4", "3150.00", "14238.00"}});
    CHECK(show(items) == std::vector<std::string>{"闸阀 DN100|||10||CNY|1860.00||quoted",
                                                  "闸阀 DN150|||4||CNY|3150.00||quoted"});
}

TEST_CASE("judge: one unit of the amount's last digit, rounding and truncation alike",
          "[pricing][judge]") {
    auto checks = judge({{"3", "0.333", "1.00"},    // 0.999 rounds to 1.00
                         {"3", "0.335", "1.00"},    // 1.005 truncates to 1.00
                         {"7", "1.13", "7.91"},     // exact
                         {"7", "1.13", "7.93"},     // two cents off
                         {"", "1.13", "7.91"},      // no quantity: unknown
                         {"1500", "0.42", "630"}}); // integer amount
    CHECK(checks == std::vector<Check>{Check::pass, Check::pass, Check::pass, Check::fail,
                                       Check::unknown, Check::pass});
}

TEST_CASE("tables: several price columns by incoterm, currency or quantity tier",
          "[pricing][tables]") {
    auto items = read({{"Model", "Description", "Unit Price", "Unit Price"},
                       {"", "", "FOB Ningbo", "CIF Hamburg"},
                       {"SV-100", "Ball valve", "USD 12.50", "USD 13.80"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Ball valve|SV-100||||USD|12.50|FOB Ningbo|quoted",
                                   "Ball valve|SV-100||||USD|13.80|CIF Hamburg|quoted"});
    items = read({{"Part No.", "Price 100-499 pcs", "Price 500-999 pcs", "Price ≥1000 pcs"},
                  {"LD-40", "3.45", "3.15", "2.95"}},
                 in("USD"));
    CHECK(show(items) == std::vector<std::string>{"|LD-40||100||USD|3.45||quoted",
                                                  "|LD-40||500||USD|3.15||quoted",
                                                  "|LD-40||1000||USD|2.95||quoted"});
    // The same price with and without VAT is one price: the net one.
    items = read(
        {{"Article", "Price excl. VAT", "Price incl. VAT"}, {"Seal kit SK-5", "10.00", "11.90"}},
        in("EUR"));
    CHECK(show(items) == std::vector<std::string>{"Seal kit SK-5|||||EUR|10.00||quoted"});
}

TEST_CASE("tables: a price notice with old and new columns", "[pricing][tables]") {
    auto items = read({{"型号", "规格", "调整前单价(元)", "调整后单价(元)", "涨幅"},
                       {"Q41F-16P", "DN50", "256.80", "267.07", "4%"},
                       {"Z41H-16C", "DN100", "1860.00", "1934.40", "4%"}},
                      in("", k_notice));
    REQUIRE(items.size() == 2);
    CHECK(show(items[0]) == "|Q41F-16P DN50|DN50|||CNY|267.07||notice");
    CHECK(items[0].previous_price == "256.80");
    CHECK(items[1].product_key == "z41h-16cdn100");
}

TEST_CASE("tables: target prices, counter offers and buyers' columns are never read",
          "[pricing][tables]") {
    CHECK(read({{"Item", "Size", "Qty", "Your price (USD)", "Target price (USD)"},
                {"Gate valve WCB", "2\"", "200", "38.50", "35.00"}})
              .empty());
    CHECK(read({{"品名", "数量", "贵司报价(元)", "目标价(元)"},
                {"铸钢截止阀", "120台", "1,860.00", "1,700.00"}})
              .empty());
}

TEST_CASE("tables: group titles, merged names and index columns", "[pricing][tables]") {
    grid::Table table = grid::make_table({{"No.", "Model", "Size", "Unit price (EUR)"},
                                          {"Ball valves PN40", "", "", ""},
                                          {"1", "BV-40", "DN15", "12,40"},
                                          {"2", "BV-40", "DN20", "14,90"}});
    auto items = read_table(table, {});
    CHECK(show(items) ==
          std::vector<std::string>{"Ball valves PN40|BV-40 DN15|DN15|||EUR|12.40||quoted",
                                   "Ball valves PN40|BV-40 DN20|DN20|||EUR|14.90||quoted"});
    CHECK(items[0].product_key == "bv-40dn15");
    CHECK(items[0].reference == "row 3");
    // "Item" numbers the rows when the table names its products elsewhere...
    items = read({{"Item", "Description", "Price"}, {"1", "Flange DN50", "USD 4.10"}});
    CHECK(show(items) == std::vector<std::string>{"Flange DN50|||||USD|4.10||quoted"});
    // ...and is the product's name when nothing else names it.
    items = read({{"Item", "Price"}, {"Flange DN50", "USD 4.10"}});
    CHECK(show(items) == std::vector<std::string>{"Flange DN50|||||USD|4.10||quoted"});
}

TEST_CASE("text tables: aligned columns in English, Chinese and German", "[pricing][text]") {
    const char* english = "Item  Description            Model       Qty (MOQ)    Unit Price (USD)\n"
                          "1     Stainless steel valve  SV-100      500 pcs                 12.50\n"
                          "2     Brass fitting          BF-20A      1,000 pcs                0.85\n"
                          "      Total                                                   7,100.00\n"
                          "Tel: +86 574 8888 1234\n";
    CHECK(show(read_text(english)) ==
          std::vector<std::string>{"Stainless steel valve|SV-100||500|pcs|USD|12.50||quoted",
                                   "Brass fitting|BF-20A||1000|pcs|USD|0.85||quoted"});
    const char* chinese =
        "序号  品名        型号        规格        数量   单价(元)   金额(元)\n"
        "1     铸钢截止阀  J41H-16C    DN100 PN16  120    1,860.00   223,200.00\n"
        "2     铸钢截止阀  J41H-16C    DN150 PN16  60     3,150.00   189,000.00\n"
        "      合计                                                  412,200.00\n";
    CHECK(show(read_text(chinese)) ==
          std::vector<std::string>{
              "铸钢截止阀|J41H-16C DN100 PN16|DN100 PN16|120||CNY|1860.00||quoted",
              "铸钢截止阀|J41H-16C DN150 PN16|DN150 PN16|60||CNY|3150.00||quoted"});
    const char* german = "Pos | Artikel-Nr. | Bezeichnung     | Menge | Preis/Stk | Betrag\n"
                         "----|-------------|-----------------|-------|-----------|---------\n"
                         "1   | DS-50       | Dichtungssatz   | 100   | 18,40 €   | 1.840,00 €\n"
                         "2   | HZ-50       | Zylinder        | 2     | 1.250,00 €| 2.500,00 €\n";
    CHECK(show(read_text(german)) ==
          std::vector<std::string>{"Dichtungssatz|DS-50||100|pcs|EUR|18.40||quoted",
                                   "Zylinder|HZ-50||2|pcs|EUR|1250.00||quoted"});
}

TEST_CASE("prose: prices in Chinese and English sentences, tied to their product",
          "[pricing][prose]") {
    auto items =
        read_prose("王经理您好：\nDN50球阀单价118元/只，DN80球阀单价165元/只，含税含运费。\n", {});
    CHECK(show(items) == std::vector<std::string>{"DN50球阀|DN50|DN50||只|CNY|118||quoted",
                                                  "DN80球阀|DN80|DN80||只|CNY|165||quoted"});
    items = read_prose("Dear Tom,\nThe SV-100 ball valve has a unit price of USD 23.40 per pc, "
                       "FOB Ningbo, MOQ 500 pcs.\n",
                       {});
    CHECK(show(items) == std::vector<std::string>{
                             "SV-100 ball valve|SV-100||500|pcs|USD|23.40|FOB Ningbo|quoted"});
    items = read_prose("Item: LED panel LP-600\nPrice: US$18.00/pc\nMOQ: 200 pcs\n", {});
    CHECK(show(items) ==
          std::vector<std::string>{"LED panel LP-600|LP-600||200|pcs|USD|18.00||quoted"});
    items = read_prose("Für den Zylinder HZ-50 bieten wir 1.250,00 € je Stück an.\n", [] {
        TableContext c;
        c.mark = Mark::comma;
        return c;
    }());
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "1250.00");
    CHECK(items[0].model == "HZ-50");
}

TEST_CASE("prose: totals, targets, freight, deposits, questions and dates are not prices",
          "[pricing][prose]") {
    const char* texts[] = {
        "The total amount is USD 12,500.00.",
        "Our target price for the DN50 valve is USD 20.00.",
        "Freight to Hamburg: EUR 350.00",
        "Please pay a deposit of USD 3,000 before production.",
        "Can you do the SV-100 at USD 11.00?",
        "发票金额人民币547,770.00元（含税）。",
        "上次的价格是每只110元。",
        "Delivery date 2026-12-01, tel +86 574 8612 3456.",
        "Please find our quotation attached.",
    };
    for (const char* text : texts) {
        INFO(text);
        CHECK(read_prose(text, in("USD")).empty());
    }
}

TEST_CASE("product keys: one product however its model and size are written",
          "[pricing][product]") {
    CHECK(product_key("ＡＢ-100 X") == "ab-100x");
    CHECK(product_key("DN 50") == product_key("DN50"));
    CHECK(product_key("Z41H-150LB", "DN50 (2\")") == product_key("Z41H-150LB", "DN50"));
    CHECK(product_key("Z41H-150LB", "2\"") == product_key("Z41H-150LB", "DN 50"));
    CHECK(product_key("Z41H-150LB", "1-1/2\"") == "z41h-150lbdn40");
    CHECK(product_key("M6×20") == product_key("M6*20"));
    CHECK(product_key("DN50球阀", "DN50") == "dn50球阀");
    CHECK(product_key("Bolt M6x2\"") != product_key("Bolt M6xdn50"));
    CHECK(looks_like_size("DN50"));
    CHECK(looks_like_size("2\""));
    CHECK(looks_like_size("M6x20"));
    CHECK(looks_like_size("600x600"));
    CHECK_FALSE(looks_like_size("Y2-132M-4"));
    CHECK_FALSE(looks_like_size("SV-100"));
    CHECK(looks_like_model("Q41F-16C"));
    CHECK_FALSE(looks_like_model("valve"));
}

TEST_CASE("tables: net beside list, price units, 'Each', a unit written before the price",
          "[pricing][tables]") {
    // List, discount and net: the net price is what the customer pays.
    auto items = read(
        {{"Referencia", "Descripción", "Cantidad", "Unidad", "Precio", "Dto. %", "Precio neto",
          "Importe"},
         {"MH-12-R2", "Manguera hidráulica 1/2\"", "200", "m", "7,10", "5", "6,745", "1349,00"}},
        in("EUR"));
    CHECK(show(items) ==
          std::vector<std::string>{"Manguera hidráulica 1/2\"|MH-12-R2||200|m|EUR|6.745||quoted"});
    // SAP's price unit: 21,50 per 100 pieces is 0.215 a piece.
    items =
        read({{"Material", "Kurztext", "Menge", "ME", "Preis", "Währg", "PE"},
              {"10-EPDM70-025x2", "O-Ring EPDM 70 25 x 2 mm", "1.000", "ST", "21,50", "EUR", "100"},
              {"20-FD-DN65-16", "Flachdichtung DN65 PN16", "100", "ST", "3,10", "EUR", "1"}});
    CHECK(show(items) == std::vector<std::string>{
                             "O-Ring EPDM 70 25 x 2 mm|10-EPDM70-025x2||1000|pcs|EUR|0.215||quoted",
                             "Flachdichtung DN65 PN16|20-FD-DN65-16||100|pcs|EUR|3.10||quoted"});
    // A price for 12 (a dozen) is not divided here: no item rather than a wrong one.
    CHECK(read({{"Part No.", "Price", "PE"}, {"W-8", "USD 3.60", "12"}}).empty());
    items = read({{"Item", "Part No", "Description", "Qty", "Each", "Line total"},
                  {"1", "FR-1240", "Filter regulator 1/2\"", "20", "£24.80", "£496.00"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Filter regulator 1/2\"|FR-1240||20|pcs|GBP|24.80||quoted"});
    // A layout that joined the unit column to the price: "Stk 7,45".
    items = read({{"Pos.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME Preis/ME €", "Betrag €"},
                  {"1", "KH-DN25", "Kugelhahn Messing DN25 PN25", "200", "Stk 7,45", "1.490,00"}});
    CHECK(show(items) == std::vector<std::string>{
                             "Kugelhahn Messing DN25 PN25|KH-DN25||200|pcs|EUR|7.45||quoted"});
}

TEST_CASE("tables: a notice lists current prices and the percentage they change by",
          "[pricing][tables]") {
    TableContext notice = in("CNY", k_notice);
    notice.percent = percent_change("自2025年7月1日起，下列产品出厂价格在现行价格基础上上调5%：");
    CHECK(notice.percent == "5");
    auto items = read({{"品名", "型号规格", "单位", "现行单价(元)"},
                       {"球阀", "Q41F-16C DN25", "只", "68.00"},
                       {"闸阀", "Z41H-16C DN150", "台", "860.00"}},
                      notice);
    CHECK(show(items) == std::vector<std::string>{"球阀|Q41F-16C DN25|||只|CNY|71.40||notice",
                                                  "闸阀|Z41H-16C DN150|||台|CNY|903.00||notice"});
    REQUIRE(items.size() == 2);
    CHECK(items[0].previous_price == "68.00");
    // The same table in a quote (no percentage to apply) names no new price at all.
    CHECK(read({{"品名", "型号规格", "单位", "现行单价(元)"},
                {"球阀", "Q41F-16C DN25", "只", "68.00"}},
               in("CNY"))
              .empty());
    CHECK(percent_change("a price increase of 5 % on the following items") == "5");
    CHECK(percent_change("Erhöhung um 3,5 % ab 1. März") == "3.5");
    // The future tense announces the change as well (issue 16's notice on references).
    CHECK(percent_change("nos prix augmenteront de 5 %") == "5");
    CHECK(percent_change("une hausse de 4 % au 1er mars") == "4");
    CHECK(percent_change("价格下调3%") == "-3");
    CHECK(apply_percent("36.20", "5") == "38.01");
    CHECK(apply_percent("209.00", "5") == "219.45");
    CHECK(apply_percent("0.185", "10") == "0.204");
    CHECK(apply_percent("100", "-3") == "97.00");
}

TEST_CASE("tables: columns the header does not name are found by their sums", "[pricing][judge]") {
    // An OCR'd header ("金疾(元)" for 金额) names no amount; qty x price holds in one column.
    auto items = read({{"品名", "规格", "单位", "数量", "单价(元)", "金疾(元)"},
                       {"五层瓦楞纸箱", "600x400x400mm", "个", "1.000", "8.60", "8,600.00"},
                       {"三层瓦楞纸箱", "400x300x250mm", "个", "2.000", "3.20", "6,400.00"}});
    // ... and "1.000" in a table of decimal dots is a thousand: the sums say so.
    CHECK(show(items) == std::vector<std::string>{
                             "五层瓦楞纸箱|600x400x400mm|600x400x400mm|1000|个|CNY|8.60||quoted",
                             "三层瓦楞纸箱|400x300x250mm|400x300x250mm|2000|个|CNY|3.20||quoted"});
}

TEST_CASE("prose: revisions, model lines, and numbers that only stand near a currency",
          "[pricing][prose]") {
    auto items = read_prose("Q41F-16C DN50   单价由118.00元调整为112.00元\n", {});
    REQUIRE(items.size() == 1);
    CHECK(show(items[0]) == "Q41F-16C DN50|Q41F-16C DN50|DN50|||CNY|112.00||quoted");
    CHECK(items[0].previous_price == "118.00");
    TableContext chf = in("CHF");
    items = read_prose("PW-20-H6-500      neu CHF 37.90 (bisher 39.20)\n", chf);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "37.90");
    CHECK(items[0].previous_price == "39.20");
    items = read_prose(
        "please note the following revised prices:\n\n6204-2RS:   0.44\nUCF205:     3.35\n\n"
        "Prices are in USD, FOB Taichung.\n",
        in("USD"));
    CHECK(show(items) == std::vector<std::string>{"6204-2RS|6204-2RS||||USD|0.44||quoted",
                                                  "UCF205|UCF205||||USD|3.35||quoted"});
    // "20  £24.80": the pound sign is the price's, not the quantity's.
    CHECK(read_prose("Filter regulator 1/2\" FR-1240 20  £24.80 each\n", in("GBP")).size() == 1);
    CHECK(read_prose("Filter regulator 1/2\" FR-1240 20  £24.80 each\n", in("GBP"))[0].unit_price ==
          "24.80");
    CHECK(read_prose("Carriage is free on orders over £500.", in("GBP")).empty());
    CHECK(read_prose("上次的价格是每只110元。", in("CNY")).empty());
    // A size alone goes on naming the product of the sentence before it.
    items = read_prose(
        "Q41F-16C DN65球阀单价156元/只，DN100单价268元/只；闸阀Z41H-16C DN200单价1,380元/台。",
        in("CNY"));
    CHECK(show(items) ==
          std::vector<std::string>{"Q41F-16C DN65球阀|Q41F-16C DN65|DN65||只|CNY|156||quoted",
                                   "球阀 DN100|Q41F-16C DN100|DN100||只|CNY|268||quoted",
                                   "闸阀Z41H-16C DN200|Z41H-16C DN200|DN200||台|CNY|1380||quoted"});
    items =
        read_prose("Conforme falámos, o preço unitário da flange DN80 (FL-DN80-16) passa a 18,60 € "
                   "por unidade.",
                   [] {
                       TableContext c = in("EUR");
                       c.mark = Mark::comma;
                       return c;
                   }());
    CHECK(show(items) == std::vector<std::string>{
                             "flange DN80 (FL-DN80-16)|FL-DN80-16|DN80||pcs|EUR|18.60||quoted"});
}

TEST_CASE("currency and convention a document implies", "[pricing][numbers]") {
    CHECK(implied_currency("您好！感谢询价，我司报价如下") == "CNY");
    CHECK(implied_currency("您好！感謝詢價，報價如下") == "");
    CHECK(implied_currency("お見積りを送付いたします") == "JPY");
    CHECK(implied_currency("Dear Tom, please find our offer") == "");
    CHECK(usual_mark("CNY") == Mark::dot);
    CHECK(usual_mark("CHF") == Mark::dot);
    CHECK(usual_mark("EUR") == Mark::unknown);
}
