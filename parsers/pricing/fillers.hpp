#pragma once
// The words and marks around a product name in prose that are not part of it ("the price of",
// "单价", "we can do", a trailing "每只"), taken off its ends.
#include <string>
#include <string_view>

namespace mailclerk::pricing {

// The name without the fillers at its start and end, cut one at a time (the longest that fits
// either end first, until none does), with spaces collapsed and a bracket the cut left open
// dropped. A Latin filler is cut only where it is a whole word ("QL-CIT-A" keeps its "A",
// "насос" its "на"); a CJK one anywhere.
std::string strip_fillers(std::string_view text);

} // namespace mailclerk::pricing
