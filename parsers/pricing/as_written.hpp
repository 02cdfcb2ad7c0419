#pragma once
// A price list holds every price per one unit, so that prices of one product compare across
// quotes; a price the document wrote for a count of pieces ("85元/千只", "18.50 per 1000pcs",
// a 千个 unit column) is divided on reading. What the document wrote stays visible beside it.
#include <optional>
#include <string>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing {

struct WrittenPrice {
    std::string price; // as the source line writes it ("85.00")
    std::string per;   // the count it is for ("1000")
    std::string unit;  // the count's words as written ("千只", "1000pcs")
};

// The price as the item's source line writes it, when the line prices a count of pieces and
// names the item's price times that count; nullopt when the price is written per unit.
std::optional<WrittenPrice> as_written(const PriceItem& item);

} // namespace mailclerk::pricing
