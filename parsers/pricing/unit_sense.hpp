#pragma once
// Unit words whose meaning depends on the document and the product, settled once the items of a
// document are read:
// - "mt" is a metre (metro) in Italian, a metric tonne in English trade text and for bulk goods;
// - "/M" and "/C" after a price in US trade are per thousand and per hundred pieces (Roman
//   numerals) for counted goods (fasteners, small parts), a metre otherwise.
#include <string_view>
#include <vector>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing {

// Is the text written in Italian (a few of the language's own small words)?
bool looks_italian(std::string_view text);

// Does the product's name say it is sold by length ("ERW steel pipe", "cavo", "tessuto di seta")
// / by weight ("steel coil", "granulo", "resin")? / counted in pieces ("hex cap screw", "nut")?
bool sold_by_length(std::string_view product);
bool sold_by_weight(std::string_view product);
bool counted_piece(std::string_view product);

// Does "mt" mean a metre here: in an Italian document (mt = metro), unless the product is sold
// by weight; a metric tonne in English and other trade text, whatever the product.
bool mt_means_metre(std::string_view document, std::string_view product);

// The items of one document (`document` its whole text) with "mt" read as a metre where
// mt_means_metre says so, and prices written "/M" or "/C" for counted goods read per piece.
void settle_units(std::vector<PriceItem>& items, std::string_view document);

} // namespace mailclerk::pricing
