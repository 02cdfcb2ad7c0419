// The workbook reader and writer, on real files: what the writer writes the reader reads back,
// including what Excel itself produces (shared strings, merged cells, sparse rows).
#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include "common/file_io.hpp"
#include "daemon/sheets/xlsx.hpp"
#include "parsers/xlsx_reader.hpp"
#include "temp_dir.hpp"

using mailclerk::parsers::parse_cell_reference;
using mailclerk::parsers::read_xlsx;
using mailclerk::parsers::read_xlsx_file;

TEST_CASE("cell references", "[xlsx]") {
    struct Row {
        const char* text;
        bool ok;
        std::size_t row, col;
    };
    const Row rows[] = {
        {"A1", true, 0, 0},    {"B12", true, 11, 1}, {"Z3", true, 2, 25},
        {"AA1", true, 0, 26},  {"$C$4", true, 3, 2}, {"XFD1048576", true, 1048575, 16383},
        {"XFE1", false, 0, 0}, {"A0", false, 0, 0},  {"A", false, 0, 0},
        {"12", false, 0, 0},   {"a1", false, 0, 0},  {"A1048577", false, 0, 0},
        {"", false, 0, 0},     {"A1B", false, 0, 0},
    };
    for (const Row& r : rows) {
        std::size_t row = 99, col = 99;
        INFO(r.text);
        CHECK(parse_cell_reference(r.text, row, col) == r.ok);
        if (r.ok) {
            CHECK(row == r.row);
            CHECK(col == r.col);
        }
    }
}

TEST_CASE("what the writer writes, the reader reads back", "[xlsx]") {
    mailclerk::test::TempDir dir;
    auto path = dir.path() / "roster.xlsx";
    std::vector<mailclerk::sheets::SheetData> sheets = {
        {"已成交客户",
         {{"客户名称", "域名", "金额"},
          {"华东石化", "hdsh.com.cn", "1250.50"},
          {"ACME Corp", "acme.com", "12"}},
         {2}},
        {"Prospects: a/b?", {{"name"}, {"Müller GmbH"}}, {}},
    };
    REQUIRE(mailclerk::sheets::write_xlsx(path, sheets));
    auto book = read_xlsx_file(path);
    REQUIRE(book);
    REQUIRE(book->sheets.size() == 2);
    CHECK(book->sheets[0].name == "已成交客户");
    // A numeric column comes back as Excel stores the number: its value, not its trailing zeros.
    auto expected = sheets[0].rows;
    expected[1][2] = "1250.5";
    CHECK(book->sheets[0].rows == expected);
    CHECK(book->sheets[1].name == "Prospects_ a_b_");
    CHECK(book->sheets[1].rows == sheets[1].rows);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp-" + std::to_string(getpid())));
}

TEST_CASE("merged cells, sparse rows and numbers as stored", "[xlsx]") {
    mailclerk::test::TempDir dir;
    auto path = dir.path() / "quote.xlsx";
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "报价单");
    worksheet_merge_range(sheet, 0, 0, 0, 3, "宁波精工 报价单 Quotation", nullptr);
    worksheet_write_string(sheet, 3, 1, "Model", nullptr);
    worksheet_write_number(sheet, 4, 2, 12.5, nullptr);
    worksheet_write_boolean(sheet, 4, 3, 1, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    auto read = read_xlsx_file(path);
    REQUIRE(read);
    const auto& s = read->sheets.at(0);
    CHECK(s.name == "报价单");
    REQUIRE(s.rows.size() == 5);
    for (const auto& row : s.rows)
        CHECK(row.size() == 4);
    CHECK(s.rows[0][0] == "宁波精工 报价单 Quotation");
    CHECK(s.rows[1][0].empty());
    CHECK(s.rows[3][1] == "Model");
    CHECK(s.rows[4][2] == "12.5");
    CHECK(s.rows[4][3] == "TRUE");
    REQUIRE(s.merged.size() == 1);
    CHECK(s.merged[0].first_row == 0);
    CHECK(s.merged[0].last_col == 3);
}

TEST_CASE("bad workbooks are errors, not crashes", "[xlsx]") {
    CHECK_FALSE(read_xlsx(""));
    CHECK_FALSE(read_xlsx("PK\x03\x04 truncated"));
    CHECK_FALSE(read_xlsx(std::string(4096, 'x')));
    mailclerk::test::TempDir dir;
    auto path = dir.path() / "ok.xlsx";
    REQUIRE(mailclerk::sheets::write_xlsx(path, {{"s", {{"a"}}, {}}}));
    auto bytes = mailclerk::read_file(path);
    REQUIRE(bytes);
    for (std::size_t cut : {bytes->size() / 4, bytes->size() / 2, bytes->size() - 10}) {
        auto book = read_xlsx(std::string_view(*bytes).substr(0, cut));
        CHECK_FALSE(book);
        if (!book) CHECK(book.error().message.find("xlsx") != std::string::npos);
    }
    auto missing = read_xlsx_file(dir.path() / "absent.xlsx");
    REQUIRE_FALSE(missing);
}

TEST_CASE("cells far apart are refused, not padded into a huge grid", "[xlsx]") {
    // Two cells (A1 and Z200000) would make a dense grid of 5.2 million places: a few hundred
    // bytes of XML asking for gigabytes once the corners are far enough apart (XFD1048576).
    mailclerk::test::TempDir dir;
    struct Far {
        lxw_row_t row;
        lxw_col_t col;
        bool ok;
    };
    for (auto [row, col, ok] :
         {Far{199999, 25, false}, Far{1048575, 16383, false}, Far{9999, 25, true}}) {
        auto path = dir.path() / ("far-" + std::to_string(row) + ".xlsx");
        lxw_workbook* book = workbook_new(path.c_str());
        lxw_worksheet* sheet = workbook_add_worksheet(book, "far");
        worksheet_write_string(sheet, 0, 0, "top left", nullptr);
        worksheet_write_string(sheet, row, col, "far away", nullptr);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
        auto read = read_xlsx_file(path);
        CHECK(static_cast<bool>(read) == ok);
        if (read)
            CHECK(read->sheets.at(0).rows.size() == static_cast<size_t>(row) + 1);
        else
            CHECK(read.error().message.find("4 million places") != std::string::npos);
    }
}
