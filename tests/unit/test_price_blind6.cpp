// Price reading on the layouts of bench/price_eval/blind6 (issue 16): quotes from India,
// Indonesia, Vietnam, Russia, Mexico and the Philippines. Currencies written as signs or local
// words (₱, Rp, руб., đ, "$ … MXN"), trade units of those languages, Russian, Vietnamese and
// Indonesian header and total words, tax-included columns, kinds, and old prices in prose.
// Each rule on varied inputs, with the inputs it must leave alone.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/prices.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::read;
using test::show;

TableContext in_cny() {
    return test::in("CNY");
}

} // namespace

TEST_CASE("tables: a currency sign the filler list lacks is no endless recursion",
          "[pricing][blind6]") {
    // "₱" alone in a cell overflowed the stack of is_filler (import crashed, exit -11).
    auto items = read({{"Item", "Description", "Qty (pcs)", "Unit Price (PHP)", "Amount (PHP)"},
                       {"SBP-HC12", "Stainless hose clamp 1/2\"", "2,000", "₱18.50", "₱37,000.00"},
                       {"SBP-WA38", "Wedge anchor 3/8\" x 3\"", "5,000", "₱", "₱210,000.00"}});
    REQUIRE(!items.empty());
    CHECK(show(items[0]) == "Stainless hose clamp 1/2\"|SBP-HC12|2000|pcs|PHP|18.50");
}

TEST_CASE("currencies: rupiah, rouble, dong and the peso's dollar sign", "[pricing][blind6]") {
    CHECK(find_currency("Rp 187.500", "CNY") == "IDR");
    CHECK(find_currency("Harga Satuan (Rp)", "CNY") == "IDR");
    CHECK(find_currency("2 450,00 руб.", "CNY") == "RUB");
    CHECK(find_currency("Цена без НДС, руб.", "CNY") == "RUB");
    CHECK(find_currency("275.000đ/cuộn", "CNY") == "VND");
    CHECK(find_currency("Đơn giá (VNĐ)", "CNY") == "VND");
    CHECK(find_currency("$86.50 MXN c/u", "CNY") == "MXN");
    CHECK(find_currency("$1,200.00 CAD", "CNY") == "CAD");
    // must not read: dong inside Vietnamese words, Rp inside a word, "$" without another code
    CHECK(find_currency("điều chỉnh giá", "CNY").empty());
    CHECK(find_currency("hợp đồng", "CNY").empty());
    CHECK(find_currency("RPM 3000", "CNY").empty());
    CHECK(find_currency("$12.50 each", "CNY") == "USD");
    CHECK(find_currency("US$ 4.80 (MXN 82.00)", "CNY") == "USD");
    // the decimal mark the currency's countries use when a number alone does not say
    CHECK(usual_mark("IDR") == Mark::comma);
    CHECK(usual_mark("VND") == Mark::comma);
    CHECK(usual_mark("MXN") == Mark::dot);
    CHECK(usual_mark("EUR") == Mark::unknown);
}

TEST_CASE("units: Russian, Vietnamese, Indonesian and Indian trade units", "[pricing][blind6]") {
    CHECK(normalise_unit("шт.") == "pcs");
    CHECK(normalise_unit("кг") == "kg");
    CHECK(normalise_unit("No.") == "pcs");
    CHECK(normalise_unit("Nos") == "pcs");
    CHECK(normalise_unit("cái") == "pcs");
    CHECK(normalise_unit("batang") == "pcs");
    CHECK(normalise_unit("cuộn") == "rolls");
    CHECK(normalise_unit("thùng") == "ctns");
    CHECK(normalise_unit("lembar") == "sheets");
    CHECK(normalise_unit("sheet") == "sheets");
    CHECK(normalise_unit("jgo") == "sets");
    // must not read: words that only start like a unit
    CHECK(normalise_unit("note").empty());
    CHECK(normalise_unit("cake").empty());
    CHECK(normalise_unit("batch").empty());
}

TEST_CASE("headers: Russian, Vietnamese and Indonesian column words", "[pricing][blind6]") {
    CHECK(read_header("Наименование", "CNY").role == Role::product);
    CHECK(read_header("Артикул", "CNY").role == Role::model);
    CHECK(read_header("Ед. изм.", "CNY").role == Role::unit);
    CHECK(read_header("Кол-во", "CNY").role == Role::quantity);
    CHECK(read_header("Цена, руб. (без НДС)", "CNY").role == Role::price);
    CHECK(read_header("Сумма", "CNY").role == Role::amount);
    CHECK(read_header("Tên hàng", "CNY").role == Role::product);
    CHECK(read_header("Mã hàng", "CNY").role == Role::model);
    CHECK(read_header("ĐVT", "CNY").role == Role::unit);
    CHECK(read_header("Số lượng", "CNY").role == Role::quantity);
    CHECK(read_header("Đơn giá (VNĐ)", "CNY").role == Role::price);
    CHECK(read_header("Thành tiền (VNĐ)", "CNY").role == Role::amount);
    CHECK(read_header("Nama Barang", "CNY").role == Role::product);
    CHECK(read_header("Kode", "CNY").role == Role::model);
    CHECK(read_header("Satuan", "CNY").role == Role::unit);
    CHECK(read_header("Harga Satuan", "CNY").role == Role::price);
    CHECK(read_header("Jumlah", "CNY").role == Role::amount);
    // tax included or not
    CHECK(read_header("Цена с НДС, руб.", "CNY").tax_included);
    CHECK_FALSE(read_header("Цена без НДС, руб.", "CNY").tax_included);
    CHECK_FALSE(read_header("単価（税抜）", "CNY").tax_included);
}

TEST_CASE("tables: Russian quote with prices before and after VAT", "[pricing][blind6]") {
    auto items = read({{"Наименование", "Ед.", "Кол-во", "Цена без НДС, руб.", "Цена с НДС, руб."},
                       {"Подшипник 6312-2RS", "шт.", "40", "2 450,00", "2 940,00"},
                       {"Смазка Литол-24", "кг", "90", "312,50", "375,00"},
                       {"Итого без НДС", "", "", "", "264 500,00"},
                       {"НДС 20%", "", "", "", "52 900,00"}});
    CHECK(show(items) == std::vector<std::string>{"Подшипник 6312-2RS||40|pcs|RUB|2450.00",
                                                  "Смазка Литол-24||90|kg|RUB|312.50"});
}

TEST_CASE("tables: Vietnamese and Indonesian quotes with their total and tax rows",
          "[pricing][blind6]") {
    auto items =
        read({{"Tên hàng", "Mã hàng", "ĐVT", "Số lượng", "Đơn giá (VNĐ)", "Thành tiền"},
              {"Băng keo OPP 48 mm", "SG-OPP48", "cuộn", "500", "21.000 ₫", "10.500.000 ₫"},
              {"Túi khí 40x60 cm", "SG-AB4060", "thùng", "10", "1.250.000 ₫", "12.500.000 ₫"},
              {"Cộng tiền hàng", "", "", "", "", "22.000.000 ₫"},
              {"Thuế GTGT 10%", "", "", "", "", "2.200.000 ₫"},
              {"Tổng cộng", "", "", "", "", "24.200.000 ₫"}});
    CHECK(show(items) ==
          std::vector<std::string>{"Băng keo OPP 48 mm|SG-OPP48|500|rolls|VND|21000",
                                   "Túi khí 40x60 cm|SG-AB4060|10|ctns|VND|1250000"});
    items =
        read({{"Nama Barang", "Kode", "Qty", "Satuan", "Harga Satuan", "Jumlah"},
              {"Plat bordes 3 mm", "SB-PB3", "20", "lembar", "Rp 1.250.000,-", "Rp 25.000.000,-"},
              {"Kawat las RB-26", "SB-KL26", "100", "kg", "Rp 42.500", "Rp 4.250.000"},
              {"PPN 11%", "", "", "", "", "Rp 3.217.500"},
              {"Ongkos kirim", "", "", "", "", "Rp 1.500.000"}});
    REQUIRE(items.size() == 2);
    CHECK(items[0].currency == "IDR");
    CHECK(items[0].unit == "sheets");
    CHECK(items[1].unit_price.starts_with("42500"));
}

TEST_CASE("kinds: quotes in Indonesian, Vietnamese, Russian and Korean", "[pricing][blind6]") {
    using parsers::classify_kind;
    CHECK(classify_kind("Penawaran Harga No. 041/SBP/II/2026", "Dengan hormat", {}) ==
          DocKind::quote);
    CHECK(classify_kind("Báo giá bao bì tháng 2/2026", "Kính gửi anh", {}) == DocKind::quote);
    CHECK(classify_kind("Коммерческое предложение № 114", "Добрый день", {}) == DocKind::quote);
    CHECK(classify_kind("유압 실린더 견적서 송부", "안녕하세요", {}) == DocKind::quote);
    // must not change: an invoice stays an invoice
    CHECK(classify_kind("Invoice RE/INV/0412", "Please find our invoice", {}) == DocKind::invoice);
}

TEST_CASE("prose: an earlier price in brackets is no item", "[pricing][blind6]") {
    TableContext context;
    auto items = read_prose(
        "- PH-80 Pump Housing: Rs. 1,18,500/- per No. (earlier Rs. 1,25,000/-)\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("118500"));
    CHECK(items[0].currency == "INR");
    items = read_prose("Giá SG-PE50 còn 275.000đ/cuộn (trước đây 285.000đ/cuộn).\n", context);
    for (const PriceItem& item : items)
        CHECK(item.unit_price.find("285") == std::string::npos);
}

TEST_CASE("tables: a Per column of C (100) and M (1,000) counts pieces", "[pricing][blind6]") {
    auto items = read({{"Part No.", "Description", "Qty", "Price", "Per"},
                       {"LF-HW-516", "Flat washer 5/16\" USS zinc", "10,000", "4.85", "C"},
                       {"LF-HN-516", "Hex nut 5/16\"-18 Gr.5 zinc", "5,000", "28.40", "M"},
                       {"LF-CB-516", "Carriage bolt 5/16\"-18 x 2\" zinc", "2,000", "96.00", "M"}},
                      test::in("USD"));
    CHECK(show(items) == std::vector<std::string>{
                             "Flat washer 5/16\" USS zinc|LF-HW-516|10000|pcs|USD|0.0485",
                             "Hex nut 5/16\"-18 Gr.5 zinc|LF-HN-516|5000|pcs|USD|0.0284",
                             "Carriage bolt 5/16\"-18 x 2\" zinc|LF-CB-516|2000|pcs|USD|0.096"});
    // must not read: a unit column of metres and a Per column of numbers keep their meaning
    items =
        read({{"Part No.", "Description", "Unit", "Price"}, {"CB-1", "Cable 3x1.5", "m", "1.20"}},
             test::in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit == "m");
    CHECK(items[0].unit_price == "1.20");
    items = read({{"Part No.", "Description", "Price", "Per"}, {"W-8", "Washer M8", "3.50", "100"}},
                 test::in("USD"));
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "0.035");
}

TEST_CASE("tables: a freight word before a product noun names a product", "[pricing][blind6]") {
    auto items = read({{"Part No.", "Description", "Qty", "Unit Price"},
                       {"LF-CB-516", "Carriage bolt 5/16\" x 2\"", "2,000", "0.096"},
                       {"SB-BX40", "Shipping box 40x30x30", "500", "0.85"},
                       {"", "Carriage", "", "12.50"},
                       {"", "Shipping and handling", "", "35.00"}},
                      test::in("USD"));
    CHECK(show(items) ==
          std::vector<std::string>{"Carriage bolt 5/16\" x 2\"|LF-CB-516|2000||USD|0.096",
                                   "Shipping box 40x30x30|SB-BX40|500||USD|0.85"});
}

TEST_CASE("prose: amounts with a word for a power of ten", "[pricing][blind6]") {
    using detail::scaled_amounts;
    CHECK(scaled_amounts("개당 118만원") == "개당 1180000원");
    CHECK(scaled_amounts("세트당 8만 2천원입니다") == "세트당 82000원입니다");
    CHECK(scaled_amounts("giá mới 1,2 triệu đồng/thùng") == "giá mới 1200000 đồng/thùng");
    CHECK(scaled_amounts("Rs. 1.25 lakh per set") == "Rs. 125000 per set");
    CHECK(scaled_amounts("Rp 1,2 juta per lembar") == "Rp 1200000 per lembar");
    // must not read: counts and years with the same words, amounts without money beside them
    CHECK(scaled_amounts("2 lakh pieces per year") == "2 lakh pieces per year");
    CHECK(scaled_amounts("dân số 100 triệu người") == "dân số 100 triệu người");
    CHECK(scaled_amounts("3만 개") == "3만 개");
    CHECK(scaled_amounts("Rs. 1,18,500/-") == "Rs. 1,18,500/-");
}

TEST_CASE("prose: the unit before a Korean or Japanese price, and a tax-included aside",
          "[pricing][blind6]") {
    TableContext context;
    auto items = read_prose(
        "DH-HC63 유압 실린더는 개당 118만원, 씰 키트 DH-SK63은 세트당 8만 2천원입니다.\n", context);
    REQUIRE(items.size() == 2);
    CHECK(items[0].unit_price.starts_with("1180000"));
    CHECK(items[0].currency == "KRW");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit_price.starts_with("82000"));
    CHECK(items[1].unit == "sets");
    items = read_prose("・出刃包丁 KH-DB165：１本あたり８，８００円（税抜、税込９，６８０円）\n",
                       context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("8800"));
    CHECK(items[0].unit == "本");
    items = read_prose("- PH-80 Pump Housing: Rs. 1,18,500/- per No.\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit == "pcs");
    // must not drop: a tax-included price that is the only one, or a second product's price
    items = read_prose("DN50球阀含税价128元/只\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("128"));
    items = read_prose("AV-10 USD 12.50 (net), AV-20 USD 14.00 (incl. VAT USD 16.80)\n", context);
    CHECK(test::show(items) ==
          std::vector<std::string>{"AV-10|AV-10|||USD|12.50", "AV-20|AV-20|||USD|14.00"});
}

TEST_CASE("prose: leader dots, the peso's dollar sign and each written c/u or ea",
          "[pricing][blind6]") {
    TableContext context;
    auto items =
        read_prose("1. Llave combinada 1/2\" (HB-LC12) ............. $86.50 MXN c/u\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].model.find("HB-LC12") != std::string::npos);
    CHECK(items[0].currency == "MXN");
    CHECK(items[0].unit == "pcs");
    CHECK(items[0].unit_price == "86.50");
    items = read_prose("LF-WA-383 3/8\" x 3\" wedge anchor @ $0.45 ea\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "USD");
    CHECK(items[0].unit == "pcs");
    // must not read: a tax-included word outside the bracket the next price stands in
    items =
        read_prose("M16的单价4.10元/套，含税含运费（宁波地区）。M20单价7.80元/套。\n", in_cny());
    CHECK(items.size() == 2);
    // must not change: "$" with no other code stays the US dollar; "ea" inside a word is none
    items = read_prose("Model AV-10: $12.50 each year\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].currency == "USD");
}

TEST_CASE("prose: space-grouped amounts, capitals beside their figures, units in more scripts",
          "[pricing][blind6]") {
    TableContext context;
    auto items = read_prose("Цена на подшипник 22220 EK составит 17 900 руб. за шт. без НДС "
                            "(с НДС 21 480 руб.).\n",
                            context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("17900"));
    CHECK(items[0].currency == "RUB");
    CHECK(items[0].unit == "pcs");
    items = read_prose("Giá SG-PE50 còn 275.000đ/cuộn.\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit == "rolls");
    // 大写 with the same figures in brackets: one price, with the unit after the bracket
    items = read_prose("HT-CJ200数控切割机，单价人民币壹万贰仟元整（¥12,000.00）/台；\n", in_cny());
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("12000"));
    CHECK(items[0].unit == "台");
    CHECK(items[0].model == "HT-CJ200");
    // must not read: a quantity with spaces; must keep: a bracket with another amount
    items = read_prose("Model PR-7 in 12 500 pcs, price USD 3.20\n", context);
    for (const PriceItem& item : items)
        CHECK(item.unit_price.find("12500") == std::string::npos);
    CHECK(detail::arabic_amounts("单价壹佰伍拾元整（约USD 21.00）/台") ==
          "单价150.00元（约USD 21.00）/台");
}

TEST_CASE("prose: a company's registered capital is no price", "[pricing][blind6]") {
    TableContext context;
    for (std::string_view line :
         {"KRS 0000123456, Kapitał zakładowy 5 000 000,00 PLN, NIP 548-000-12-34\n",
          "Share capital GBP 1 000 000.00 fully paid\n", "注册资本：人民币 5 000 000 元\n"})
        CHECK(read_prose(line, context).empty());
    // must keep: a price on the line
    CHECK(read_prose("Siarczan sodu ZW-SS-99: cena netto 12 450,00 PLN/t\n", context).size() == 1);
}

TEST_CASE("prose: a price the seller refuses is no offer", "[pricing][blind6]") {
    TableContext context;
    auto items = read_prose("KH-NK165 Nakiri knife 165 mm: JPY 7,400 per pc (tax excl.).\n"
                            "Unfortunately JPY 6,900 is not possible for hand-forged blades.\n",
                            context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("7400"));
    // must keep: a floor the seller states
    items = read_prose("Model AV-10: we cannot go below USD 12.50 per pc.\n", context);
    CHECK(items.size() == 1);
}
