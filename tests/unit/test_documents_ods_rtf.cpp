// OpenDocument spreadsheets and RTF documents read end to end (issue 16, bench/price_eval/blind6:
// until these readers both were attachments of no format, their prices never read). The .ods is
// shaped as LibreOffice Calc saves one (tests/data/prices/make_documents.py); the RTF is inline,
// as WordPad and ERP exports write it.
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "common/utf8.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/ods.hpp"
#include "parsers/rtf.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

// product|model|quantity|unit|currency|price
std::vector<std::string> show(const std::vector<PriceItem>& items) {
    std::vector<std::string> out;
    for (const PriceItem& i : items)
        out.push_back(i.product + "|" + i.model + "|" + i.quantity + "|" + i.unit + "|" +
                      i.currency + "|" + i.unit_price);
    return out;
}

std::string ods_bytes() {
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/calc_prais.ods");
    REQUIRE(bytes);
    return *bytes;
}

const std::string k_rtf =
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl ;\\red0\\green0"
    "\\blue0;}{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\pard\\f0\\fs20 "
    "QUOTATION No. RE/2026/061\\par\n"
    "{\\header\\pard Page 1 of 1 Tel. 020-2712 4455\\par}"
    "\\trowd\\trgaph70\\cellx600\\cellx4800\\cellx5900\\cellx6600\\cellx8000\n"
    "\\pard\\intbl{\\b Description}\\cell\\pard\\intbl{\\b Code}\\cell\\pard\\intbl{\\b UOM}\\cell"
    "\\pard\\intbl{\\b Qty}\\cell\\pard\\intbl{\\b Rate (Rs.)}\\cell\\row\n"
    "\\trowd\\trgaph70\\cellx600\\cellx4800\\cellx5900\\cellx6600\\cellx8000\n"
    "\\pard\\intbl Wear Ring, Bronze \\'96 80 mm\\cell\\pard\\intbl WR-80\\cell\\pard\\intbl "
    "Nos\\cell"
    "\\pard\\intbl 8\\cell\\pard\\intbl 4,200.00\\cell\\row\n"
    "\\trowd\\trgaph70\\cellx600\\cellx4800\\cellx5900\\cellx6600\\cellx8000\n"
    "\\pard\\intbl Gland Packing \\u8220?PTFE\\u8221?\\line 12 mm sq.\\cell\\pard\\intbl "
    "GP-12\\cell"
    "\\pard\\intbl Kg\\cell\\pard\\intbl 25\\cell\\pard\\intbl 1,090.00\\cell\\row\n"
    "\\pard GST @ 18% extra. Freight: Rs. 3,500/- per consignment.\\par\n}";

} // namespace

TEST_CASE("ods: sheets as the texts their cells show, padding left out", "[documents][blind6]") {
    std::string bytes = ods_bytes();
    CHECK(grid::is_ods(bytes));
    auto tables = grid::read_ods(bytes);
    REQUIRE(tables);
    REQUIRE(tables->size() == 1);
    const grid::Table& t = (*tables)[0];
    REQUIRE(t.rows.size() == 5); // the million padding rows are not rows
    CHECK(t.rows[0][0].text == "ООО «УралСнаб» — прайс-лист");
    CHECK(t.rows[2][2].text == "Ед. изм."); // <text:s/>
    CHECK(t.rows[3][3].text == "2 390,00 ₽");
    CHECK(t.rows[3].size() == 4); // the 1019 padding cells are not cells
    // must not read: a zip that is no spreadsheet
    CHECK_FALSE(grid::is_ods("PK\x05\x06" + std::string(18, '\0')));
    CHECK_FALSE(grid::read_ods("not a zip"));
}

TEST_CASE("ods: an attachment read into price items", "[documents][blind6]") {
    Document d = read_document(Attachment{"Прайс-лист.ods", "application/octet-stream", ods_bytes(),
                                          false, DocKind::quote});
    CHECK(d.format == DocFormat::ods);
    CHECK(d.flag.empty());
    CHECK(show(extract_from_document(d, 0)) ==
          std::vector<std::string>{"Подшипник шариковый|6312-2RS||pcs|RUB|2390.00",
                                   "Ремень клиновой|B-2240||pcs|RUB|670.00"});
}

TEST_CASE("rtf: text and tables, hidden destinations skipped", "[documents][blind6]") {
    auto content = read_rtf(k_rtf);
    REQUIRE(content);
    CHECK(content->text.find("QUOTATION No. RE/2026/061\n") != std::string::npos);
    CHECK(content->text.find("Arial") == std::string::npos);       // font table
    CHECK(content->text.find("Riched20") == std::string::npos);    // {\*\generator}
    CHECK(content->text.find("Page 1 of 1") == std::string::npos); // page header
    REQUIRE(content->tables.size() == 1);
    const grid::Table& t = content->tables[0];
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1][0].text == "Wear Ring, Bronze – 80 mm");      // \'96 in windows-1252
    CHECK(t.rows[2][0].text == "Gland Packing “PTFE” 12 mm sq."); // \uN with its fallback
    CHECK(t.rows[2][4].text == "1,090.00");
    // must not read: text that is no RTF
    CHECK_FALSE(read_rtf("{\\rtx not rtf}"));
    CHECK_FALSE(looks_like_rtf("rtf1 plain text"));
}

TEST_CASE("rtf: 8-bit bytes written raw are code-page characters, and the text stays UTF-8",
          "[documents][blind6]") {
    // A writer that puts Latin-1 bytes raw instead of \'hh, and bytes no code page makes valid
    // UTF-8 by copying (found by fuzz_documents).
    auto content =
        read_rtf("{\\rtf1\\ansi\\ansicpg1252 Caf\xe9 cr\xe8me \xef\xbb\xbf\xff\xfe\\par}");
    REQUIRE(content);
    CHECK(utf8::is_valid(content->text));
    CHECK(content->text.starts_with("Café crème "));
}

TEST_CASE("rtf: an attachment read into price items", "[documents][blind6]") {
    Document d =
        read_document(Attachment{"Quotation.rtf", "application/rtf", k_rtf, false, DocKind::quote});
    CHECK(d.format == DocFormat::rtf);
    auto items = extract_from_document(d, 0);
    REQUIRE(items.size() == 2);
    CHECK(items[0].model == "WR-80");
    CHECK(items[0].unit_price == "4200.00");
    CHECK(items[0].currency == "INR");
    CHECK(items[0].unit == "pcs");
    CHECK(items[1].unit == "kg");
    CHECK(items[1].unit_price == "1090.00");
}
