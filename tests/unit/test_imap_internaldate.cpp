// INTERNALDATE (RFC 3501 date-time), read by `mailclerk doctor`'s clock check (issue 22).
#include <catch2/catch.hpp>

#include "daemon/imap/response.hpp"

using namespace mailclerk::imap;

TEST_CASE("imap: INTERNALDATE date-times", "[imap]") {
    CHECK(parse_internal_date("17-Jul-1996 02:44:25 -0700") == 837596665);
    CHECK(parse_internal_date("17-Jul-1996 09:44:25 +0000") == 837596665);
    CHECK(parse_internal_date(" 7-Jan-2026 00:00:00 +0800") == 1767715200);
    CHECK(parse_internal_date("7-jan-2026 00:00:00 +0800") == 1767715200);
    for (const char* bad : {"", "17-Jul-1996", "17-Jux-1996 02:44:25 -0700",
                            "17-Jul-1996 24:44:25 -0700", "17-Jul-1996 02:44:25 0700",
                            "32-Jul-1996 02:44:25 -0700", "17 Jul 1996 02:44:25 -0700"}) {
        INFO(bad);
        CHECK_FALSE(parse_internal_date(bad));
    }
}

TEST_CASE("imap: FETCH with INTERNALDATE", "[imap]") {
    auto data =
        parse_fetch(Response{"*", R"(3 FETCH (INTERNALDATE "17-Jul-1996 02:44:25 -0700"))", {}});
    REQUIRE(data);
    CHECK(data->sequence == 3);
    CHECK(data->internal_date == 837596665);
    CHECK_FALSE(parse_fetch(Response{"*", R"(3 FETCH (INTERNALDATE "yesterday"))", {}}));
}
