// Price reading by category, after blind7 and blind8 (bench/price_eval, issue 16): what "¥"
// means, scales in price headers and cells, currency signs the reader must not guess. Each rule
// with inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/label_blocks.hpp"
#include "parsers/mime.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;
using mailclerk::test::show;

namespace {

parsers::Message message_from(const std::string& from, const std::string& body,
                              const std::string& subject = "Quotation") {
    return parsers::parse_message("From: Sales <" + from +
                                  ">\r\nTo: buyer@cascadia-supply.ca\r\nSubject: " + subject +
                                  "\r\nDate: Mon, 1 Jun 2026 09:00:00 +0900\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
                                  body);
}

std::vector<PriceItem> quoted(const std::string& from, const std::string& body) {
    return parsers::extract_message_prices(message_from(from, body), parsers::DocKind::quote, {});
}

const std::string k_yen_table = "Code      Description                 Qty   Unit price\r\n"
                                "NK-G180   Gyuto kitchen knife 180 mm  200   ¥1,250\r\n"
                                "NK-WS16   Whetstone #1000/#6000       100   ¥890\r\n";

} // namespace

TEST_CASE("yen: what ¥ means follows the sender's country and the firms the text names",
          "[pricing][fix9]") {
    CHECK(yen_meaning("Unit price ¥1,250", "JPY") == "JPY");
    CHECK(yen_meaning("お見積り ¥1,250", "") == "JPY");
    CHECK(yen_meaning("Naniwa Kogyo Co., Ltd.\nSakai, Osaka 590-0985, Japan", "") == "JPY");
    CHECK(yen_meaning("Tanaka Seisakusho K.K.", "") == "JPY");
    CHECK(yen_meaning("Yamada Shoji Co., Ltd., Tokyo", "CAD") == "JPY");
    // must not change: nothing Japanese, something Chinese, a sender in China.
    CHECK(yen_meaning("Unit price ¥1,250", "") == "CNY");
    CHECK(yen_meaning("Unit price ¥1,250", "CAD") == "CNY");
    CHECK(yen_meaning("Exported to Japan and Korea.\nNingbo Hengxin Valve Co., Ltd.", "") == "CNY");
    CHECK(yen_meaning("Our office in Osaka, Japan; factory in Shenzhen, China", "") == "CNY");
    CHECK(yen_meaning("We export to Japan.", "CNY") == "CNY");
    CHECK(yen_meaning("Japanese steel grade SKD11", "") == "CNY"); // the word, not the country
    CHECK(yen_meaning("Kobelco", "") == "CNY");                    // no word inside a word
}

TEST_CASE("yen: ¥ in an English mail from a Japanese sender is JPY", "[pricing][fix9]") {
    auto items = quoted("k.sato@naniwa-kogyo.co.jp", k_yen_table);
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "JPY");
    CHECK(items[0].unit_price == "1250");
    CHECK(items[1].currency == "JPY");
    // From a .com address, the signature's Japanese firm decides.
    items = quoted("sato@naniwa.com",
                   k_yen_table + "\r\nBest regards,\r\nNaniwa Kogyo Co., Ltd., Osaka\r\n");
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "JPY");
    // must not change: the same table from China, or from a sender naming nothing Japanese.
    items = quoted("sales@hengxin-valve.cn", k_yen_table);
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "CNY");
    items = quoted("sales@hengxin.com", k_yen_table + "\r\nHengxin Valve, Taizhou, China\r\n");
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "CNY");
    // A sign written as a code is what it says wherever the sender is.
    items = quoted("k.sato@naniwa-kogyo.co.jp",
                   "Code      Description                 Qty   Unit price\r\n"
                   "NK-G180   Gyuto kitchen knife 180 mm  200   RMB 68.00\r\n");
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "CNY");
}

TEST_CASE("scales: a power of ten in a price header applies to every cell of its column",
          "[pricing][fix9]") {
    auto items = test::read({{"型号", "品名", "数量", "单位", "单价（万元）", "金额（万元）"},
                             {"HM-2200S", "伺服节能注塑机", "2", "台", "78.6", "157.2"},
                             {"HM-DD50", "三机一体除湿干燥机", "2", "台", "3.45", "6.9"}});
    REQUIRE(items.size() == 2);
    CHECK(items[0].unit_price == "786000");
    CHECK(items[0].currency == "CNY");
    CHECK(items[1].unit_price == "34500");
    items = test::read(
        {{"Item", "Description", "Unit price (USD '000)"}, {"1", "Extruder line EX-90", "412.5"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "412500");
    items = test::read(
        {{"Model", "Description", "Price in thousands"}, {"EX-90", "Extruder line", "412.5"}},
        test::in("EUR"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "412500");
    items = test::read({{"型番", "品名", "単価（百万円）"}, {"NK-900", "射出成形機", "12.8"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "12800000");
    // must not change: a price for a count ("per '000 pcs", "元/千只" divide, never multiply),
    // a plain currency header, a scale over a quantity column.
    items = test::read(
        {{"Model", "Description", "Price per '000 pcs (USD)"}, {"SC-M4", "Screw M4x10", "18.50"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price != "18500");
    items = test::read({{"型号", "品名", "单价（元）"}, {"HM-DD50", "除湿干燥机", "34500"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "34500");
    items = test::read(
        {{"型号", "品名", "数量（万只）", "单价（元）"}, {"LED-3528", "贴片灯珠", "2", "0.05"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "0.05");
}

TEST_CASE("scales: 万 written after the number in a cell", "[pricing][fix9]") {
    auto money = read_money("78.6万", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "786000");
    money = read_money("38.5万元", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "385000");
    CHECK(money->currency == "CNY");
    // A cell's own scale is not scaled again by its header.
    auto items = test::read({{"型号", "品名", "单价（万元）"}, {"HM-2200S", "注塑机", "78.6万"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "786000");
    // must not change: a quantity in 万 is no money, a plain number stays.
    CHECK_FALSE(read_money("5万件", Mark::dot, "CNY"));
    money = read_money("78.6", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "78.6");
}

TEST_CASE("signs: Latin-American signs before a number, not in abbreviations or models",
          "[pricing][fix9]") {
    CHECK(find_currency("S/ 489.00") == "PEN");
    CHECK(find_currency("S/.1,250.00") == "PEN");
    CHECK(find_currency("Precio unit. (S/)") == "PEN");
    CHECK(find_currency("RD$ 1,850.00") == "DOP");
    CHECK(find_currency("B/. 12.50") == "PAB");
    CHECK(find_currency("₲ 85.000") == "PYG");
    CHECK(find_currency("Q 125.00") == "GTQ");
    CHECK(find_currency("Q1,250.00") == "GTQ");
    // must not change: serial numbers, stainless grades, quarters, models.
    CHECK(find_currency("S/N 20931").empty());
    CHECK(find_currency("S/S 304 ball valve").empty());
    CHECK(find_currency("delivery in Q3 2026").empty());
    CHECK(find_currency("Q 3 deliveries").empty());
    CHECK(find_currency("QS/ 12").empty());
    CHECK(find_currency("Model Q12").empty());

    auto money = read_money("S/ 489.00", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->currency == "PEN");
    CHECK(money->value == "489.00");
    money = read_money("RD$ 1,850.00", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->currency == "DOP");
    CHECK_FALSE(read_money("S/N 489", Mark::dot, "CNY"));
}

TEST_CASE("signs: a table priced in soles, and a sign the reader does not know",
          "[pricing][fix9]") {
    auto items = test::read({{"Código", "Descripción", "Cant.", "Precio unit."},
                             {"CS-DW20", "Taladro percutor inalámbrico 20V", "10", "S/ 489.00"},
                             {"CS-AM45", "Amoladora angular 4 1/2\" 850W", "20", "S/ 168.50"}});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "PEN");
    CHECK(items[1].unit_price == "168.50");
    // A sign no list holds: the prices are not the sender's home currency, they go.
    const std::string unknown = "Codigo      Descripcion              Cant.   Precio (Bs.)\r\n"
                                "CS-DW20     Taladro percutor 20V     10      489.00\r\n";
    CHECK(quoted("ventas@ferreteria.ca", unknown).empty());
    // must not change: brackets that are no sign keep the home currency.
    const std::string each = "Codigo      Descripcion              Cant.   Precio (c/u)\r\n"
                             "CS-DW20     Taladro percutor 20V     10      489.00\r\n";
    items = quoted("ventas@ferreteria.es", each);
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "EUR");
    const std::string approx = "Code        Description              Qty     Price (ca.)\r\n"
                               "CS-DW20     Hammer drill 20V         10      489.00\r\n";
    items = quoted("sales@tools.de", approx);
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "EUR");
}

TEST_CASE("label blocks: one block of Label: value lines per item is a table", "[pricing][fix9]") {
    const std::string alibaba = "Below is our quotation, pls check:\n\n"
                                "Product Name: Power Bank 10000mAh, dual USB + Type-C PD 20W\n"
                                "Model No.: XD-PB10\n"
                                "FOB Price: US $6.35 / Piece\n"
                                "Min. Order: 500 Pieces\n"
                                "Delivery: 15 days\n\n"
                                "Product Name: Wireless Charger Pad 15W, Qi certified\n"
                                "Model No.: XD-WC15\n"
                                "FOB Price: US $3.20 / Piece\n"
                                "Min. Order: 1000 Pieces\n"
                                "Delivery: 12 days\n\n"
                                "Port: Shenzhen. Payment: T/T.\n";
    auto tables = grid::label_blocks(alibaba);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[0][1].text == "Model No.");
    CHECK(tables[0].rows[2][2].text == "US $3.20 / Piece");
    auto items = quoted("kevin@xunda-elec.com", alibaba);
    REQUIRE(items.size() == 2);
    CHECK(show(items[0]) ==
          "Power Bank 10000mAh, dual USB + Type-C PD 20W|XD-PB10|500|pcs|USD|6.35");
    CHECK(items[1].model == "XD-WC15");
    CHECK(items[1].unit_price == "3.20");
    // Blocks whose labels differ (a quantity in one, none in the next) are read one by one.
    const std::string oferta = "Produs: Cârlig de ridicare 3,2 t\nCod: CI-CR32\n"
                               "Preț unitar: 259,00 lei/buc (fără TVA)\n"
                               "Cantitate minimă: 10 buc\n\n"
                               "Produs: Scripete simplu 2 t\nCod: CI-SS2\n"
                               "Preț unitar: 164,50 lei/buc (fără TVA)\n";
    items = quoted("andrei@carpatica.ro", oferta);
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "RON");
    CHECK(items[0].unit_price == "259.00");
    CHECK(items[1].model == "CI-SS2");
    CHECK(items[1].unit_price == "164.50");
}

TEST_CASE("label blocks: contact lines, times and sentences are no item", "[pricing][fix9]") {
    CHECK(grid::label_blocks("Tel: 0086 755 2790\nFax: 0086 755 2791\n").empty());
    CHECK(grid::label_blocks("Meeting at 10:30 tomorrow.\nNote: see below\n").empty());
    CHECK(grid::label_blocks("Please note the following: our prices rose by 5 % in March\n"
                             "and will rise again: we are sorry.\n")
              .empty());
    // A signature block of three labels is a table, but names no product: no item.
    auto items = quoted("kevin@xunda-elec.com", "Price list follows next week.\n\n"
                                                "Tel: 0086 755 2790 1186\n"
                                                "Mob: 0086 139 2455 7803\n"
                                                "Price: on request\n");
    CHECK(items.empty());
    // A price line with no product or model beside it stays the prose reader's.
    items = quoted("kevin@xunda-elec.com", "Payment: T/T\nUnit price: USD 6.35\nMOQ: 500 pcs\n");
    for (const PriceItem& item : items)
        CHECK(item.unit_price == "6.35");
}

TEST_CASE("digits: Arabic-Indic digits and marks read as Western ones", "[pricing][fix9]") {
    const std::string table = "م | الصنف | رقم الصنف | الكمية | الوحدة | سعر الوحدة (ر.س)\n"
                              "١ | صمام كروي ٢ بوصة | RW-BV-50 | ٢٠ | قطعة | ١٬٢٥٠٫٠٠\n"
                              "٢ | مضخة مياه | RW-PM-10 | ٥ | قطعة | ۸۹۰٫۵۰\n";
    auto items = quoted("sales@rawabi.com.sa", table);
    REQUIRE(items.size() == 2);
    CHECK(items[0].model == "RW-BV-50");
    CHECK(items[0].unit_price == "1250.00");
    CHECK(items[0].currency == "SAR");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit_price == "890.50");
    // must not change: Arabic text without digits names no price.
    CHECK(quoted("sales@rawabi.com.sa", "شكرا لكم على استفساركم\n").empty());
}

TEST_CASE("headers: the words of Czech, Hungarian, Romanian, Danish, Greek, Hebrew, Thai tables",
          "[pricing][fix9]") {
    auto role = [](std::string_view cell) { return read_header(cell).role; };
    CHECK(role("Množství") == Role::quantity);
    CHECK(role("MJ") == Role::unit);
    CHECK(role("Cena za MJ bez DPH") == Role::price);
    CHECK(role("Celkem bez DPH") == Role::amount);
    CHECK(role("Název") == Role::product);
    CHECK(role("Kód") == Role::model);
    CHECK(role("Menny.") == Role::quantity);
    CHECK(role("Nettó egységár") == Role::price);
    CHECK(role("Nettó érték") == Role::amount);
    CHECK(role("Cikkszám") == Role::model);
    CHECK(role("Preț unitar (lei, fără TVA)") == Role::price);
    CHECK(role("Cantitate") == Role::quantity);
    CHECK(role("Valoare (lei)") == Role::amount);
    CHECK(role("Pris DKK") == Role::price);
    CHECK(role("Gammel pris") == Role::old_price);
    CHECK(role("Beløb DKK") == Role::amount);
    CHECK(role("Antal") == Role::quantity);
    CHECK(role("Ποσότητα") == Role::quantity);
    CHECK(role("ΤΙΜΗ ΜΟΝΑΔΑΣ") == Role::price); // capitals fold like lower case
    CHECK(role("Τιμή μονάδας") == Role::price);
    CHECK(role("Αξία") == Role::amount);
    CHECK(role("מחיר ליחידה") == Role::price);
    CHECK(role("כמות") == Role::quantity);
    CHECK(role("จำนวน") == Role::quantity);
    CHECK(role("จำนวนเงิน (บาท)") == Role::amount); // amount holds the word for quantity
    CHECK(role("ราคาต่อหน่วย (บาท)") == Role::price);
    CHECK(role("หน่วย") == Role::unit);
    // must not change: words inside other words, and the Dutch "aantal".
    CHECK(role("Aantal") == Role::quantity);
    CHECK(role("Prisma") == Role::none);
    CHECK(role("Antalya") == Role::none);

    auto items = test::read(
        {{"Pol.", "Název / kód", "Množství", "MJ", "Cena za MJ bez DPH", "Celkem bez DPH"},
         {"1", "Ložisko kuličkové 6310-2RS SV-6310", "40", "ks", "1 250,00 Kč", "50 000,00 Kč"}});
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "CZK");
    CHECK(items[0].unit_price == "1250.00");
    CHECK(items[0].unit == "pcs");
}

TEST_CASE("swiss: Fr. before a number and the dash for no centimes", "[pricing][fix9]") {
    CHECK(find_currency("Fr. 1'480.–") == "CHF");
    CHECK(find_currency("Fr. 212.50") == "CHF");
    auto money = read_money("Fr. 1'480.–", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "1480");
    CHECK(money->currency == "CHF");
    money = read_money("212.–", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "212");
    // must not change: Friday, Frau, a date.
    CHECK(find_currency("Fr. 12 June delivery").empty());
    CHECK(find_currency("Fr. Meier").empty());
    CHECK(find_currency("Lieferung Fr. 3").empty());
}

TEST_CASE("glued: lower-case usd against the number", "[pricing][fix9]") {
    CHECK(find_currency("9.80usd/pc") == "USD");
    auto money = read_money("9.80usd/pc", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->value == "9.80");
    CHECK(money->currency == "USD");
    CHECK(money->unit == "pcs");
    money = read_money("usd12.5", Mark::dot, "CNY");
    REQUIRE(money);
    CHECK(money->currency == "USD");
    // must not change: inside a word.
    CHECK(find_currency("busdriver 12").empty());
    CHECK(find_currency("usdt wallet").empty());
    CHECK(find_currency("usd or eur, whichever").empty()); // a code alone, lower case
}

TEST_CASE("headers: Colombian Vr. Unitario over dot-thousands pesos", "[pricing][fix9]") {
    CHECK(read_header("Vr. Unitario").role == Role::price);
    CHECK(read_header("Valor unitario").role == Role::price);
    CHECK(read_header("Vr. Total").role == Role::amount);
    auto items = quoted("agomez@dotavalle.com.co",
                        "Valores en pesos colombianos (COP), IVA no incluido.\n\n"
                        "Ítem   Ref.       Descripción                    Und    Cant.  "
                        "Vr. Unitario       Vr. Total\n"
                        "1      DV-BT-40   Bota de seguridad puntera      par      200     "
                        "$ 148.500    $ 29.700.000\n"
                        "2      DV-CH-05   Chaleco reflectivo naranja     und      500      "
                        "$ 18.750     $ 9.375.000\n");
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "COP");
    CHECK(items[0].unit_price == "148500");
    CHECK(items[1].unit_price == "18750");
}

TEST_CASE("kinds: quotes, credit notes and shipping advices in more languages",
          "[prices][kinds][fix9]") {
    auto kind = [](std::string_view subject) { return parsers::classify_kind(subject, ""); };
    CHECK(kind("Cenová nabídka NAB-2026-031") == parsers::DocKind::quote);
    CHECK(kind("Árajánlat 2026/118") == parsers::DocKind::quote);
    CHECK(kind("Prisliste 2026") == parsers::DocKind::quote);
    CHECK(kind("ΠΡΟΣΦΟΡΑ Π-2026-0577") == parsers::DocKind::quote);
    CHECK(kind("Προσφορά Π-2026-0577") == parsers::DocKind::quote);
    CHECK(kind("ใบเสนอราคา QT2026-021") == parsers::DocKind::quote);
    CHECK(kind("عرض سعر رقم 2026/147") == parsers::DocKind::quote);
    CHECK(kind("Kreditnota 40127") == parsers::DocKind::invoice);
    CHECK(kind("Credit note CN-118 for invoice 4471") == parsers::DocKind::invoice);
    CHECK(kind("Avízo o expedici – objednávka 2026/77") == parsers::DocKind::other);
    CHECK(kind("Shipping advice SA-2026-118") == parsers::DocKind::other);
    // must not change: an order, an invoice, an ordinary quote.
    CHECK(kind("Purchase order 4471") == parsers::DocKind::order);
    CHECK(kind("Invoice 4471") == parsers::DocKind::invoice);
    CHECK(kind("Quotation Q-118") == parsers::DocKind::quote);
    CHECK(kind("Credit terms for our next order") == parsers::DocKind::order);
}

TEST_CASE("sheets: a sheet of discontinued goods is no offer", "[pricing][fix9]") {
    const std::vector<std::vector<std::string>> rows = {
        {"Varenr.", "Beskrivelse", "Enhed", "Pris DKK"},
        {"DP-OR-40", "O-ring NBR 70 40 x 3 mm", "stk", "2,90"}};
    parsers::Document document;
    document.format = parsers::DocFormat::xlsx;
    document.tables = {grid::make_table(rows, "Prisliste 2026"),
                       grid::make_table(rows, "Udgåede varer"),
                       grid::make_table(rows, "Discontinued items")};
    auto items = parsers::extract_from_document(document, 0, parsers::DocKind::quote);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model == "DP-OR-40");
    // must not change: sheet names that only look alike.
    document.tables = {grid::make_table(rows, "Continued from page 1"),
                       grid::make_table(rows, "Lifetime prices")};
    CHECK(parsers::extract_from_document(document, 0, parsers::DocKind::quote).size() == 2);
}
