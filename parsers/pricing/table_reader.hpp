#pragma once
// Prices out of a table of positioned cells (parsers/grid/): find the header row (anywhere in
// the table, one or two rows, any of the lexicon's languages), give each column a role from its
// header and its cells, decide the table's decimal mark once, and let arithmetic judge:
// where a table has quantity, unit price and amount, qty × price = amount (to the amount's last
// digit, or by one ratio for the whole table such as VAT included) picks the price column and
// the mark, and a row that fails is not read. Totals, taxes, freight, discounts, charges and
// payments are never items; neither are target or counter prices. A table with no header (a
// short order's two lines) is read line by line (line_items.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing {

struct TableContext {
    PriceContext terms;            // the document's currency, incoterm, validity
    std::string yen = "CNY";       // what ¥ means in this document
    std::string status = k_quoted; // the status every item gets
    Mark mark = Mark::unknown;     // the document's decimal mark, when its numbers prove one
    // A notice's change in percent ("5", "-3"): a table of current prices only becomes the new
    // prices, rounded half-up to the cent.
    std::string percent;
    // A trade discount in percent off all list prices ("20"): a list-price column then gives
    // the net price (list less the discount), never the list price as ours.
    std::string list_discount;
    // The unit the document's prose gives all its prices ("prezzi netti al pezzo", "prices per
    // set"), for rows that name none.
    std::string unit;
    // The customer's tables read their price from another column than the header says (a
    // rep's correction showed it): applied to a header that has both columns.
    std::vector<ColumnChoice> column_choices;
};

// The items of one table, in row order. `attachment` of each item is left at -1.
std::vector<PriceItem> read_table(const grid::Table& table, const TableContext& context);

// What a rep's correction of an item read from this table says about its columns: the row the
// item was read from (`line`, PriceItem::line) holds `corrected` in exactly one column besides
// the one its price came from. nullopt when the row is not in the table, the header has several
// price columns (tiers, FOB/CIF: the rep picked a row, not a layout), or no other column, or
// more than one, holds that price.
std::optional<ColumnChoice> implied_choice(const grid::Table& table, std::string_view line,
                                           std::string_view corrected, const TableContext& context);

// A price matrix, a table no header makes a price table: a first row of titles (materials,
// pressure classes, finishes) over rows that each open with a label (a size, a model) and
// hold only prices in cents; the document's prose names the currency, the unit ("USD per
// piece") and the goods ("2PC ball valve"). Each cell is the price of `goods` in its row's
// label and its column's title. Nothing when the table is no such matrix or no currency is
// known.
std::vector<PriceItem> read_matrix(const grid::Table& table, const TableContext& context,
                                   std::string_view goods);

} // namespace mailclerk::pricing
