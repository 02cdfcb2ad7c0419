#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "common/utf8.hpp"
#include "parsers/date.hpp"
#include "parsers/mime.hpp"

using mailclerk::parsers::format_iso8601;
using mailclerk::parsers::Message;
using mailclerk::parsers::parse_message;

namespace {

// Samples are written with LF; crlf() gives the wire form.
std::string crlf(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += "\r\n";
        else
            out.push_back(c);
    }
    return out;
}

bool all_valid_utf8(const Message& m) {
    using mailclerk::utf8::is_valid;
    bool ok = is_valid(m.message_id) && is_valid(m.in_reply_to) && is_valid(m.subject) &&
              is_valid(m.text) && is_valid(m.list_id) && is_valid(m.precedence);
    for (const auto& r : m.references)
        ok = ok && is_valid(r);
    for (const auto* list : {&m.from, &m.to, &m.cc, &m.bcc, &m.reply_to, &m.sender})
        for (const auto& a : *list)
            ok = ok && is_valid(a.name) && is_valid(a.address);
    for (const auto& a : m.attachments)
        ok = ok && is_valid(a.filename) && is_valid(a.content_type);
    return ok;
}

constexpr std::string_view k_simple = R"(Return-Path: <buyer@acme.com>
Received: from mx.acme.com by mail.ourco.com; Tue, 3 Nov 2026 09:42:05 +0000
From: =?gb2312?B?1cXI/Q==?= <Zhang.San@Acme.com>
To: "Sales, Our Co" <sales@ourco.com>, bob@ourco.com
Cc: Team: c1@ourco.com, c2@ourco.com;
Reply-To: zhang@acme.com (Zhang)
Subject: =?gbk?B?sai827Wl?= RFQ
 for pumps
Date: Tue, 3 Nov 2026 17:42:00 +0800
Message-ID: <abc.123@acme.com>
In-Reply-To: <parent@ourco.com>
References: <root@ourco.com>
 <parent@ourco.com>
List-Id: Sales list <sales.ourco.com>
Precedence: Bulk
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=gbk
Content-Transfer-Encoding: 8bit

)";

} // namespace

TEST_CASE("parse_message reads the envelope", "[parsers][mime]") {
    for (bool wire : {false, true}) {
        SECTION(wire ? "crlf line ends" : "lf line ends") {
            std::string raw = std::string(k_simple) + "\xc7\xeb\xb1\xa8\xbc\xdb\n";
            Message m = parse_message(wire ? crlf(raw) : raw);
            CHECK(m.subject == "报价单 RFQ for pumps");
            REQUIRE(m.from.size() == 1);
            CHECK(m.from[0].name == "张三");
            CHECK(m.from[0].address == "Zhang.San@Acme.com");
            REQUIRE(m.to.size() == 2);
            CHECK(m.to[0].name == "Sales, Our Co");
            CHECK(m.to[1].address == "bob@ourco.com");
            CHECK(m.cc.size() == 2);
            REQUIRE(m.reply_to.size() == 1);
            CHECK(m.reply_to[0].name == "Zhang");
            REQUIRE(m.date);
            CHECK(format_iso8601(*m.date) == "2026-11-03T09:42:00Z");
            CHECK(m.message_id == "abc.123@acme.com");
            CHECK(m.in_reply_to == "parent@ourco.com");
            CHECK(m.references == std::vector<std::string>{"root@ourco.com", "parent@ourco.com"});
            CHECK(m.list_id == "Sales list <sales.ourco.com>");
            CHECK(m.precedence == "bulk");
            CHECK(m.auto_submitted);
            CHECK(m.text == "请报价\n");
            CHECK(m.attachments.empty());
            CHECK(m.flags.empty());
        }
    }
}

TEST_CASE("parse_message date fallback and flags", "[parsers][mime]") {
    SECTION("missing Date uses the first Received") {
        Message m = parse_message("Received: from a by b; Tue, 3 Nov 2026 09:42:05 +0000\n"
                                  "Received: from c by d; Mon, 2 Nov 2026 09:00:00 +0000\n"
                                  "Subject: x\n\nbody\n");
        CHECK(m.has_flag("no-date"));
        REQUIRE(m.date);
        CHECK(format_iso8601(*m.date) == "2026-11-03T09:42:05Z");
    }
    SECTION("bad Date uses Received") {
        Message m = parse_message("Received: by b; 3 Nov 2026 09:42:05 GMT\nDate: soon\n\nbody\n");
        CHECK(m.has_flag("bad-date"));
        CHECK(m.date.has_value());
    }
    SECTION("no date anywhere") {
        Message m = parse_message("Subject: x\n\nbody\n");
        CHECK(m.has_flag("no-date"));
        CHECK_FALSE(m.date);
    }
    SECTION("Auto-Submitted: no") {
        CHECK_FALSE(parse_message("Auto-Submitted: no\n\nx").auto_submitted);
    }
    SECTION("raw 8-bit headers") {
        Message m = parse_message("Subject: \xb1\xa8\xbc\xdb\nFrom: \xe5\xbc\xa0 <z@a.cn>\n\nx");
        CHECK(m.subject == "报价");
        REQUIRE(m.from.size() == 1);
        CHECK(m.from[0].name == "张");
    }
    SECTION("ids without angle brackets") {
        Message m = parse_message("Message-ID: bare@id\nReferences: a@b c@d\n\nx");
        CHECK(m.message_id == "bare@id");
        CHECK(m.references == std::vector<std::string>{"a@b", "c@d"});
    }
}

TEST_CASE("parse_message prefers text/plain in multipart/alternative", "[parsers][mime]") {
    constexpr std::string_view raw = R"(From: a@acme.com
Subject: alt
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Unit price =E5=8D=95=E4=BB=B7: 12.50 USD, a long line that was wrapped by=
 the sender.
--alt
Content-Type: text/html; charset=utf-8

<p>Unit price <b>HTML</b></p>
--alt--
)";
    Message m = parse_message(crlf(raw));
    CHECK(m.text == "Unit price 单价: 12.50 USD, a long line that was wrapped by the sender.");
    CHECK_FALSE(m.has_flag("html-only"));
    CHECK(m.attachments.empty());
}

TEST_CASE("parse_message converts HTML-only mail", "[parsers][mime]") {
    SECTION("single html part in big5") {
        Message m = parse_message("Content-Type: text/html; charset=big5\n\n"
                                  "<html><body><p>\xb3\xf8\xbb\xf9\xb3\xe6</p>&amp;</body></html>");
        CHECK(m.text == "報價單\n&");
        CHECK(m.has_flag("html-only"));
    }
    SECTION("alternative without plain, related html with inline image") {
        constexpr std::string_view raw = R"(Content-Type: multipart/alternative; boundary=a

--a
Content-Type: multipart/related; boundary=r

--r
Content-Type: text/html; charset=gb2312
Content-Transfer-Encoding: base64

PHA+1uzpRrv5PC9wPg==
--r
Content-Type: image/png
Content-Disposition: inline
Content-ID: <img1>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--r--
--a
Content-Type: text/calendar; method=REQUEST

BEGIN:VCALENDAR
--a--
)";
        Message m = parse_message(raw);
        CHECK(m.text == "朱镕基");
        CHECK(m.has_flag("html-only"));
        REQUIRE(m.attachments.size() == 2);
        CHECK(m.attachments[0].content_type == "image/png");
        CHECK(m.attachments[0].content == "\x89PNG\r\n\x1a\n");
        CHECK(m.attachments[0].is_inline);
        CHECK(m.attachments[1].content_type == "text/calendar");
        CHECK(m.attachments[1].technical); // listed, never a document (issue 21)
    }
}

TEST_CASE("parse_message extracts attachments from nested multipart/mixed", "[parsers][mime]") {
    constexpr std::string_view raw = R"(From: Buyer <buyer@acme.com>
Date: 3 Nov 2026 09:42 GMT
Subject: =?utf-8?B?5oql5Lu3?=
Content-Type: multipart/mixed; boundary="outer"

This is a multi-part message in MIME format.
--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: base64

x+u3orGovNs=
--inner
Content-Type: text/html; charset="gb2312"

<p>html</p>
--inner--

--outer
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
	name="=?gbk?B?sai827Wl?=.xlsx"
Content-Disposition: attachment;
	filename*0*=UTF-8''%E6%8A%A5%E4%BB%B7;
	filename*1*=%E5%8D%95.xlsx
Content-Transfer-Encoding: base64

UEsDBA==
--outer
Content-Type: application/pdf; name="=?utf-8?B?5oql5Lu3?= =?utf-8?B?5Y2VLnBkZg==?="
Content-Transfer-Encoding: base64

JVBERi0=
--outer
Content-Type: text/plain; charset=utf-8
Content-Disposition: inline

Second inline text.
--outer
Content-Type: text/plain; name="notes.txt"

file text
--outer--
epilogue
)";
    Message m = parse_message(crlf(raw));
    CHECK(m.subject == "报价");
    CHECK(m.text == "请发报价\nSecond inline text.");
    REQUIRE(m.attachments.size() == 3);
    CHECK(m.attachments[0].filename == "报价单.xlsx");
    CHECK(m.attachments[0].content_type ==
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(m.attachments[0].content == "PK\x03\x04");
    CHECK_FALSE(m.attachments[0].is_inline);
    CHECK(m.attachments[1].filename == "报价单.pdf");
    CHECK(m.attachments[1].content == "%PDF-");
    CHECK(m.attachments[2].filename == "notes.txt");
    CHECK(m.attachments[2].content == "file text");
    CHECK(m.flags.empty());
}

TEST_CASE("parse_message keeps an attached message as one .eml attachment", "[parsers][mime]") {
    constexpr std::string_view raw = R"(Subject: Fwd
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

See below.
--b
Content-Type: message/rfc822

From: old@acme.com
Subject: =?utf-8?B?5Y6f5aeL?= quote
Content-Type: text/plain

inner body is indexed with the message
--b
Content-Type: message/rfc822; name="named.eml"

Subject: other

x
--b--
)";
    Message m = parse_message(crlf(raw));
    // The attached mails' text follows ours, each under a header naming it.
    CHECK(m.text.starts_with("See below.\n---------- Attached message ----------\n"
                             "From: old@acme.com\nSubject: 原始 quote\n\n"
                             "inner body is indexed with the message\n"));
    CHECK(m.text.ends_with("Subject: other\n\nx"));
    REQUIRE(m.attachments.size() == 2);
    CHECK(m.attachments[0].content_type == "message/rfc822");
    CHECK(m.attachments[0].filename == "原始 quote.eml");
    CHECK(m.attachments[0].content.find("inner body is indexed with the message") !=
          std::string::npos);
    CHECK(m.attachments[0].content.find("From: old@acme.com") != std::string::npos);
    CHECK(m.attachments[1].filename == "named.eml");
}

TEST_CASE("parse_message flags damaged bodies", "[parsers][mime]") {
    SECTION("bad base64 is decoded leniently") {
        Message m = parse_message("Content-Type: application/pdf; name=a.pdf\n"
                                  "Content-Transfer-Encoding: base64\n\nJVB!ERi0=\n");
        CHECK(m.has_flag("bad-base64"));
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments[0].content == "%PDF-");
    }
    SECTION("invalid bytes in declared charset") {
        Message m = parse_message("Content-Type: text/plain; charset=utf-8\n\nok \xff\xfe end");
        CHECK(m.has_flag("bad-charset"));
        CHECK(m.text == "ok \xEF\xBF\xBD\xEF\xBF\xBD end");
    }
    SECTION("unknown charset") {
        Message m = parse_message("Content-Type: text/plain; charset=x-klingon\n\n\xe4\xb8\xad");
        CHECK(m.has_flag("unknown-charset"));
        CHECK(m.text == "中");
    }
    SECTION("windows-1252 body") {
        Message m =
            parse_message("Content-Type: text/plain; charset=windows-1252\n\n\x93ok\x94 \x80");
        CHECK(m.text == "“ok” €");
        CHECK(m.flags == std::vector<std::string>{"no-date"});
    }
    SECTION("iso-8859-1 quoted-printable body") {
        Message m = parse_message("Content-Type: text/plain; charset=iso-8859-1\n"
                                  "Content-Transfer-Encoding: quoted-printable\n\ncaf=E9=\n ok");
        CHECK(m.text == "café ok");
    }
    SECTION("text over 1 MB is capped") {
        std::string raw = "Subject: big\n\n" + std::string((1u << 20) + 100, 'a');
        Message m = parse_message(raw);
        CHECK(m.has_flag("text-truncated"));
        CHECK(m.text.size() == (1u << 20));
    }
}

namespace {
struct MalformedRow {
    const char* name;
    std::string raw;
};
} // namespace

TEST_CASE("parse_message never crashes on malformed input", "[parsers][mime]") {
    std::string nul_message("Subject: a\0b\nFrom: x\0@y.com\n\nbody\0with nul", 41);
    std::string deep = "Content-Type: multipart/mixed; boundary=b0\n\n";
    for (int i = 1; i < 3000; ++i)
        deep += "--b" + std::to_string(i - 1) + "\nContent-Type: multipart/mixed; boundary=b" +
                std::to_string(i) + "\n\n";
    std::string deep_messages = "Subject: x\nContent-Type: message/rfc822\n\n";
    for (int i = 0; i < 3000; ++i)
        deep_messages += "Content-Type: message/rfc822\n\n";
    const MalformedRow rows[] = {
        {"empty", ""},
        {"only newlines", "\n\n\r\n"},
        {"no header lines", "hello world\nthis is not a message\n"},
        {"binary garbage", std::string("\x00\xff\x13\x37\x89PNG\r\n", 10)},
        {"nul bytes", nul_message},
        {"header without body", "Subject: only a header"},
        {"truncated in headers", "Subject: x\nContent-Type: multipart/mixed; bound"},
        {"truncated in a part", "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: "
                                "text/plain\nContent-Transfer-Encoding: base64\n\n5Lit5p"},
        {"missing final boundary",
         "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\nContent-Type: "
         "application/pdf; name=x.pdf\n\nbytes"},
        {"missing boundary parameter", "Content-Type: multipart/mixed\n\n--x\n\nhi\n--x--\n"},
        {"boundary never used", "Content-Type: multipart/mixed; boundary=zz\n\njust text\n"},
        {"empty boundary", "Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\nx\n----\n"},
        {"wrong closing boundary",
         "Content-Type: multipart/mixed; boundary=a\n\n--a\n\nx\n--b--\n"},
        {"rfc822 with no content", "Content-Type: message/rfc822\n\n"},
        {"base64 rfc822", "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                          "U3ViamVjdDogaGkNCg0KYm9keQ==\n"},
        {"deep multipart nesting", deep},
        {"deep message nesting", deep_messages},
        {"header line of 100 KB", "Subject: " + std::string(100000, 'x') + "\n\nb"},
        {"many encoded words", "Subject: " +
                                   [] {
                                       std::string s;
                                       for (int i = 0; i < 5000; ++i)
                                           s += "=?utf-8?B?5Lit?= ";
                                       return s;
                                   }() +
                                   "\n\nb"},
    };
    for (const auto& row : rows) {
        SECTION(row.name) {
            Message m = parse_message(row.raw);
            CHECK(all_valid_utf8(m));
        }
    }
}

TEST_CASE("parse_message flags input that is not a message", "[parsers][mime]") {
    for (std::string raw :
         {std::string(), std::string("hello world\n\nnot mail"),
          std::string("\x00\x01\x02garbage", 10), std::string(": no name\n\nx")}) {
        Message m = parse_message(raw);
        CHECK(m.has_flag("malformed"));
        CHECK(m.subject.empty());
        CHECK(m.text.empty());
        CHECK(m.from.empty());
    }
    Message m = parse_message("From sender@x.com Tue Nov  3 09:42:00 2026\nSubject: mbox\n\nx");
    CHECK_FALSE(m.has_flag("malformed"));
    CHECK(m.subject == "mbox");
}

TEST_CASE("parse_message handles missing boundaries without losing text", "[parsers][mime]") {
    Message m = parse_message("Content-Type: multipart/mixed; boundary=zz\n\njust text\n");
    CHECK(m.has_flag("missing-boundary"));
    CHECK(m.text.find("just text") != std::string::npos);

    Message open = parse_message("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\n"
                                 "Content-Type: application/pdf; name=x.pdf\n\nbytes");
    CHECK(open.text == "first");
    REQUIRE(open.attachments.size() == 1);
    CHECK(open.attachments[0].content == "bytes");
}

TEST_CASE("parse_message survives random bytes", "[parsers][mime]") {
    std::mt19937 rng(12345);
    const std::string seeds[] = {
        "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=gbk\n"
        "Content-Transfer-Encoding: base64\n\nsai827Wl\n--b\nContent-Type: message/rfc822\n\n"
        "Subject: =?utf-8?B?5Lit?=\n\nx\n--b--\n",
        std::string(k_simple) + "body",
    };
    for (const auto& seed : seeds) {
        for (int round = 0; round < 300; ++round) {
            std::string raw = seed;
            for (int flips = 0; flips < 8; ++flips) {
                size_t at = rng() % raw.size();
                raw[at] = static_cast<char>(rng() % 256);
            }
            raw.resize(rng() % (raw.size() + 1));
            CHECK(all_valid_utf8(parse_message(raw)));
        }
    }
}
