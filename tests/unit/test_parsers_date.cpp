#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "parsers/date.hpp"

using mailclerk::parsers::format_iso8601;
using mailclerk::parsers::parse_date;

namespace {
struct DateRow {
    const char* input;
    const char* expected; // nullptr: must fail
};

std::string iso(std::string_view input) {
    auto seconds = parse_date(input);
    return seconds ? format_iso8601(*seconds) : std::string("none");
}
} // namespace

TEST_CASE("parse_date reads RFC 5322 dates and common deviations", "[parsers][date]") {
    const DateRow rows[] = {
        {"Tue, 3 Nov 2026 09:42:00 +0000", "2026-11-03T09:42:00Z"},
        {"Tue, 03 Nov 2026 17:42:00 +0800", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 04:42:00 -0500", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 09:42:00 +0100 (CET)", "2026-11-03T08:42:00Z"},
        {"3 Nov 2026 09:42:00 +0000", "2026-11-03T09:42:00Z"},
        {"Tue,  3 Nov 2026 09:42 +0000", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 26 09:42:00 +0000", "2026-11-03T09:42:00Z"},
        {"Wed, 3 Nov 99 09:42:00 +0000", "1999-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 09:42:00 GMT", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 09:42:00 UT", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 04:42:00 EST", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 02:42:00 PDT", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 09:42:00", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 17:42:00 GMT+08:00", "2026-11-03T09:42:00Z"},
        {"Tue, 3 Nov 2026 17:42:00 +08:00", "2026-11-03T09:42:00Z"},
        {"Tue Nov  3 09:42:00 2026", "2026-11-03T09:42:00Z"},
        {"Tuesday, November 3, 2026 09:42:00 +0000", "2026-11-03T09:42:00Z"},
        {"2026-11-03T17:42:00+08:00", "2026-11-03T09:42:00Z"},
        {"2026-11-03 09:42:00", "2026-11-03T09:42:00Z"},
        {"Thu, 1 Jan 2026 00:30:00 +0100", "2025-12-31T23:30:00Z"},
        {"Sat, 29 Feb 2020 12:00:00 +0000", "2020-02-29T12:00:00Z"},
        {"Wed, 31 Dec 2025 23:59:60 +0000", "2025-12-31T23:59:59Z"},
        {"\r\n Tue, 3 Nov 2026\r\n 09:42:00 +0000", "2026-11-03T09:42:00Z"},
        {"", nullptr},
        {"yesterday", nullptr},
        {"Tue, 31 Feb 2026 09:42:00 +0000", nullptr},
        {"Tue, 3 Foo 2026 09:42:00 +0000", nullptr},
        {"Tue, 0 Nov 2026 09:42:00 +0000", nullptr},
        {"Tue, 3 Nov 10000 09:42:00 +0000", nullptr},
        {"Tue, 3 Nov 2026 25:42:00 +0000", nullptr},
        {"((((((", nullptr},
        {"\xff\xfe 99999999999999999999 Nov 99999999999999999", nullptr},
    };
    for (const auto& row : rows) {
        SECTION(std::string("date ") + std::to_string(&row - rows)) {
            INFO(row.input);
            CHECK(iso(row.input) == (row.expected ? row.expected : "none"));
        }
    }
}

TEST_CASE("format_iso8601 prints UTC", "[parsers][date]") {
    CHECK(format_iso8601(0) == "1970-01-01T00:00:00Z");
    CHECK(format_iso8601(1793698920) == "2026-11-03T09:42:00Z");
    CHECK(format_iso8601(-1) == "1969-12-31T23:59:59Z");
    CHECK(format_iso8601(951782400) == "2000-02-29T00:00:00Z");
}
