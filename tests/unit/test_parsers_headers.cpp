#include <catch2/catch.hpp>

#include <string>

#include "common/utf8.hpp"
#include "parsers/header_decode.hpp"

using mailclerk::parsers::decode_header_text;
using mailclerk::parsers::parse_parameterized;
using mailclerk::parsers::unfold;

namespace {
struct DecodeRow {
    const char* name;
    std::string input;
    std::string expected;
};
} // namespace

TEST_CASE("decode_header_text decodes RFC 2047 words", "[parsers][headers]") {
    const DecodeRow rows[] = {
        {"plain ascii", "Quote for pumps", "Quote for pumps"},
        {"utf-8 base64", "=?UTF-8?B?5Lit5paH5Li76aKY?=", "中文主题"},
        {"gbk base64", "=?gbk?B?sai827Wl?=", "报价单"},
        {"gb2312 label with GBK-only character", "=?gb2312?B?1uzpRrv5?=", "朱镕基"},
        {"lower-case b and q", "=?utf-8?b?5Lit?= =?utf-8?q?=E6=96=87?=", "中文"},
        {"q with underscores", "=?iso-8859-1?Q?caf=E9_au_lait?=", "café au lait"},
        {"windows-1252 q", "=?windows-1252?Q?=93hi=94?=", "“hi”"},
        {"big5", "=?big5?B?pKSk5Q==?=", "中文"},
        {"adjacent words joined", "=?utf-8?B?5Lit?=  =?utf-8?B?5paH?=", "中文"},
        {"folded adjacent words joined", "=?utf-8?B?5Lit?=\r\n =?utf-8?B?5paH?=", "中文"},
        {"character split across words", "=?utf-8?B?5Lg=?= =?utf-8?B?reaWhw==?=", "中文"},
        {"gbk character split across q words", "=?gbk?Q?=B1?= =?gbk?Q?=A8?=", "报"},
        {"text around words keeps its spaces", "Re: =?utf-8?B?5Lit5paH?= now", "Re: 中文 now"},
        {"different charsets adjacent", "=?gbk?Q?=B1=A8?= =?utf-8?B?5Lu3?=", "报价"},
        {"word glued to text", "RE:=?utf-8?B?5Lit?=", "RE:中"},
        {"rfc 2231 language in charset", "=?utf-8*zh?B?5Lit?=", "中"},
        {"raw utf-8 header", "\xe4\xb8\xad\xe6\x96\x87", "中文"},
        {"raw gbk header", "\xb1\xa8\xbc\xdb\xb5\xa5 RFQ", "报价单 RFQ"},
        {"missing padding", "=?utf-8?B?5Lit5paH?=", "中文"},
        {"must fail: unknown encoding left as is", "=?utf-8?X?abc?=", "=?utf-8?X?abc?="},
        {"must fail: unterminated word left as is", "=?utf-8?B?5Lit", "=?utf-8?B?5Lit"},
        {"must fail: empty charset",
         "=?"
         "?B?5Lit?=",
         "=?"
         "?B?5Lit?="},
        {"must fail: invalid utf-8 inside word", "=?utf-8?B?/w==?=", "\xEF\xBF\xBD"},
        {"must fail: control characters removed",
         std::string("a\x01"
                     "b\0c",
                     5),
         "abc"},
    };
    for (const auto& row : rows) {
        SECTION(row.name) {
            std::string decoded = decode_header_text(row.input);
            CHECK(decoded == row.expected);
            CHECK(mailclerk::utf8::is_valid(decoded));
        }
    }
}

TEST_CASE("decode_header_text survives garbage", "[parsers][headers]") {
    const std::string inputs[] = {
        "=?",
        "=?=?=?",
        "?=?=",
        "=?utf-8?",
        "=?utf-8?B?",
        "=?utf-8?B?"
        "?=",
        "=?x?Q?=?=",
        "=?utf-8?Q?=F?=",
        std::string("\xff\xfe\x00\x80", 4),
        "=?bogus-charset?B?5Lit?=",
    };
    for (const auto& input : inputs)
        CHECK(mailclerk::utf8::is_valid(decode_header_text(input)));
    CHECK(decode_header_text("=?bogus-charset?B?5Lit?=") == "中");
}

TEST_CASE("unfold removes folding line breaks", "[parsers][headers]") {
    CHECK(unfold("a\r\n b") == "a b");
    CHECK(unfold("a\n\tb") == "a\tb");
    CHECK(unfold("a\r\nb") == "a b");
    CHECK(unfold("no folding") == "no folding");
    CHECK(unfold("") == "");
    CHECK(unfold("\r\n") == " ");
}

TEST_CASE("parse_parameterized reads Content-Type and Content-Disposition", "[parsers][headers]") {
    SECTION("simple content type") {
        auto header = parse_parameterized("Text/Plain; charset=\"GB2312\"; format=flowed");
        CHECK(header.value == "text/plain");
        CHECK(header.params["charset"] == "GB2312");
        CHECK(header.params["format"] == "flowed");
    }
    SECTION("no space and folded") {
        auto header = parse_parameterized("multipart/mixed;\r\n\tboundary=\"----=_Part_1;x\"");
        CHECK(header.value == "multipart/mixed");
        CHECK(header.params["boundary"] == "----=_Part_1;x");
    }
    SECTION("rfc 2231 with charset") {
        auto header =
            parse_parameterized("attachment; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.xlsx");
        CHECK(header.value == "attachment");
        CHECK(header.params["filename"] == "报价单.xlsx");
    }
    SECTION("rfc 2231 continuations with charset") {
        auto header = parse_parameterized(
            "attachment;\r\n filename*0*=gbk''%B1%A8%BC%DB;\r\n filename*1*=%B5%A5;\r\n"
            " filename*2=\".pdf\"");
        CHECK(header.params["filename"] == "报价单.pdf");
    }
    SECTION("continuations out of order") {
        auto header = parse_parameterized("attachment; name*1=\"def\"; name*0=\"abc\"");
        CHECK(header.params["name"] == "abcdef");
    }
    SECTION("extended form wins over the plain form") {
        auto header = parse_parameterized(
            "attachment; filename=\"fallback.pdf\"; filename*=utf-8'zh'%E5%8D%95.pdf");
        CHECK(header.params["filename"] == "单.pdf");
    }
    SECTION("rfc 2047 in a quoted filename") {
        auto header = parse_parameterized(
            "application/pdf; name=\"=?utf-8?B?5oql5Lu3?= =?utf-8?B?5Y2VLnBkZg==?=\"");
        CHECK(header.value == "application/pdf");
        CHECK(header.params["name"] == "报价单.pdf");
    }
    SECTION("raw gbk filename") {
        auto header = parse_parameterized("attachment; filename=\"\xb1\xa8\xbc\xdb.doc\"");
        CHECK(header.params["filename"] == "报价.doc");
    }
    SECTION("percent encoding without charset") {
        auto header = parse_parameterized("attachment; filename*=%E5%8D%95.pdf");
        CHECK(header.params["filename"] == "单.pdf");
    }
    SECTION("escaped quote in value") {
        auto header = parse_parameterized(R"(attachment; filename="a \"b\".txt")");
        CHECK(header.params["filename"] == "a \"b\".txt");
    }
    SECTION("must fail: garbage stays harmless") {
        const char* inputs[] = {"",
                                ";",
                                ";;=;",
                                "text/plain; =x",
                                "a; b*=''%",
                                "a; b*0*=%ZZ",
                                "a; b=\"unterminated",
                                "a; b*99999999999=1",
                                "\xff\xfe; x=\xff"};
        for (const char* input : inputs) {
            auto header = parse_parameterized(input);
            CHECK(mailclerk::utf8::is_valid(header.value));
            for (const auto& [name, value] : header.params)
                CHECK(mailclerk::utf8::is_valid(value));
        }
        CHECK(parse_parameterized("a; b=\"unterminated").params["b"] == "unterminated");
    }
}
