#pragma once
// Items written as blocks of "Label: value" lines, one block per item (Alibaba-style quotes,
// "Produs: … / Cod: … / Preț unitar: …"), as one table: the labels are the header, each block a
// row. Which labels name a price is the price reader's business, not this one's.
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// The tables of label blocks in the text: a block is a run of at least two "Label: value"
// lines (a label of at most 40 characters and five words, a value after it); blank lines or
// other lines end it. Blocks that repeat the same labels in the same order make one table (at
// least two blocks, or one block of three or more labels); each row keeps the block's lines
// joined by " | " as its line.
std::vector<Table> label_blocks(std::string_view text, std::string_view where = {});

} // namespace mailclerk::grid
