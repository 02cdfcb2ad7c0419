#pragma once
// A seller lowering one of the text's prices in a later line that names the product only by its
// size or model and gives a bare number after a "lowest" word (a chat: "DN50 118/只" ... "DN50最低
// 115了"; "DN50 lowest 115 now").
#include <string_view>
#include <vector>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing::detail {

// `lines` are the text's lines as read_prose numbers them ("line N" = lines[N-1]); `read[i]`
// says that line already yielded a price. For each unread line "<size or model> <lowest word>
// <number>" (words.txt [lowered_to]), the one earlier item of that size or model (of that
// name where the line names one) takes the number as its price, the old one as its previous
// price, its name, currency and unit kept. Nothing changes for a line that asks (a question,
// asks_a_price), counts or measures (`最低起订量500`, `最低500只`, `最低-20℃`, `1.6MPa`), names
// no earlier item or several, or for a number that is no lowering (above the old price or
// below half of it).
void apply_lowered_prices(const std::vector<std::string_view>& lines, const std::vector<bool>& read,
                          std::vector<PriceItem>& items);

} // namespace mailclerk::pricing::detail
