#include <catch2/catch.hpp>

#include <string>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"

using mailclerk::parsers::to_utf8;

namespace {
struct CharsetRow {
    const char* name;
    std::string bytes;
    const char* charset;
    std::string expected;
    bool lossy;
};
} // namespace

TEST_CASE("to_utf8 converts the charsets customers write in", "[parsers][charset]") {
    const CharsetRow rows[] = {
        {"gbk", "\xb1\xa8\xbc\xdb\xb5\xa5", "GBK", "报价单", false},
        {"gb2312 label", "\xd6\xd0\xce\xc4", "gb2312", "中文", false},
        {"gb2312 label with a GBK-only character", "\xe9\x46", "gb2312", "镕", false},
        {"cp936 alias", "\xe9\x46", "CP936", "镕", false},
        {"quoted charset name", "\xd6\xd0\xce\xc4", "\"GB2312\"", "中文", false},
        {"gb18030", "\xd6\xd0\xce\xc4", "gb18030", "中文", false},
        {"big5", "\xa4\xa4\xa4\xe5", "big5", "中文", false},
        {"big5 traditional", "\xb3\xf8\xbb\xf9\xb3\xe6", "Big5", "報價單", false},
        {"utf-8", "\xe4\xb8\xad\xe6\x96\x87", "UTF-8", "中文", false},
        {"utf8 spelling", "\xe4\xb8\xad", "utf8", "中", false},
        {"iso-8859-1", "caf\xe9", "ISO-8859-1", "café", false},
        {"latin1 read as windows-1252", "\x80", "iso-8859-1", "€", false},
        {"windows-1252 quotes", "\x93q\x94", "windows-1252", "“q”", false},
        {"iso-8859-2", "\xb1", "iso-8859-2", "ą", false},
        {"iso-8859-15", "\xa4", "ISO-8859-15", "€", false},
        {"windows-1251", "\xcf\xf0\xe8", "windows-1251", "При", false},
        {"koi8-r", "\xf0\xd2\xc9", "koi8-r", "При", false},
        {"plain ascii any label", "hello", "big5", "hello", false},
        {"empty input", "", "gbk", "", false},
        {"must fail: invalid utf-8 replaced",
         "a\xff"
         "b",
         "utf-8",
         "a\xEF\xBF\xBD"
         "b",
         true},
        {"must fail: truncated gbk", "\xd6\xd0\xce", "gbk", "中\xEF\xBF\xBD", true},
        {"must fail: invalid gbk byte pair", "\xd6\xd0\xff\xff", "gbk",
         "中\xEF\xBF\xBD\xEF\xBF\xBD", true},
        {"must fail: big5 garbage", "\xa4\xa4\xff\xff", "big5", "中\xEF\xBF\xBD\xEF\xBF\xBD", true},
    };
    for (const auto& row : rows) {
        SECTION(row.name) {
            auto decoded = to_utf8(row.bytes, row.charset);
            CHECK(decoded.text == row.expected);
            CHECK(decoded.lossy == row.lossy);
            CHECK_FALSE(decoded.unknown);
            CHECK(mailclerk::utf8::is_valid(decoded.text));
        }
    }
}

TEST_CASE("to_utf8 guesses when the charset is missing or unknown", "[parsers][charset]") {
    SECTION("empty label and valid utf-8") {
        auto decoded = to_utf8("\xe4\xb8\xad", "");
        CHECK(decoded.text == "中");
        CHECK_FALSE(decoded.unknown);
    }
    SECTION("empty label and gbk bytes") {
        CHECK(to_utf8("\xb1\xa8\xbc\xdb", "").text == "报价");
    }
    SECTION("us-ascii label with 8-bit gbk bytes") {
        CHECK(to_utf8("\xb1\xa8\xbc\xdb", "us-ascii").text == "报价");
    }
    SECTION("empty label and latin-1 bytes fall back to windows-1252") {
        CHECK(to_utf8("caf\xe9 ok", "").text == "café ok");
    }
    SECTION("unknown label is flagged and decoded best effort") {
        auto decoded = to_utf8("\xe4\xb8\xad", "x-no-such-charset");
        CHECK(decoded.unknown);
        CHECK(decoded.text == "中");
    }
    SECTION("unknown label with binary garbage is still valid utf-8") {
        std::string garbage;
        for (int i = 0; i < 256; ++i)
            garbage.push_back(static_cast<char>(i));
        auto decoded = to_utf8(garbage, "bogus");
        CHECK(decoded.unknown);
        CHECK(mailclerk::utf8::is_valid(decoded.text));
    }
}

TEST_CASE("to_utf8 handles wide encodings", "[parsers][charset]") {
    CHECK(to_utf8(std::string("\x2d\x4e\x87\x65", 4), "utf-16le").text == "中文");
    CHECK(to_utf8(std::string("\x00h\x00i", 4), "UTF-16BE").text == "hi");
    auto odd = to_utf8(std::string("\x00h\x00", 3), "UTF-16BE");
    CHECK(odd.text == "h\xEF\xBF\xBD");
    CHECK(odd.lossy);
}
