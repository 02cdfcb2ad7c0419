// The price list's files (price-list.csv, prices --csv, prices --xlsx) carry a price written for
// a count of pieces as written, as prices --json's "as_written" does (issue 16).
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "daemon/app/exports.hpp"
#include "daemon/app/price_files.hpp"
#include "parsers/grid/xlsx.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

std::vector<store::PriceRow> two_rows() {
    store::PriceRow per_thousand;
    per_thousand.item.product = "六角螺母";
    per_thousand.item.model = "M8";
    per_thousand.item.unit = "只";
    per_thousand.item.currency = "CNY";
    per_thousand.item.unit_price = "0.085";
    per_thousand.item.line = "六角螺母 M8  镀锌  85.00元/千只";
    per_thousand.current = true;
    store::PriceRow per_piece = per_thousand;
    per_piece.item.model = "M10";
    per_piece.item.unit_price = "0.12";
    per_piece.item.line = "六角螺母 M10  镀锌  0.12元/只";
    return {per_thousand, per_piece};
}

} // namespace

TEST_CASE("price-list.csv carries the price as written", "[prices][exports][known]") {
    std::string csv = app::price_list_csv(two_rows(), false);
    CHECK(csv.find("previous_price,written_price,written_per,written_unit\r\n") !=
          std::string::npos);
    CHECK(csv.find(",0.085,") != std::string::npos);
    CHECK(csv.find(",85.00,1000,千只\r\n") != std::string::npos);
    // must not: a price written per piece has no written price
    CHECK(csv.find("0.12元/只,,quoted,,,,\r\n") != std::string::npos);
}

TEST_CASE("prices --xlsx carries the price as written", "[prices][exports][known]") {
    test::TempDir dir;
    REQUIRE(app::write_price_xlsx(dir / "prices.xlsx", two_rows(), false));
    auto bytes = read_file(dir / "prices.xlsx");
    REQUIRE(bytes);
    auto sheets = grid::read_xlsx(*bytes);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    const grid::Table& table = sheets->front().table;
    REQUIRE(table.rows.size() == 3);
    const auto& header = table.rows[0];
    REQUIRE(header.size() == 15);
    CHECK(header[12].text == "Written price");
    CHECK(header[13].text == "Written per");
    CHECK(header[14].text == "Written unit");
    CHECK(table.rows[1][5].text == "0.085");
    CHECK(table.rows[1][12].text == "85.00");
    CHECK(table.rows[1][13].text == "1000");
    CHECK(table.rows[1][14].text == "千只");
    // must not: the per-piece row's written cells stay empty
    CHECK(table.rows[2][12].text.empty());
    CHECK(table.rows[2][14].text.empty());
}
