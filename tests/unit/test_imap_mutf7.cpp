#include <catch2/catch.hpp>

#include "daemon/imap/client.hpp"

using mailclerk::imap::decode_mutf7;
using mailclerk::imap::encode_mutf7;

namespace {

struct Row {
    const char* utf8;
    const char* wire;
};

// Both directions: encode(utf8) == wire and decode(wire) == utf8.
const Row k_rows[] = {
    {"", ""},
    {"INBOX", "INBOX"},
    {"Sent Items", "Sent Items"},
    {"&", "&-"},
    {"Tom & Jerry", "Tom &- Jerry"},
    {"&&", "&-&-"},
    // RFC 3501 5.1.3
    {"~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
     "~peter/mail/&U,BTFw-/&ZeVnLIqe-"},
    {"\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81", "&XfJT0ZAB-"}, // 已发送
    {"\xe8\x8d\x89\xe7\xa8\xbf\xe7\xae\xb1", "&g0l6P3ux-"}, // 草稿箱
    {"Entw\xc3\xbcrfe", "Entw&APw-rfe"},                    // Entwürfe
    {"\xf0\x9f\x98\x80", "&2D3eAA-"},                       // U+1F600
    {"\xf0\x9f\x98\x80"
     "a\xf0\x9f\x98\x80",
     "&2D3eAA-a&2D3eAA-"},
    {"a\tb", "a&AAk-b"}, // control
    {"Projekte/\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81 & Co", "Projekte/&XfJT0ZAB- &- Co"},
};

} // namespace

TEST_CASE("imap mutf7 encodes and decodes the table both ways", "[imap]") {
    for (const Row& row : k_rows) {
        INFO("utf8 = " << row.utf8 << ", wire = " << row.wire);
        CHECK(encode_mutf7(row.utf8) == row.wire);
        CHECK(decode_mutf7(row.wire) == row.utf8);
    }
}

TEST_CASE("imap mutf7 keeps invalid input as it is", "[imap]") {
    const char* const invalid[] = {
        "&",            // no terminator
        "&Jjo",         // unterminated run
        "abc&XfJT0ZAB", // unterminated after text
        "&-&",          // a valid "&-" then an unterminated "&"
        "&Jj!-",        // not base64
        "&A-",          // 6 bits: not even one UTF-16 unit
        "&APx-",        // non-zero padding bits
        "&2D0-",        // lone high surrogate
        "&3gA-",        // lone low surrogate
        "&2D3eAA",      // surrogate pair, unterminated
        "&AAA-",        // NUL
        "a/&/b-",       // '/' is not in the modified alphabet
    };
    for (const char* wire : invalid) {
        INFO("wire = " << wire);
        CHECK(decode_mutf7(wire) == wire);
    }
}

TEST_CASE("imap mutf7 passes 8-bit names from non-conforming servers through", "[imap]") {
    // Some servers send raw UTF-8 instead of modified UTF-7: nothing to decode, keep it.
    CHECK(decode_mutf7("\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81") ==
          "\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81");
}

TEST_CASE("imap mutf7 encodes invalid UTF-8 as U+FFFD", "[imap]") {
    CHECK(encode_mutf7("a\xff"
                       "b") == "a&,,0-b");
    CHECK(decode_mutf7("a&,,0-b") == "a\xef\xbf\xbd"
                                     "b");
}
