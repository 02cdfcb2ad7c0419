#pragma once
// Where sentences end in the prose of a quote: at "。", "！", and at ". " unless the dot ends an
// abbreviation ("per l'art. SETA-220 h. 140", "ca. 900 mt", "z.B. M8", "bzw.", "No. 5"), which
// keeps the product's name and its price in one sentence.
#include <cstddef>
#include <string_view>

namespace mailclerk::pricing {

// Is the dot at `dot` the end of an abbreviation (a single letter, or a known short word of
// English, Italian, German, French, Spanish or Portuguese: art., ca., n., nr., ecc., etc.,
// z.B., bzw., approx., incl., rif., sig., ...)?
bool abbreviation_dot(std::string_view text, size_t dot);

// The first ". " at or after `from` that ends a sentence (not an abbreviation), or npos.
size_t full_stop(std::string_view text, size_t from = 0);

// The last ". " of the text that ends a sentence, or npos.
size_t last_full_stop(std::string_view text);

} // namespace mailclerk::pricing
