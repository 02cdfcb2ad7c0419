#pragma once
// Exact decimal numbers read from quotes (parsers/pricing/numbers.hpp holds the conventions).
#include "parsers/pricing/numbers.hpp"

namespace mailclerk::parsers {

using pricing::parse_decimal;

} // namespace mailclerk::parsers
