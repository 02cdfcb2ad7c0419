#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// Parse an RFC 5322 date (and common deviations: missing weekday, two-digit years, named zones,
// no zone) into seconds since the epoch, UTC.
std::optional<int64_t> parse_date(std::string_view value);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12, day 1-31).
int64_t days_from_civil(int64_t year, int64_t month, int64_t day);

// "2026-11-03T09:42:00Z"
std::string format_iso8601(int64_t epoch_seconds);

} // namespace mailclerk::parsers
