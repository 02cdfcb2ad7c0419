#pragma once
// A buyer's wish is no price of the counterpart's: target prices, budgets, counter-offers and
// requests ("our target price is USD 10.50", "能否做到8.5元", "please quote your best price,
// budget 1200 EUR", "Zielpreis 9,80 €"). One word list for the prose reader (such a sentence
// states no price) and the classifier (a reply that only asks is no quote).
#include <string_view>

namespace mailclerk::pricing {

// Does this sentence or clause ask for a price, name a target or budget, or counter-offer? One
// that accepts the counterpart's price (words.txt [accepting]) asks for none, unless it refuses
// it ([refusing]).
bool asks_a_price(std::string_view sentence);

// Does the text have a sentence that asks for a price (asks_a_price) and names an amount of
// money (a number with its currency)?
bool states_wanted_price(std::string_view text);

// Is every line of the text that names money either asking (asks_a_price) or listed under an
// intro that asks ("Para adjudicar necesitaríamos:" then "- Guante KIS-GL-10: $7.900 por par"),
// and is there such a line? A buyer's counter-offer to a quote, line by line: no price of ours.
bool only_wanted_prices(std::string_view text);

} // namespace mailclerk::pricing
