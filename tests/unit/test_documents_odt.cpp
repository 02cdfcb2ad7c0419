// OpenDocument text (.odt) read into the same grid layer as .ods and .docx (issue 16): its
// paragraphs as text, its tables with spanned cells expanded. The .odt is shaped as LibreOffice
// Writer saves one (tests/data/prices/make_documents.py).
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/ods.hpp"
#include "parsers/grid/odt.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

std::string odt_bytes() {
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/writer_angebot.odt");
    REQUIRE(bytes);
    return *bytes;
}

std::string ods_bytes() {
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/prices/calc_prais.ods");
    REQUIRE(bytes);
    return *bytes;
}

} // namespace

TEST_CASE("odt: paragraphs as lines, tables as grids with spans expanded", "[documents][odt]") {
    std::string bytes = odt_bytes();
    CHECK(grid::is_odt(bytes));
    auto content = grid::read_odt(bytes);
    REQUIRE(content);
    CHECK(content->text.starts_with("Angebot Nr. 2026-0142\n"));
    CHECK(content->text.find("Sehr geehrte Damen und Herren,  wir bieten") != std::string::npos);
    CHECK(content->text.find("Zahlung: 30 Tage netto\n") != std::string::npos); // a list item
    CHECK(content->text.find("KV-DN25\tKugelhahn DN25 PN40\t10") != std::string::npos);
    CHECK(content->text.ends_with("Alle Preise zzgl. MwSt.\n"));
    // must not read: a footnote's text, text deleted under change tracking
    CHECK(content->text.find("Sonderpreis") == std::string::npos);
    CHECK(content->text.find("DN80") == std::string::npos);
    REQUIRE(content->tables.size() == 1);
    const grid::Table& t = content->tables[0];
    CHECK(t.where == "table 1");
    REQUIRE(t.rows.size() == 6);
    CHECK(t.width() == 7);
    CHECK(t.rows[2][2].text == "Kugelhahn DN50 PN40"); // <text:s/>, the note left out
    // A name over two rows fills both; the copy says it is spanned.
    CHECK(t.rows[3][2].text == "Absperrklappe Wafer");
    CHECK_FALSE(t.rows[3][2].spanned);
    CHECK(t.rows[4][2].text == "Absperrklappe Wafer");
    CHECK(t.rows[4][2].spanned);
    CHECK(t.rows[4][1].text == "AK-150");
    // A label over six columns, its amount in the seventh.
    CHECK(t.rows[5][5].text == "Nettosumme");
    CHECK(t.rows[5][6].text == "8.908,00");
}

TEST_CASE("odt: OpenDocument kinds are told apart by their mimetype", "[documents][odt]") {
    CHECK_FALSE(grid::is_odt(ods_bytes()));
    CHECK_FALSE(grid::is_ods(odt_bytes()));
    CHECK_FALSE(grid::is_odt("PK\x05\x06" + std::string(18, '\0')));
    auto broken = grid::read_odt("not a zip");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.starts_with("not a readable .odt: "));
}

TEST_CASE("odt: an attachment read into price items, totals and notes left out",
          "[documents][odt]") {
    // By its content under a name and type that say nothing, and by its name and type.
    for (Attachment a :
         {Attachment{"scan0001", "application/octet-stream", odt_bytes(), false, DocKind::quote},
          Attachment{"Angebot.odt", "application/vnd.oasis.opendocument.text", odt_bytes(), false,
                     DocKind::quote}}) {
        Document d = read_document(a);
        CHECK(d.format == DocFormat::odt);
        CHECK(std::string(to_string(d.format)) == "odt");
        CHECK(d.flag.empty());
        auto items = extract_from_document(d, 0);
        REQUIRE(items.size() == 4);
        CHECK(items[0].model == "KV-DN25");
        CHECK(items[0].unit_price == "48.60");
        CHECK(items[0].currency == "EUR");
        CHECK(items[0].unit == "pcs");
        CHECK(items[2].product == "Absperrklappe Wafer");
        CHECK(items[2].unit_price == "1250.00");
        CHECK(items[3].model == "AK-150");
        CHECK(items[3].product == "Absperrklappe Wafer");
        CHECK(items[3].unit_price == "1480.00");
        for (const PriceItem& item : items) {
            CHECK(item.unit_price != "99.00");   // the footnote
            CHECK(item.unit_price != "210.00");  // the deleted line
            CHECK(item.unit_price != "8908.00"); // the total
        }
    }
    // An unreadable .odt is flagged, not a crash.
    Document bad =
        read_document(Attachment{"Angebot.odt", "application/vnd.oasis.opendocument.text",
                                 "PK\x03\x04 broken", false, DocKind::quote});
    CHECK(bad.flag == "unreadable");
}
