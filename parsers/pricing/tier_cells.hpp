#pragma once
// Quantity breaks written inside one price cell ("1-999pcs: $6.20" ⏎ "1000pcs+: $5.85", an
// XLSX cell wrapped over two lines): one row per break, as a table with a column per break
// would give them.
#include <optional>

#include "parsers/grid/grid.hpp"

namespace mailclerk::pricing::detail {

// The table with each row whose cell holds two or more "<break>: <price>" pairs (each break a
// quantity break: break_quantity) written out as one row per pair, that cell holding its price,
// the other cells copied; nullopt when no cell holds such pairs, or the table was laid out from
// text (whose lines are kept). Not split: one pair alone, labels that are no quantity break
// ("FOB: $6.20  CIF: $6.50", "Note: …"), a pair without a number after its colon. Rows after a
// split one are numbered one more per extra row (references name the rows as split).
std::optional<grid::Table> tier_rows(const grid::Table& table);

} // namespace mailclerk::pricing::detail
