#pragma once
// Internal to store/: the rep's corrections of price-list rows (store/price_fixes.cpp), as the
// price-list query applies them and the journal's snapshot writes them.
#include <functional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

struct IndexState;

// Correct the rows the fixes name (same message, product key and side): the first such row of
// a message takes the fixed price, currency and unit; a fix "no price" marks every such row.
// The row keeps the item as extracted in `extracted`. `rows` are the customer's price rows with
// their final product keys.
void apply_price_fixes(std::vector<PriceRow>& rows, const std::vector<PriceFix>& fixes);

// Every correction as the journal record that makes it again (the journal's snapshot).
Status emit_price_fixes(IndexState& impl, const std::function<Status(std::string)>& emit);

} // namespace mailclerk::store
