// utf8::next decodes a sequence in the same pass that checks it (issue 18): every code point
// round-trips through append and next, and every invalid sequence is U+FFFD, one byte on.
#include <catch2/catch.hpp>

#include "common/utf8.hpp"

namespace utf8 = mailclerk::utf8;

TEST_CASE("utf8: next decodes every code point that append encodes", "[utf8]") {
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        std::string text;
        utf8::append(text, cp);
        text += 'x';
        size_t pos = 0;
        char32_t decoded = utf8::next(text, pos);
        if (decoded != cp || pos != text.size() - 1) FAIL("code point " << uint32_t(cp));
    }
    SUCCEED();
}

TEST_CASE("utf8: invalid sequences are U+FFFD and advance one byte", "[utf8]") {
    for (std::string_view bad :
         {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
          "\xED\xBF\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
          "\xF5\x80\x80\x80", "\xFF", "\xE4\xB8", "\xE4\xB8x", "\xF0\x9F\x98", "\xC3"}) {
        size_t pos = 0;
        CHECK(utf8::next(bad, pos) == 0xFFFD);
        CHECK(pos == 1);
        CHECK_FALSE(utf8::is_valid(bad));
    }
    // Valid neighbours of the invalid ones decode.
    std::string_view good = "\xC2\x80\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80"
                            "\xF4\x8F\xBF\xBF";
    size_t pos = 0;
    std::vector<char32_t> cps;
    while (pos < good.size())
        cps.push_back(utf8::next(good, pos));
    CHECK(cps == std::vector<char32_t>{0x80, 0x800, 0xD7FF, 0xE000, 0x10000, 0x10FFFF});
    CHECK(utf8::sanitize("a\xE4\xB8"
                         "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD"
                                 "b");
}
