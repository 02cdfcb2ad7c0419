#pragma once
// Exact decimal numbers read from prices, never a float, under the writer's convention:
// "1,250.00" (English, Chinese, Japanese), "1.250,00" (most of Europe), "1 250,00" (French,
// Nordic; any Unicode space), "1'250.00" (Swiss). A table is written in one convention: decide
// it once from all its numbers (decimal_mark_of), then read each number with it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::pricing {

enum class Mark { unknown, dot, comma };

// The ASCII digit of a decimal digit written in another script (full-width ０-９ as Chinese and
// Japanese input methods write them, Arabic-Indic ٠-٩, Persian ۰-۹); any other character as it
// is. The one mapping of digits every reader of numbers and prices uses.
char32_t ascii_digit(char32_t c);

// What one number tells about the decimal mark: "12,50" and "1.250,00" prove comma; "12.50"
// and "1,250.00" prove dot; "1,250" and "1.250" are ambiguous (unknown); "1250" says nothing
// (unknown). Not a number at all: unknown.
Mark mark_evidence(std::string_view number);

// The mark most of these numbers prove; `fallback` when none proves one or they disagree
// evenly.
Mark decimal_mark_of(const std::vector<std::string>& numbers, Mark fallback);

// The convention prices in this currency are usually written in, when a document proves none:
// Mark::dot for CNY, JPY, TWD, HKD, USD, GBP, AUD, CAD, SGD, NZD, INR, MYR, THB, PHP, KRW,
// MXN, CHF (1'250.50); Mark::unknown for the rest (EUR is written both ways).
Mark usual_mark(std::string_view currency);

// The canonical decimal ("1250.00", "0.5", "12") of a text that is only a number, under the
// given mark: optional sign, digits (full-width accepted), grouping in threes by the other
// mark, a space (any Unicode space) or an apostrophe, or India's lakh grouping with commas
// ("1,25,000.00" = 125000.00). With Mark::unknown a number whose reading is ambiguous
// ("1.250", "1,250") is nullopt unless it is grouping-free. nullopt for anything else
// ("12.5.3", "+86 574", "2026-11-03", "1,2,000", "12,34,56").
std::optional<std::string> read_number(std::string_view text, Mark mark);

// The old context-free reading: both marks present -> the last one is decimal; a single ','
// followed by three digits groups, a single '.' is a decimal mark ("1,250" = 1250, "1.250" =
// 1.250). For texts read outside any table.
std::optional<std::string> parse_decimal(std::string_view text);

// Digits after the decimal point of a canonical decimal ("12.50" -> 2, "12" -> 0).
int decimals_of(std::string_view decimal);

// A canonical decimal divided by 10^places, exactly ("21.50" / 100 -> "0.215"): trailing zeros
// beyond two decimals dropped.
std::string divide_by_power_of_ten(std::string_view decimal, int places);

// A canonical decimal multiplied by 10^places, exactly ("50" * 1000 -> "50000", "2.5" * 1000
// -> "2500").
std::string multiply_by_power_of_ten(std::string_view decimal, int places);

// How apply_percent rounds: to the price's decimals (at least two), as a notice's new price is
// written, or not at all, as an ERP line's net price is (6.85 less 5 % is 6.5075: the line's
// amount is the quantity times that).
enum class Rounding { price_decimals, exact };

// A price changed by a percentage ("+5", "-3.5"), rounded half-up to the price's decimals (at
// least two): 68.00 +5 -> "71.40"; or exact (trailing zeros beyond two decimals dropped).
// nullopt when either is not a canonical decimal.
std::optional<std::string> apply_percent(std::string_view price, std::string_view percent,
                                         Rounding rounding = Rounding::price_decimals);

} // namespace mailclerk::pricing
