#pragma once
// The vocabulary of quotes, for callers outside parsers/ (parsers/pricing/ holds it).
#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"

namespace mailclerk::parsers {

using grid::display_width;
using pricing::find_currency;
using pricing::find_incoterm;
using pricing::find_trailing_unit;
using pricing::find_unit_after_slash;
using pricing::find_validity;
using pricing::normalise_unit;
using pricing::product_key;

} // namespace mailclerk::parsers
