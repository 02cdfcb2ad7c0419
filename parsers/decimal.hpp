#pragma once
// Exact decimal numbers read from quotes: never a float. "1.250,00" (continental) and
// "1,250.00" (English) both read as "1250.00"; the digits after the decimal mark are kept as
// written, so "12.50" stays "12.50".
#include <optional>
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// The canonical decimal ("1250.00", "0.5", "12") of a text that is only a number: optional
// sign, digits (full-width digits accepted) with ',' '.' '\'' or thin-space grouping and one
// decimal mark. When both ',' and '.' occur the last is the decimal mark; a single ',' or '.'
// followed by exactly three digits is grouping when the number has no other mark and the
// separator is ',' ("1,250" = 1250) and a decimal mark when it is '.' ("1.250" = 1.250).
// Grouping must come in threes. nullopt for anything else ("12.5.3", "+86 574", "2026-11-03").
std::optional<std::string> parse_decimal(std::string_view text);

} // namespace mailclerk::parsers
