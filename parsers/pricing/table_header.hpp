#pragma once
// Inside the table reader: finding a table's header rows and the role of each column.
#include <optional>
#include <string>
#include <vector>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/lexicon.hpp"

namespace mailclerk::pricing::detail {

// A column that yields prices: the price column of an ordinary table, or one of several
// (FOB/CIF, USD/EUR, quantity tiers).
struct PriceColumn {
    size_t column = 0;
    HeaderSense sense;
};

struct Header {
    size_t first = 0, last = 0; // header rows, inclusive
    std::vector<HeaderSense> senses;
    std::vector<std::string> texts; // header text per column (both rows joined)
    std::optional<size_t> product, model, quantity, unit, amount, currency, incoterm, index,
        old_price, price_unit, discount;
    std::vector<size_t> specs;
    std::vector<size_t> more_names; // product columns after the first ("Article | Description")
    // A category beside the description ("PRODUCT/SERVICE | DESCRIPTION"): no name, but a
    // charge's ("Shipping").
    std::optional<size_t> category;
    std::vector<PriceColumn> prices;
    // Price columns of the same price with tax (含税 beside 不含税, "inkl. MwSt." beside
    // "netto"): never items, but an amount may be qty × one of them.
    std::vector<size_t> taxed_prices;
    HeaderSense table_terms; // currency/incoterm named in any header cell (amount columns too)
    size_t recognised = 0;   // header cells the lexicon knows
};

// The header that starts at row `at`, with its columns resolved against the rows below it, or
// nullopt when the row is no price-table header.
std::optional<Header> header_at(const grid::Table& table, size_t at, const std::string& yen);

// Is every non-empty cell of the row text (no number that could be a value)?
bool is_text_row(const std::vector<grid::Cell>& row);

// A title merged across the table from its first column ("QUOTATION", the letterhead's company
// name over A:F): one text in at least two cells and half the row, nothing else. No header row,
// and never the first row of a two-row header (its words would join every column's header).
bool title_across(const std::vector<grid::Cell>& row);

} // namespace mailclerk::pricing::detail
