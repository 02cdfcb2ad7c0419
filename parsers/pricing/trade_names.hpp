#pragma once
// The kind of goods a product's name names, from a glossary of trade names in Chinese and
// English (trade_names.txt): so that one customer's list knows "焊管 Φ219×6" and "ERW Steel Pipe
// Φ219×6" as one product, and "膨胀螺栓 M12×50" and "Hex bolt M12x50" as two.
#include <string_view>

namespace mailclerk::pricing {

// The glossary's kind of the longest trade name the text contains (Latin names as whole words),
// or "" when it names none.
std::string_view goods_of(std::string_view name);

// Does the text hold a Han character (CJK Unified Ideographs): is it written in Chinese, at
// least in part?
bool has_han(std::string_view text);

// Do two names, one written in Chinese and the other not, name the same kind of goods? False
// for two names in one script (names_agree compares those), and when either kind is unknown.
bool same_goods(std::string_view a, std::string_view b);

} // namespace mailclerk::pricing
