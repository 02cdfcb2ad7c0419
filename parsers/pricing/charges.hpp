#pragma once
// Money written beside products that is no product's price: what it is charged per ("USD
// 1,650.00 per container", "USD 100/day"), a one-off mark ("Bottle mould (one-off)"), a "+"
// before it (an option's surcharge), a service or a freight container as its name ("customs
// clearance", "20'GP"), and a difference between two prices ("便宜4元", "cheaper by USD 2").
// The words are parsers/pricing/words.txt's [charge_per], [one_off], [one_off_followers],
// [service_names], [container_sizes] and [price_difference].
#include <cstddef>
#include <string_view>

namespace mailclerk::pricing {

// Does the text right after a price say what it is charged per is a container, a day, a
// design, a shipment ...? "per container", "/day", "per bottle design", "per w/m", "/天".
bool charged_per(std::string_view after);

// Does the text mark a one-off charge ("(one-off)", "Mould cost is one-off,", "一次性收取")?
// Not where the mark begins a product's name ("one-time use gloves", "一次性手套").
bool marks_one_off(std::string_view text);

// Is the money starting at `begin` of `line` an added charge: a "+" just before it ("hot
// runner +USD 1,100.00"), not a sum of numbers ("2+1")?
bool surcharge_at(std::string_view line, size_t begin);

// Does a product's name name a service or a freight container: a service word at its start or
// in a short name ("Destination: THC", "customs clearance", "LCL Ningbo - Tallinn"), or nothing
// but container sizes ("20'GP", "1x40HQ")?
bool names_a_service(std::string_view name);

// Is the money between `before` and `after` a difference between two prices: a difference word
// ending `before` ("比上次便宜", "cheaper by") or opening `after` ("EUR 0,50 günstiger")?
bool price_difference(std::string_view before, std::string_view after);

// Any of the above that a line's money shows by its place: charged per, a surcharge, a
// difference. The money is bytes [begin, end) of `line`.
bool charge_by_place(std::string_view line, size_t begin, size_t end);

} // namespace mailclerk::pricing
