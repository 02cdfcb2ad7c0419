// The table layer (parsers/grid/, issue 16): every reader turns its format into rectangular
// tables of positioned cells. Documents written by other software (openpyxl, xlwt,
// python-docx, reportlab) come from tests/data/prices/make_documents.py.
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "parsers/grid/csv.hpp"
#include "parsers/grid/docx.hpp"
#include "parsers/grid/html_tables.hpp"
#include "parsers/grid/layout.hpp"
#include "parsers/grid/number_format.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/grid/xls.hpp"
#include "parsers/grid/xlsx.hpp"
#include "parsers/grid/zip_archive.hpp"
#include "parsers/pdf/pdf_reader.hpp"
#include "test_data.hpp"

using namespace mailclerk;
using namespace mailclerk::grid;

namespace {

std::string data(const std::string& name) {
    return test::data_bytes("prices/" + name);
}

std::vector<std::vector<std::string>> texts(const Table& table) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (const Cell& cell : row)
            cells.push_back(cell.text);
        out.push_back(std::move(cells));
    }
    return out;
}

Word word(std::string text, double x0, double y0, double x1, double y1) {
    return Word{std::move(text), {x0, y0, x1, y1}, 100};
}

} // namespace

TEST_CASE("layout: words become rows by height and columns by horizontal gaps", "[grid]") {
    // A PDF table: left-aligned text, right-aligned numbers, one description of two words.
    std::vector<Word> words = {
        word("Item", 50, 100, 70, 110),      word("Description", 90, 100, 140, 110),
        word("Qty", 300, 100, 316, 110),     word("Price", 410, 100, 432, 110),
        word("1", 50, 118, 55, 128),         word("Ball", 90, 118, 108, 128),
        word("bearing", 111, 118, 145, 128), word("2,000", 315, 118.5, 340, 128.5),
        word("0.42", 430, 118, 450, 128),    word("2", 50, 136, 55, 146),
        word("Taper", 90, 136, 115, 146),    word("roller", 118, 136, 145, 146),
        word("500", 325, 136, 340, 146),     word("2.35", 430, 136, 450, 146),
    };
    auto lines = lines_from_words(words);
    REQUIRE(lines.size() == 3);
    auto tables = tables_from_lines(lines, "page 1");
    REQUIRE(tables.size() == 1);
    CHECK(texts(tables[0]) ==
          std::vector<std::vector<std::string>>{{"Item", "Description", "Qty", "Price"},
                                                {"1", "Ball bearing", "2,000", "0.42"},
                                                {"2", "Taper roller", "500", "2.35"}});
    CHECK(tables[0].where == "page 1");
    CHECK(tables[0].rows[1][1].box.x0 == 90);
}

TEST_CASE("text tables: aligned columns, CJK widths, tabs and bars", "[grid]") {
    auto tables = text_tables("Dear Li,\n"
                              "\n"
                              "品名        型号      单价\n"
                              "球阀        Q41F      118.00\n"
                              "Gate valve  Z41H      1,860.00\n"
                              "\n"
                              "Regards\n");
    REQUIRE(tables.size() == 1);
    CHECK(texts(tables[0]) ==
          std::vector<std::vector<std::string>>{{"品名", "型号", "单价"},
                                                {"球阀", "Q41F", "118.00"},
                                                {"Gate valve", "Z41H", "1,860.00"}});
    CHECK(tables[0].first_row == 3);
    CHECK(tables[0].lines[1] == "球阀        Q41F      118.00");
    // Cells pasted from a spreadsheet: one tab each, empty cells kept.
    tables = text_tables("A\tB\tC\n1\t\t3\n");
    REQUIRE(tables.size() == 1);
    CHECK(texts(tables[0]) ==
          std::vector<std::vector<std::string>>{{"A", "B", "C"}, {"1", "", "3"}});
    // Markdown: the rule line is no row.
    tables = text_tables("| a | b |\n|---|---|\n| 1 | 2 |\n");
    REQUIRE(tables.size() == 1);
    CHECK(texts(tables[0]) ==
          std::vector<std::vector<std::string>>{{"a", "b"}, {"", ""}, {"1", "2"}});
    CHECK(display_width("单价ab") == 6);
}

TEST_CASE("csv: delimiter sniffed, quotes kept", "[grid]") {
    CHECK(sniff_delimiter("a;b;c\n1,5;2;3\n") == ';');
    CHECK(sniff_delimiter("a,b\n1,2\n") == ',');
    CHECK(sniff_delimiter("a\tb\n1\t2\n") == '\t');
    Table t = read_csv("Name;Price\n\"Seal; NBR\";\"18,40\"\n\"say \"\"hi\"\"\";1\r\n", ';');
    CHECK(texts(t) == std::vector<std::vector<std::string>>{
                          {"Name", "Price"}, {"Seal; NBR", "18,40"}, {"say \"hi\"", "1"}});
}

TEST_CASE("html tables: an overflowing character reference leaves the cell valid UTF-8", "[grid]") {
    auto tables = html_tables("<table><tr><td>a&#x0dddddddddddd9;b</td><td>1</td></tr></table>");
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows[0][0].text == "a\xEF\xBF\xBD"
                                       "b");
}

TEST_CASE("html tables: rowspan and colspan expanded, nested tables apart", "[grid]") {
    auto tables = html_tables(
        "<table><tr><th>Product</th><th>Size</th><th colspan=2>Price</th></tr>"
        "<tr><td rowspan=2><p class=MsoNormal><span>Gate&nbsp;valve</span></p></td>"
        "<td>DN50</td><td>EUR</td><td>38,50</td></tr>"
        "<tr><td>DN80</td><td>EUR</td><td>52,00</td></tr>"
        "<tr><td colspan=4><table><tr><td>inner</td></tr></table>note</td></tr></table>");
    REQUIRE(tables.size() == 2);
    CHECK(texts(tables[0]) ==
          std::vector<std::vector<std::string>>{{"Product", "Size", "Price", "Price"},
                                                {"Gate valve", "DN50", "EUR", "38,50"},
                                                {"Gate valve", "DN80", "EUR", "52,00"},
                                                {"note", "note", "note", "note"}});
    CHECK_FALSE(tables[0].rows[1][0].spanned);
    CHECK(tables[0].rows[2][0].spanned);
    CHECK(tables[0].where == "table 1");
    CHECK(texts(tables[1]) == std::vector<std::vector<std::string>>{{"inner"}});
}

TEST_CASE("number formats: what the sheet shows", "[grid][xlsx]") {
    struct Row {
        double value;
        const char* format;
        const char* shown;
    };
    const Row rows[] = {
        {18.5, "0.00", "18.50"},
        {1250, "#,##0.00", "1,250.00"},
        {1250.5, "#,##0", "1,251"},
        {2.675, "0.00", "2.68"}, // decimal half-up on the 15-digit value, as Excel
        {0.125, "0.0%", "12.5%"},
        {27.550000000000001, "General", "27.55"},
        {0.30000000000000004, "General", "0.3"},
        {13800000000, "General", "13800000000"},
        {1250, "[$€-407] #,##0.00", "€ 1,250.00"},
        {1250, "\"¥\"#,##0.00", "¥1,250.00"},
        {12, "#,##0.00 \"USD\"", "12.00 USD"},
        {-5, "#,##0.00;(#,##0.00)", "(5.00)"},
        {-5, "0.00", "-5.00"},
        {0.5, "#.00", ".50"},
        {1234567, "#,##0,", "1,235"},
        {46387, "yyyy-mm-dd", "2026-12-31"},
        {46387, "m/d/yy", "2026-12-31"},
        {46387.5, "yyyy-mm-dd hh:mm", "2026-12-31 12:00"},
        {59, "yyyy-mm-dd", "1900-02-28"}, // serial 60 is Excel's phantom 1900-02-29
        {61, "yyyy-mm-dd", "1900-03-01"},
    };
    for (const Row& row : rows) {
        INFO(row.format << " " << row.value);
        CHECK(format_number(row.value, row.format) == row.shown);
    }
    CHECK(format_number(0, "yyyy-mm-dd", true) == "1904-01-01");
    CHECK(builtin_number_format(4) == "#,##0.00");
    CHECK(is_date_format("[$-409]d-mmm-yy"));
    CHECK_FALSE(is_date_format("#,##0.00 \"days\""));
}

TEST_CASE("xlsx written by openpyxl: formats, merges, hidden columns, formulas", "[grid][xlsx]") {
    auto sheets = read_xlsx(data("openpyxl_angebot.xlsx"));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    const Sheet& sheet = sheets->front();
    CHECK(sheet.name == "Angebot");
    Table visible = visible_table(sheet);
    CHECK(visible.rows[4][0].text == "Pos.");
    CHECK(visible.rows[6][5].text == "1,250.00"); // 1250.0 with "#,##0.00"
    CHECK(visible.rows[7][5].text == "1,480.50");
    CHECK(visible.rows[7][1].text == "Hydraulikzylinder"); // merged B7:B8
    CHECK(visible.rows[7][1].spanned);
    CHECK(visible.rows[9][6].text.empty()); // a formula openpyxl stored without its value
    CHECK(visible.width() == 7);            // the hidden cost column is left out
    CHECK(sheet.hidden_cols[7]);
}

TEST_CASE("xls written by xlwt: a legacy workbook through FreeXL", "[grid][xls]") {
    std::string bytes = data("xlwt_baojia.xls");
    CHECK(looks_like_ole2(bytes));
    auto tables = read_xls(bytes);
    REQUIRE(tables);
    REQUIRE(tables->size() == 1);
    const Table& t = tables->front();
    CHECK(t.where == "报价单");
    CHECK(t.rows[3][6].text == "单价(元)");
    CHECK(t.rows[4][1].text == "铸钢闸阀");
    CHECK(t.rows[4][6].text == "1860");
    CHECK(t.rows[6][6].text == "256.8");
    CHECK_FALSE(read_xls("not an xls"));
    CHECK_FALSE(read_xls(bytes.substr(0, 700)));
}

TEST_CASE("docx written by python-docx: vMerge and gridSpan", "[grid][docx]") {
    auto content = read_docx(data("docx_contract.docx"));
    REQUIRE(content);
    REQUIRE(content->tables.size() == 1);
    const Table& t = content->tables.front();
    CHECK(t.width() == 6);
    CHECK(t.rows[2][1].text == "Gate valve WCB Class 150"); // continued vertical merge
    CHECK(t.rows[2][1].spanned);
    CHECK(t.rows[4][0].text == "TOTAL");
    CHECK(t.rows[4][3].text == "TOTAL"); // spanned over four grid columns
    CHECK(t.rows[4][5].text == "25,651.00");
    CHECK(content->text.find("SALES CONTRACT") != std::string::npos);
}

TEST_CASE("pdf: words with boxes, and the text PDF's table laid out", "[grid][pdf]") {
    std::string bytes = data("text_table.pdf");
    auto pdf = pdf::PdfDocument::open(bytes);
    REQUIRE(pdf);
    CHECK(pdf->pages() == 1);
    pdf::PageWords page = pdf->words(0);
    REQUIRE_FALSE(page.words.empty());
    CHECK(page.words[0].text == "QUOTATION");
    CHECK(page.words[0].box.x0 == Approx(50).margin(1));
    auto tables = tables_from_lines(lines_from_words(page.words), "page 1");
    bool found = false;
    for (const Table& t : tables)
        for (const auto& row : t.rows)
            if (!row.empty() && row[0].text == "Item") {
                found = true;
                std::vector<std::string> header;
                for (const Cell& c : row)
                    header.push_back(c.text);
                CHECK(header == std::vector<std::string>{"Item", "Description", "Qty", "Unit",
                                                         "Unit Price USD", "Amount USD"});
            }
    CHECK(found);
    CHECK_FALSE(pdf::PdfDocument::open("%PDF-1.4 broken"));
}

TEST_CASE("zip: entries and bounded reads", "[grid]") {
    std::string bytes = data("quote_bundle.zip");
    CHECK(looks_like_zip(bytes));
    auto zip = ZipArchive::open(bytes);
    REQUIRE(zip);
    auto entries = zip->entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].name == "Angebot/openpyxl_angebot.xlsx");
    CHECK(zip->read(entries[1], 1000)->starts_with("Bitte"));
    CHECK_FALSE(zip->read(entries[0], 10)); // larger than allowed
    CHECK(zip->read("absent", 10).error().code == ErrorCode::not_found);
}

TEST_CASE("layout: a header set left above numbers set right is one column", "[grid]") {
    std::vector<Word> words = {
        word("Item", 50, 100, 70, 110),    word("Qty", 300, 100, 316, 110),
        word("Price", 400, 100, 425, 110), word("Valve", 50, 118, 75, 128),
        word("200", 325, 118, 340, 128),   word("38.50", 430, 118, 455, 128),
        word("Pump", 50, 136, 75, 146),    word("50", 330, 136, 340, 146),
        word("86.00", 430, 136, 455, 146),
    };
    auto tables = tables_from_lines(lines_from_words(words), "page 1");
    REQUIRE(tables.size() == 1);
    CHECK(texts(tables[0]) == std::vector<std::vector<std::string>>{{"Item", "Qty", "Price"},
                                                                    {"Valve", "200", "38.50"},
                                                                    {"Pump", "50", "86.00"}});
}
