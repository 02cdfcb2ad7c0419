#pragma once
// Inside the table reader: the item lines of a table that has no header, each line read by
// itself as "name  quantity unit  currency price  [currency amount]".
#include <vector>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/price_item.hpp"
#include "parsers/pricing/table_reader.hpp"

namespace mailclerk::pricing {

// The items of a headerless table's lines whose figures, after a name set apart by a run of
// spaces, are a quantity with its unit, a price with its currency and optionally the amount
// (which must equal quantity × price). Totals, charges and payments are never items.
std::vector<PriceItem> read_line_items(const grid::Table& table, const TableContext& context);

} // namespace mailclerk::pricing
