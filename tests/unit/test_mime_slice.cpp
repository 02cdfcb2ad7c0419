// Raw slices of entities and multipart bodies (parsers/mime_slice), and the byte-exact attached
// messages they give parse_message.
#include <catch2/catch.hpp>

#include "parsers/mime.hpp"
#include "parsers/mime_slice.hpp"

using namespace mailclerk::parsers;

TEST_CASE("entity_body: after the first empty line, LF or CRLF", "[parsers][mime_slice]") {
    struct Row {
        std::string_view entity;
        std::optional<std::string_view> body;
    };
    const Row rows[] = {
        {"A: 1\n\nbody\n", "body\n"},
        {"A: 1\r\nB: 2\r\n\r\nbody\r\n", "body\r\n"},
        {"A: 1\n\n", ""},
        {"\nbody", "body"},           // no header at all
        {"A: 1\n \n\nx", "x"},        // a whitespace line is a continuation, not the end
        {"A: 1\nB: 2", std::nullopt}, // the header never ends
        {"", std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.entity);
        CHECK(entity_body(row.entity) == row.body);
    }
}

TEST_CASE("multipart_parts: RFC 2046 delimiters", "[parsers][mime_slice]") {
    using Parts = std::vector<std::string_view>;
    struct Row {
        const char* name;
        std::string_view body;
        Parts parts;
    };
    const Row rows[] = {
        {"two parts, LF",
         "preamble\n--b\nA: 1\n\none\n--b\n\ntwo\n--b--\nepilogue\n",
         {"A: 1\n\none", "\ntwo"}},
        {"CRLF: the line end before a delimiter belongs to it",
         "--b\r\n\r\none\r\n\r\n--b--\r\n",
         {"\r\none\r\n"}},
        {"trailing whitespace after the boundary", "--b  \n\nx\n--b-- \t\n", {"\nx"}},
        {"a longer boundary is another boundary", "--b\n\nx\n--bb\ny\n--b--\n", {"\nx\n--bb\ny"}},
        {"a boundary inside a line is text", "--b\n\nsee --b here\n--b--\n", {"\nsee --b here"}},
        {"no close delimiter: the last part runs to the end",
         "--b\n\nx\n--b\n\ny\n",
         {"\nx", "\ny\n"}},
        {"two delimiters in a row", "--b\n--b\n\nx\n--b--\n", {"", "\nx"}},
        {"no delimiter at all", "just text\n", {}},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(multipart_parts(row.body, "b") == row.parts);
    }
    CHECK(multipart_parts("--\n\nx\n", "").empty());
}

TEST_CASE("parse_message files an attached message with the sender's bytes",
          "[parsers][mime_slice][mime]") {
    // Odd but legal: a folded header with a tab, a header with no space after the colon,
    // trailing spaces, and mixed line ends: all things a re-serialiser normalises.
    const std::string inner = "From:old@acme.com\r\n"
                              "Subject: a long\r\n\tfolded   subject  \r\n"
                              "X-Odd:   spaced\r\n"
                              "Content-Type: text/plain; charset=gbk\r\n"
                              "\r\n"
                              "\xb1\xa8\xbc\xdb body\r\n"
                              "trailing line  \r\n";
    const std::string raw = "Subject: Fwd\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                            "--b\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n"
                            "--b\r\nContent-Type: message/rfc822\r\n\r\n" +
                            inner + "\r\n--b--\r\n";
    Message m = parse_message(raw);
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].content == inner);
    CHECK(m.text.find("报价 body") != std::string::npos);
    CHECK_FALSE(m.has_flag("attached-message-rewritten"));

    SECTION("nested in multipart/alternative inside multipart/mixed") {
        const std::string nested =
            "Subject: x\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\n"
            "Content-Type: multipart/related; boundary=inner\n\n--inner\nContent-Type: "
            "text/plain\n\nhi\n--inner\nContent-Type: message/rfc822\n\n" +
            std::string("Subject:  exact\n\nbody  \n") + "\n--inner--\n--outer--\n";
        Message n = parse_message(nested);
        REQUIRE(n.attachments.size() == 1);
        CHECK(n.attachments[0].content == "Subject:  exact\n\nbody  \n");
    }
}
