// Price extraction core: exact decimals, vocabulary, plain-text and grid tables (issue 6).
// Issue 16 split the size or specification out of the model: "model" is the model as written,
// "spec" the size column, and the product key joins both with inch pipe sizes as DN
// (DN50 (2") = DN50 = 2").
#include <catch2/catch.hpp>

#include "parsers/decimal.hpp"
#include "parsers/price_terms.hpp"
#include "parsers/prices.hpp"

using namespace mailclerk::parsers;

namespace {

// One item as a compact string, so a test asserts every field at once.
std::string show(const PriceItem& i) {
    return i.product + "|" + i.model + "|" + i.spec + "|" + i.quantity + "|" + i.unit + "|" +
           i.currency + "|" + i.unit_price + "|" + i.incoterm + "|" + i.validity + "|" +
           i.product_key;
}

std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(show(i));
    return out;
}

} // namespace

TEST_CASE("decimal: English and continental notation read exactly", "[prices][decimal]") {
    CHECK(parse_decimal("1,250.00") == "1250.00");
    CHECK(parse_decimal("1.250,00") == "1250.00");
    CHECK(parse_decimal("12.50") == "12.50");
    CHECK(parse_decimal("12,5") == "12.5");
    CHECK(parse_decimal("1,250") == "1250");
    CHECK(parse_decimal("1.250") == "1.250");
    CHECK(parse_decimal("1.234.567,89") == "1234567.89");
    CHECK(parse_decimal("1,234,567") == "1234567");
    CHECK(parse_decimal("1'250.50") == "1250.50");
    CHECK(parse_decimal("０.８５") == "0.85");
    CHECK(parse_decimal("007") == "7");
    CHECK(parse_decimal(".5") == "0.5");
    CHECK(parse_decimal("-3.20") == "-3.20");
    CHECK(parse_decimal("  42  ") == "42");
    // not numbers
    CHECK_FALSE(parse_decimal("12.5.3"));
    CHECK_FALSE(parse_decimal("+86 574 8888 1234"));
    CHECK_FALSE(parse_decimal("2026-11-03"));
    CHECK(parse_decimal("1,25,000") == "125000"); // India's lakh grouping
    CHECK_FALSE(parse_decimal("1,2,5000"));
    CHECK_FALSE(parse_decimal("USD"));
    CHECK_FALSE(parse_decimal(""));
    CHECK_FALSE(parse_decimal("12a"));
}

TEST_CASE("price terms: currencies, units, incoterms, validity", "[prices]") {
    CHECK(find_currency("US$ 12.50") == "USD");
    CHECK(find_currency("$0.85") == "USD");
    CHECK(find_currency("NT$120") == "TWD");
    CHECK(find_currency("HK$ 9.9") == "HKD");
    CHECK(find_currency("RMB 3.20") == "CNY");
    CHECK(find_currency("￥3.20") == "CNY");
    CHECK(find_currency("单价(元)") == "CNY");
    CHECK(find_currency("单价（美元）") == "USD");
    CHECK(find_currency("€ 1.250,00") == "EUR");
    CHECK(find_currency("JPY 1200") == "JPY");
    CHECK(find_currency("单元测试 元件") == "");
    CHECK(find_currency("EUROPE") == "");
    CHECK(normalise_unit("PCS") == "pcs");
    CHECK(normalise_unit("Sets") == "sets");
    CHECK(normalise_unit("台") == "台");
    CHECK(normalise_unit("MT") == "ton");
    CHECK(normalise_unit("bananas") == "");
    CHECK(find_unit_after_slash("USD 12.50/pc") == "pcs");
    CHECK(find_unit_after_slash("12.50元/件") == "件");
    CHECK(find_trailing_unit("2,000 kgs") == "kg");
    CHECK(find_incoterm("Price terms: FOB Ningbo, USD") == "FOB Ningbo");
    CHECK(find_incoterm("CIF HAMBURG") == "CIF Hamburg");
    CHECK(find_incoterm("Unit Price FOB Shanghai Port (USD)") == "FOB Shanghai");
    CHECK(find_incoterm("价格条款：FOB 宁波港") == "FOB 宁波");
    CHECK(find_incoterm("EXW") == "EXW");
    CHECK(find_incoterm("C&F Durban") == "CFR Durban");
    CHECK(find_incoterm("FOBBING") == "");
    CHECK(find_validity("Validity: 30 days from today.") == "30 days from today");
    CHECK(find_validity("This offer is valid until 2026-12-31, thanks") == "2026-12-31");
    CHECK(find_validity("报价有效期：30天。") == "30天");
    CHECK(find_validity("invalid address") == "");
    CHECK(product_key("ＡＢ-100 X") == "ab-100x");
    CHECK(product_key(" ab-100x ") == "ab-100x");
}

TEST_CASE("prices: aligned English table with header and totals", "[prices]") {
    const char* body = "Dear Tom,\n"
                       "\n"
                       "Please find our best prices below, FOB Ningbo, valid for 30 days.\n"
                       "\n"
                       "Item  Description            Model       Qty (MOQ)    Unit Price (USD)\n"
                       "1     Stainless steel valve  SV-100      500 pcs                 12.50\n"
                       "2     Brass fitting          BF-20A      1,000 pcs                0.85\n"
                       "3     Pressure gauge         PG-63       200 sets            1,250.00\n"
                       "      Total                                                 19,600.00\n"
                       "\n"
                       "Tel: +86 574 8888 1234\n"
                       "Best regards,\nLi Wei\n";
    auto items = extract_from_text(body, context_of(body));
    CHECK(show(items) ==
          std::vector<std::string>{
              "Stainless steel valve|SV-100||500|pcs|USD|12.50|FOB Ningbo|30 days|sv-100",
              "Brass fitting|BF-20A||1000|pcs|USD|0.85|FOB Ningbo|30 days|bf-20a",
              "Pressure gauge|PG-63||200|sets|USD|1250.00|FOB Ningbo|30 days|pg-63"});
    REQUIRE(items.size() == 3);
    CHECK(items[0].line ==
          "1     Stainless steel valve  SV-100      500 pcs                 12.50");
}

TEST_CASE("prices: Chinese header, per-cell currency and units", "[prices]") {
    const char* body = "王经理您好：\n"
                       "\n"
                       "附上报价如下，价格条款：FOB 宁波，报价有效期：30天。\n"
                       "\n"
                       "序号  品名        型号规格      数量    单位  单价\n"
                       "1     电动机      Y2-132M-4     10      台    ￥3.200,00\n"
                       "2     减速机      WPA-80        5       套    RMB 1,850.50\n"
                       "合计                                          ￥41.252,50\n";
    auto items = extract_from_text(body, context_of(body));
    CHECK(show(items) ==
          std::vector<std::string>{"电动机|Y2-132M-4||10|台|CNY|3200.00|FOB 宁波|30天|y2-132m-4",
                                   "减速机|WPA-80||5|套|CNY|1850.50|FOB 宁波|30天|wpa-80"});
}

TEST_CASE("prices: tab and pipe tables; a second table in one text", "[prices]") {
    const char* body = "Product\tModel\tMOQ\tPrice\n"
                       "LED panel\tLP-600\t100\tUS$ 18.00/pc\n"
                       "\n\n"
                       "Other text here.\n"
                       "| Description | Price EUR |\n"
                       "|---|---|\n"
                       "| Cable 3x2.5 | 1.234,50 |\n";
    auto items = extract_from_text(body, {});
    CHECK(show(items) == std::vector<std::string>{"LED panel|LP-600||100|pcs|USD|18.00|||lp-600",
                                                  "Cable 3x2.5|||||EUR|1234.50|||cable3x2.5"});
}

TEST_CASE("prices: grid table with currency and term columns", "[prices]") {
    Table table = {
        {"No.", "Product", "Spec.", "Quantity", "Unit", "Currency", "Unit price", "Amount",
         "Terms"},
        {"1", "Ball bearing", "6204-2RS", "2000", "pcs", "USD", "0.42", "840.00", "FOB Shenzhen"},
        {"2", "Ball bearing", "6205-ZZ", "1000", "PCS", "USD", "0.55", "550.00", "FOB Shenzhen"},
        {"", "TOTAL", "", "", "", "", "", "1390.00", ""}};
    auto items = extract_from_table(table, {});
    CHECK(show(items) == std::vector<std::string>{
                             "Ball bearing|6204-2RS||2000|pcs|USD|0.42|FOB Shenzhen||6204-2rs",
                             "Ball bearing|6205-ZZ||1000|pcs|USD|0.55|FOB Shenzhen||6205-zz"});
    REQUIRE(items.size() == 2);
    CHECK(items[0].line ==
          "1 | Ball bearing | 6204-2RS | 2000 | pcs | USD | 0.42 | 840.00 | FOB Shenzhen");
}

TEST_CASE("prices: nothing from invoices, phone numbers, dates or prose", "[prices]") {
    const char* invoice = "Invoice No. INV-2026-118\n"
                          "Date: 2026-11-03\n"
                          "Total amount due: USD 12,500.00\n"
                          "Tel: +86 574 8888 1234    Fax: +86 574 8888 1235\n"
                          "Please pay within 30 days.\n";
    CHECK(extract_from_text(invoice, context_of(invoice)).empty());
    // A header row without a price column is not a price table.
    const char* schedule = "Model      Date         Phone\n"
                           "SV-100     2026-11-03   +86 574 8888 1234\n";
    CHECK(extract_from_text(schedule, {}).empty());
    // Under a price header, a row whose price cell is a date or phone number is no item.
    const char* noisy = "Description       Unit Price\n"
                        "Delivery date     2026-12-01\n"
                        "Hotline           +86 574 8888 1234\n";
    CHECK(extract_from_text(noisy, {}).empty());
    // A buyer's counter-offer restates our price and names a target: neither is a quote.
    const char* counter =
        "Item                      Size  Qty       Your price (USD)  Target price (USD)\n"
        "Gate valve WCB Class 150  2\"    200 pcs   38.50             35.00\n"
        "Gate valve WCB Class 150  4\"    200 pcs   86.00             79.00\n";
    CHECK(extract_from_text(counter, context_of(counter)).empty());
    const char* counter_zh = "品名        数量    贵司报价(元)   目标价(元)\n"
                             "铸钢截止阀  120台   1,860.00       1,700.00\n";
    CHECK(extract_from_text(counter_zh, context_of(counter_zh)).empty());
}

TEST_CASE("prices: quoted earlier mail is cut off", "[prices]") {
    const char* reply = "Thanks, we will check.\n"
                        "> Description   Unit Price\n"
                        "> Valve         USD 12.50\n"
                        "\n"
                        "On Mon, 2 Nov 2026 at 10:00, Li Wei <li@supplier.cn> wrote:\n"
                        "Description   Unit Price\n"
                        "Valve         USD 12.50\n";
    CHECK(fresh_part(reply) == "Thanks, we will check.\n\n");
    CHECK(fresh_part("新报价见下\n在 2026年11月2日 10:00，李伟 写道：\n旧的\n") == "新报价见下\n");
    CHECK(fresh_part("Hi\n-----Original Message-----\nold\n") == "Hi\n");
    // Gmail's attribution line in other languages: the verb, an address, a closing ':'.
    CHECK(fresh_part("Ny pris\ntir. 3. feb. 2026 kl. 10:15 skrev Kari Solheim "
                     "<kari@nordfjord.no>:\nold table\n") == "Ny pris\n");
    CHECK(fresh_part("Nová cena\nDne 3. 2. 2026 v 10:15 Jan Novák <jan@sv.cz> napsal(a):\nold\n") ==
          "Nová cena\n");
    // must not cut: the verb without an address, or a line not ending with ':'.
    CHECK(fresh_part("Kari skrev tilbudet i går:\nNH-PU-40 kr 3 980,-\n") ==
          "Kari skrev tilbudet i går:\nNH-PU-40 kr 3 980,-\n");
    CHECK(fresh_part("Kari <kari@nordfjord.no> skrev dette i går.\nmore\n") ==
          "Kari <kari@nordfjord.no> skrev dette i går.\nmore\n");
    CHECK(fresh_part("Hi\nFrom: Li Wei\nSent: Monday\nold\n") == "Hi\n");
    CHECK(fresh_part("Hi\n发件人: 李伟\n发送时间: 2026年11月2日\nold\n") == "Hi\n");
}

TEST_CASE("prices: a size column makes one model in several sizes several products", "[prices]") {
    Table table = {
        {"No.", "Description", "Model", "Size", "Qty", "Unit", "Unit Price", "Amount"},
        {"1", "Gate valve WCB", "Z41H-150LB", "DN50 (2\")", "200", "pcs", "38.50", "7700.00"},
        {"2", "Gate valve WCB", "Z41H-150LB", "DN100 (4\")", "200", "pcs", "86.00", "17200.00"}};
    CHECK(show(extract_from_table(table, {"USD", "FOB Ningbo", ""})) ==
          std::vector<std::string>{
              "Gate valve WCB|Z41H-150LB DN50 (2\")|DN50 (2\")|200|pcs|USD|38.50|FOB "
              "Ningbo||z41h-150lbdn50",
              "Gate valve WCB|Z41H-150LB DN100 (4\")|DN100 (4\")|200|pcs|USD|86.00|FOB "
              "Ningbo||z41h-150lbdn100"});
}

TEST_CASE("prices: model plus spec columns, and a revision table with sizes only", "[prices]") {
    const char* gbk_style =
        "序号  产品名称    型号        规格            数量    单价(元,含税)  金额(元)\n"
        "1     铸钢截止阀  J41H-16C    DN100 PN16      120台   1,860.00       223,200.00\n"
        "2     铸钢截止阀  J41H-16C    DN150 PN16      60台    3,150.00       189,000.00\n"
        "      合计                                    180台                  412,200.00\n";
    CHECK(show(extract_from_text(gbk_style, {})) ==
          std::vector<std::string>{
              "铸钢截止阀|J41H-16C DN100 PN16|DN100 PN16|120|台|CNY|1860.00|||j41h-16cdn100pn16",
              "铸钢截止阀|J41H-16C DN150 PN16|DN150 PN16|60|台|CNY|3150.00|||j41h-16cdn150pn16"});
    const char* revision = "Item  Size        Qty   Unit Price (USD)   Amount (USD)\n"
                           "1     DN50 (2\")   200   36.00              7,200.00\n"
                           "2     DN100 (4\")  200   81.00              16,200.00\n"
                           "      Total       400                      23,400.00\n";
    CHECK(show(extract_from_text(revision, {"", "FOB Ningbo", ""})) ==
          std::vector<std::string>{"|DN50 (2\")|DN50 (2\")|200||USD|36.00|FOB Ningbo||dn50",
                                   "|DN100 (4\")|DN100 (4\")|200||USD|81.00|FOB Ningbo||dn100"});
}

// Issue 18: fresh_part keeps the thread's last answer; another body, the same body read with
// another forwarding, or a body that differs only past its first bytes each get their own.
TEST_CASE("prices: fresh_part answers each body and forwarding as its own", "[prices]") {
    const std::string reply = "Hi\nFrom: Li Wei\nSent: Monday\nold\n";
    const std::string longer = reply + "more\n";
    const std::string forwarded = "FYI\nFrom: Li Wei\nSent: Monday\n\nprice USD 5\n";
    for (int round = 0; round < 2; ++round) {
        CHECK(fresh_part(reply) == "Hi\n");
        CHECK(fresh_part(forwarded, mailclerk::parsers::Forwarding::subject_says) ==
              "FYI\n\nprice USD 5\n");
        CHECK(fresh_part(forwarded) == "FYI\n");
        CHECK(fresh_part(longer) == "Hi\n");
        CHECK(fresh_part("Hi\nold\n") == "Hi\nold\n");
        CHECK(fresh_part("").empty());
    }
}
