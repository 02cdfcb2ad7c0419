// Price layouts the blind set bench/price_eval/blind3 showed unread (issue 16): India's lakh
// grouping, prices per 100/1000 units, full-width digits, quantity breaks as columns and as
// lines, tax-included amounts, bilingual and Korean headers, totals lines over two columns,
// labelled tax pairs and inline forwarded quotes. Each rule with inputs it must not read.
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/table_reader.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

// product|model|quantity|unit|currency|price
std::vector<std::string> brief(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(i.product + "|" + i.model + "|" + i.quantity + "|" + i.unit + "|" +
                      i.currency + "|" + i.unit_price);
    return out;
}

std::vector<PriceItem> table_items(const std::vector<std::vector<std::string>>& rows,
                                   const std::string& currency, Mark mark = Mark::dot) {
    TableContext context;
    context.terms.currency = currency;
    context.mark = mark;
    return read_table(grid::make_table(rows), context);
}

std::vector<PriceItem> text_items(std::string_view text, const std::string& currency,
                                  Mark mark = Mark::dot) {
    TableContext context;
    context.terms.currency = currency;
    context.mark = mark;
    std::vector<PriceItem> items;
    for (const grid::Table& table : grid::text_tables(text)) {
        auto found = read_table(table, context);
        items.insert(items.end(), found.begin(), found.end());
    }
    return items;
}

} // namespace

TEST_CASE("numbers: India's lakh grouping", "[pricing][numbers][blind3]") {
    CHECK(read_number("1,25,000.00", Mark::dot) == "125000.00");
    CHECK(read_number("12,34,567", Mark::dot) == "1234567");
    CHECK(read_number("1,00,00,000", Mark::dot) == "10000000");
    CHECK(read_number("1,25,000", Mark::unknown) == "125000");
    CHECK(mark_evidence("3,85,000.00") == Mark::dot);
    // must not: other patterns, the comma convention, a first group of three
    CHECK_FALSE(read_number("12,34,56", Mark::dot));
    CHECK_FALSE(read_number("01,25,000", Mark::dot));
    CHECK_FALSE(read_number("123,45,678", Mark::dot));
    CHECK_FALSE(read_number("1,25,000", Mark::comma));
    CHECK_FALSE(read_number("1.25.000", Mark::comma));
}

TEST_CASE("money cells: full-width digits and prices per 100 or 1000 units", "[pricing][blind3]") {
    auto yen = read_money("１，７９０円／個", Mark::dot, "JPY");
    REQUIRE(yen);
    CHECK(yen->value == "1790");
    CHECK(yen->currency == "JPY");
    CHECK(yen->unit == "個");
    auto fen = read_money("RMB １０．９０元/件", Mark::dot, "CNY");
    REQUIRE(fen);
    CHECK(fen->value == "10.90");
    auto boxes = read_money("89,00 EUR / 100 Stk.", Mark::comma, "CNY");
    REQUIRE(boxes);
    CHECK(boxes->value == "89.00");
    CHECK(boxes->per == "100");
    CHECK(boxes->unit == "pcs");
    auto screws = read_money("$128.50/1000 pcs", Mark::dot, "CNY");
    REQUIRE(screws);
    CHECK(screws->per == "1000");
    auto rupees = read_money("Rs. 96.40 per Mtr", Mark::dot, "CNY");
    REQUIRE(rupees);
    CHECK(rupees->currency == "INR");
    CHECK(rupees->unit == "m");
    CHECK(rupees->per.empty());
    CHECK(find_currency("단가(원)") == "KRW");
    // must not: a count that is no power of ten, a per-unit price
    auto odd = read_money("USD 12.50/250 pcs", Mark::dot, "CNY");
    CHECK((!odd || odd->per.empty()));
    auto each = read_money("USD 12.50/pc", Mark::dot, "CNY");
    REQUIRE(each);
    CHECK(each->per.empty());
    CHECK(each->unit == "pcs");
    CHECK_FALSE(read_money("Rs. 1,58,750.00 total due 12/100", Mark::dot, "CNY"));
}

TEST_CASE("lexicon: quantity breaks, bilingual and Korean headers", "[pricing][blind3]") {
    struct Row {
        const char* header;
        Role role;
        const char* tier;
    };
    const Row rows[] = {
        {"100-499个", Role::price, "100"},
        {"1000个以上", Role::price, "1000"},
        {"ab 50", Role::price, "50"},
        {"500+", Role::price, "500"},
        {"≥2000 pcs", Role::price, "2000"},
        {"Price 100-499 pcs", Role::price, "100"},
        // must not: a price unit, a quantity, a bare count, a date
        {"Rate/100 Mtr (Rs.)", Role::price, ""},
        {"Qty 100-499", Role::quantity, ""},
        {"1,000 pcs", Role::none, ""},
        {"05.02.2026", Role::none, ""},
    };
    for (const Row& row : rows) {
        INFO(row.header);
        HeaderSense sense = read_header(row.header);
        CHECK(to_string(sense.role) == std::string(to_string(row.role)));
        CHECK(sense.tier == row.tier);
    }
    CHECK(read_header("Rate/100 Mtr (Rs.)").per == "100");
    CHECK(to_string(read_header("Đơn giá / Unit price").role) == std::string("price"));
    CHECK(read_header("Đơn giá / Unit price").unit.empty()); // "/ Unit" is no unit here
    CHECK(to_string(read_header("ĐVT / Unit").role) == std::string("unit"));
    CHECK(to_string(read_header("Tiền tệ / Currency").role) == std::string("currency"));
    CHECK(read_header("单价 USD/PCS").unit == "pcs"); // one header, its unit after the slash
    CHECK(read_header("单价 USD/PCS").currency == "USD");
    CHECK(to_string(read_header("품명").role) == std::string("product"));
    CHECK(to_string(read_header("수량").role) == std::string("quantity"));
    CHECK(to_string(read_header("금액(원)").role) == std::string("amount"));
    CHECK(read_header("단가(원)").currency == "KRW");
    CHECK(non_item_kind("부가세") == "tax");
    CHECK(non_item_kind("공급가액") == "total");
    CHECK(non_item_kind("Mindermengenzuschlag unter 50 Einheiten") == "charge");
    CHECK(non_item_kind("打样费") == "charge");
    CHECK(non_item_kind("Stretchfolie 23 µm").empty());
}

TEST_CASE("tables: amounts of the taxed price, prices per thousand, break columns",
          "[pricing][judge][blind3]") {
    // The amount column sums the tax-included price; the untaxed one is the price.
    auto items = table_items(
        {{"品名", "型号", "单位", "数量", "不含税单价(元)", "含税单价(元)", "含税金额(元)"},
         {"电源适配器", "HD-PA12V2A", "个", "1000", "16.80", "18.98", "18,980.00"},
         {"开关电源", "HD-SP24V5A", "台", "300", "58.00", "65.54", "19,662.00"}},
        "CNY");
    CHECK(brief(items) == std::vector<std::string>{"电源适配器|HD-PA12V2A|1000|个|CNY|16.80",
                                                   "开关电源|HD-SP24V5A|300|台|CNY|58.00"});
    // must not: amounts that are qty × neither price
    CHECK(table_items({{"品名", "型号", "数量", "不含税单价", "含税单价", "含税金额"},
                       {"电源适配器", "HD-PA12V2A", "1000", "16.80", "18.98", "17,500.00"},
                       {"开关电源", "HD-SP24V5A", "300", "58.00", "65.54", "21,000.00"}},
                      "CNY")
              .empty());
    // "Price/M": only qty × price / 1000 = amount holds, so the price is per thousand, and
    // the header's "M" is that thousand, not metres: the price is one piece's.
    items = table_items({{"Part Number", "Description", "Qty", "Price/M", "Ext. Price"},
                         {"GL-HCS-3816", "Hex Cap Screw 3/8-16", "5,000", "$128.50", "$642.50"},
                         {"GL-FW-38", "Flat Washer 3/8 SAE", "10,000", "$9.85", "$98.50"}},
                        "USD");
    CHECK(brief(items) ==
          std::vector<std::string>{"Hex Cap Screw 3/8-16|GL-HCS-3816|5000|pcs|USD|0.1285",
                                   "Flat Washer 3/8 SAE|GL-FW-38|10000|pcs|USD|0.00985"});
    // must not: one row per 1000, the other per 100: no single price unit holds
    CHECK(table_items({{"Part Number", "Description", "Qty", "Price", "Ext. Price"},
                       {"GL-HCS-3816", "Hex Cap Screw", "5,000", "$128.50", "$642.50"},
                       {"GL-FW-38", "Flat Washer", "10,000", "$9.85", "$985.00"}},
                      "USD")
              .empty());
    // Quantity breaks as columns, each a price with its least quantity.
    items = table_items({{"型号", "品名", "单位", "100-499个", "1000个以上"},
                         {"HD-LD350", "LED驱动电源", "件", "12.80", "11.20"}},
                        "CNY");
    CHECK(brief(items) == std::vector<std::string>{"LED驱动电源|HD-LD350|100|件|CNY|12.80",
                                                   "LED驱动电源|HD-LD350|1000|件|CNY|11.20"});
}

TEST_CASE("text tables: a totals line over two columns, rates per 100 m", "[grid][blind3]") {
    std::string_view text =
        "Sr.   Description                  Qty (Mtr)   Rate/100 Mtr (Rs.)       Amount (Rs.)\n"
        "1     FR PVC Insulated Copper Wire, 1100 V\n"
        "1.1   SGC-FR-1.5  1.5 sq mm          10,000            1,480.00        1,48,000.00\n"
        "1.2   SGC-FR-2.5  2.5 sq mm          10,000            2,360.00        2,36,000.00\n"
        "2     Armoured Cable, XLPE\n"
        "2.1   SGC-AR-4x16  4C x 16 sq mm      1,000           38,500.00        3,85,000.00\n"
        "                                                    Sub Total        7,69,000.00\n"
        "                                            Freight upto Nhava Sheva    12,500.00\n"
        "                                                  Grand Total        7,81,500.00\n";
    auto items = text_items(text, "INR");
    REQUIRE(items.size() == 3);
    CHECK(items[0].unit_price == "14.80");
    CHECK(items[0].quantity == "10000");
    CHECK(items[0].currency == "INR");
    CHECK(items[2].unit_price == "385.00");
    for (const PriceItem& item : items)
        CHECK(item.product.find("Freight") == std::string::npos);
}

TEST_CASE("line items: breaks under a part, labelled tax pairs, unit prices alone",
          "[pricing][blind3]") {
    auto items = text_items("GL-SHCS-M830  Socket Head Cap Screw M8x30 12.9\n"
                            "    100 - 499 pcs      $0.26 ea\n"
                            "    2,000+ pcs         $0.20 ea\n",
                            "USD");
    CHECK(brief(items) == std::vector<std::string>{
                              "Socket Head Cap Screw M8x30 12.9|GL-SHCS-M830|100|pcs|USD|0.26",
                              "Socket Head Cap Screw M8x30 12.9|GL-SHCS-M830|2000|pcs|USD|0.20"});
    items = text_items("1.1 焊管 Φ219×6 Q235B   不含税 4,250.00元/吨   含税 4,802.50元/吨\n"
                       "1.2 焊管 Φ273×8 Q235B   不含税 4,300.00元/吨   含税 4,859.00元/吨\n",
                       "CNY");
    CHECK(brief(items) == std::vector<std::string>{"焊管 Φ219×6 Q235B|||吨|CNY|4250.00",
                                                   "焊管 Φ273×8 Q235B|||吨|CNY|4300.00"});
    items = text_items("  50-4030  Faltkarton 400x300x250 mm    89,00 EUR / 100 Stk.\n"
                       "  50-5040  Faltkarton 500x400x300 mm   128,50 EUR / 100 Stk.\n",
                       "EUR", Mark::comma);
    CHECK(brief(items) ==
          std::vector<std::string>{"Faltkarton 400x300x250 mm|50-4030||pcs|EUR|0.89",
                                   "Faltkarton 500x400x300 mm|50-5040||pcs|EUR|1.285"});
    // must not: two prices that are no tax pair, a price without its unit, breaks with no
    // part above them
    CHECK(text_items("Pump P-100   USD 120.00   USD 240.00\nPump P-200   USD 150.00   USD 300.00\n",
                     "USD")
              .empty());
    CHECK(text_items("Pump P-100   USD 120.00\nPump P-200   USD 150.00\n", "USD").empty());
    CHECK(text_items("    100 - 499 pcs      $0.26 ea\n    500+ pcs           $0.23 ea\n", "USD")
              .empty());
}

TEST_CASE("mail bodies: a quote forwarded inline is the sender's text", "[prices][blind3]") {
    std::string body = "Please see below the offer from our branch.\n\n"
                       "---------- Forwarded message ---------\n"
                       "From: Sunil Verma <sunil@example.in>\n"
                       "Date: Tue, 17 Feb 2026 at 12:41\n"
                       "Subject: Offer\n\n"
                       "Control cable 7C x 1.5   Rs. 96.40 per Mtr\n";
    std::string fresh = parsers::fresh_part(body);
    CHECK(fresh.find("Rs. 96.40") != std::string::npos);
    CHECK(fresh.find("Sunil Verma") == std::string::npos);
    // must not: the thread quoted below the forwarded mail, or a reply's quoted header block
    CHECK(parsers::fresh_part(body + "\nOn Mon, Feb 16, 2026 Amy wrote:\n> target USD 1.00\n")
              .find("target") == std::string::npos);
    CHECK(parsers::fresh_part("Hi\nFrom: Li Wei\nSent: Monday\nold quote\n") == "Hi\n");
}
