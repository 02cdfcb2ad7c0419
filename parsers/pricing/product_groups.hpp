#pragma once
// One customer's price rows grouped by product, across documents that write it differently.
#include <cstddef>
#include <vector>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing {

// The product each item names, as an index into `items` of the group's first item: items with
// one product_key are one product; a key whose identity lies within exactly one other key's
// ("M12×50" in "M12×50 8.8级", "AT-1180" in "HF-AT1180 AT-1180", "GV150-3" in "GV150-3 3\"")
// joins it. Where a shorter name fits several products ("Q41F-16C" in DN25 and DN50) it joins
// the one whose name is the same, else none: two products are never merged on a guess. A row
// naming no product, only a model or size ("DN200"), joins the one named product whose name,
// model and size words hold all of its words ("Absperrklappe Wafer DN200 PN16"), and none
// when two products hold them.
std::vector<size_t> product_groups(const std::vector<const PriceItem*>& items);

} // namespace mailclerk::pricing
