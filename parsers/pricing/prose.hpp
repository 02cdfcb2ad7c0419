#pragma once
// Prices written in sentences, Chinese and English: "DN50球阀单价118元/只", "unit price of
// USD 23.40 per pc", "SV-100: US$12.50/pc FOB Ningbo", and labelled lines ("Item: SV-100" /
// "Price: USD 12.50"). Each price is tied to the product named before it in the same sentence
// (or, for labelled lines, the lines just above); a sentence about totals, freight, taxes,
// deposits, targets, old or competitors' prices, or a question, yields nothing.
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pricing/price_item.hpp"
#include "parsers/pricing/table_reader.hpp"

namespace mailclerk::pricing {

// The prices of the text (UTF-8). A price needs a currency next to it, or a price word before
// it when the context names the currency. `reference` of each item is "line N".
std::vector<PriceItem> read_prose(std::string_view text, const TableContext& context);

// The goods a sentence says a document's prices are for, without a price of its own ("price
// for our 2PC ball valve, full bore, …" -> "2PC ball valve"): the first clause after a price
// word that names something, "" when none.
std::string goods_of_prices(std::string_view text);

} // namespace mailclerk::pricing
