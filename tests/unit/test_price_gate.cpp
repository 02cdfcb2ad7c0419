// The gate before price extraction (parsers/quote_prices.cpp, issue 18) skips only texts that
// cannot state a price: a price without any ASCII digit, written in capital Chinese numerals or
// left as OCR letters in a table cell, still passes it and is read.
#include <catch2/catch.hpp>

#include "parsers/document.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

grid::Cell cell(std::string text, float confidence = 100) {
    grid::Cell out;
    out.text = std::move(text);
    out.confidence = confidence;
    return out;
}

} // namespace

TEST_CASE("price gate: a price in capital Chinese numerals has no digit and is still read",
          "[prices][gate]") {
    Document document;
    document.format = DocFormat::text;
    document.text = "报价单\n球阀单价壹佰贰拾元/只\n";
    REQUIRE(document.text.find_first_of("0123456789") == std::string::npos);
    auto items = extract_from_document(document, 0, DocKind::quote);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "120.00");
    CHECK(items[0].currency == "CNY");
}

TEST_CASE("price gate: an OCR cell whose digits were read as letters is still read",
          "[prices][gate]") {
    Document document;
    document.format = DocFormat::pdf;
    document.text = "Quotation\nProduct\tUnit price USD\nBall valve\tl.lO\n";
    grid::Table table;
    table.rows = {{cell("Product"), cell("Unit price USD")},
                  {cell("Ball valve", 90), cell("l.lO", 90)}};
    document.tables.push_back(table);
    REQUIRE(document.text.find_first_of("0123456789") == std::string::npos);
    auto items = extract_from_document(document, 0, DocKind::quote);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "1.10");
}

TEST_CASE("price gate: a text with no digit and no numeral gives no item", "[prices][gate]") {
    Document document;
    document.format = DocFormat::text;
    document.text = "Quotation\nPlease find our catalogue attached; prices on request in USD.\n";
    CHECK(extract_from_document(document, 0, DocKind::quote).empty());
}
