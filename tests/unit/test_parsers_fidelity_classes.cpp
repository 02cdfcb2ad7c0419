// Issue 21: the classes of old and broken mail where mailclerk read a message otherwise than
// Python's `email` package (docs/fidelity.md, "Classes"). Every expectation below was checked
// against Python 3.11's email.message_from_bytes(raw, policy=email.policy.default).
#include <catch2/catch.hpp>

#include <string>

#include "parsers/message.hpp"
#include "parsers/mime.hpp"

using mailclerk::parsers::Attachment;
using mailclerk::parsers::Message;
using mailclerk::parsers::parse_message;

namespace {

// A literal with its NUL bytes: std::string(const char*) would stop at the first one.
template <size_t N> std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

std::string from_addresses(const Message& m) {
    std::string out;
    for (const auto& a : m.from)
        out += (out.empty() ? "" : ",") + a.address;
    return out;
}

const Attachment* find_type(const Message& m, std::string_view type) {
    for (const auto& a : m.attachments)
        if (a.content_type == type) return &a;
    return nullptr;
}

struct HeaderRow {
    const char* name;
    std::string raw;
    const char* subject; // Python's Subject ("" for none)
    const char* from;    // Python's From addresses
    bool junk_flag;      // "bad-header-block" expected
};

} // namespace

TEST_CASE("header block: junk lines are read as Python's email reads them",
          "[parsers][fidelity][issue21]") {
    const HeaderRow rows[] = {
        {"stray mbox From line", // SpamAssassin ham: 18 of 2,741 fixture messages
         "Received: by x\nFrom someone@example.com Thu Oct 10 12:29:12 2002\n"
         "From: A <a@example.com>\nTo: b@example.com\nSubject: after a From line\n"
         "Message-ID: <m1@x>\n\nbody\n",
         "after a From line", "a@example.com", true},
        {"continuation after a stray From line is dropped",
         "Received: by x\nFrom someone@example.com Thu Oct 10 12:29:12 2002\n\tcontinued\n"
         "Subject: after\nFrom: a@example.com\n\nbody\n",
         "after", "a@example.com", true},
        {"blank-looking line of spaces and tabs continues the header",
         "From: a@example.com\nSubject: first\n \t \nTo: b@example.com\n\nbody\n", "first",
         "a@example.com", false},
        {"blank-looking first line", " \t\nFrom: a@example.com\nSubject: s\n\nbody\n", "s",
         "a@example.com", true},
        {"line starting with a colon is skipped",
         "From: a@example.com\n: no name\nSubject: after colon\n\nbody\n", "after colon",
         "a@example.com", true},
        {"NUL in a value: the rest of the value and later headers are kept",
         bytes("From: a@example.com\nSubject: nul\0here\nTo: b@example.com\n\nbody\n"), "nulhere",
         "a@example.com", true},
        {"lone CR line ends", "From: a@example.com\rSubject: cr\rTo: b@example.com\r\rbody\r", "cr",
         "a@example.com", true},
        {"LF then a lone CR is an empty line: the header ends",
         "From: a@example.com\n\rSubject: lfcr\n\nbody\n", "", "a@example.com", true},
        // Python ends the header block at a line without a colon (the rest is body): so do we.
        {"must stop: line without a colon",
         "From: a@example.com\nX-Junk no colon here\nSubject: after junk\n\nbody\n", "",
         "a@example.com", true},
        {"must stop: NUL at the start of a line",
         bytes("From: a@example.com\n\0\nSubject: after nul\n\nbody\n"), "", "a@example.com", true},
        {"must not repair: a clean message", "From: a@example.com\nSubject: ok\n\nbody\n", "ok",
         "a@example.com", false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        Message m = parse_message(row.raw);
        CHECK_FALSE(m.has_flag("malformed"));
        CHECK(m.subject == row.subject);
        CHECK(from_addresses(m) == row.from);
        CHECK(m.has_flag("bad-header-block") == row.junk_flag);
    }
}

TEST_CASE("header block: what follows the junk is read in full", "[parsers][fidelity][issue21]") {
    SECTION("To, Message-ID and the date after a stray From line") {
        Message m = parse_message("Received: by x\nFrom q@x.com Thu Oct 10 12:29:12 2002\n"
                                  "To: Justin <j@example.com>\nMessage-ID: <m1@x>\n"
                                  "Date: Thu, 10 Oct 2002 12:29:12 +0100\n\nbody\n");
        REQUIRE(m.to.size() == 1);
        CHECK(m.to[0].name == "Justin");
        CHECK(m.message_id == "m1@x");
        CHECK(m.date == 1034249352);
        CHECK_FALSE(m.has_flag("no-date"));
    }
    SECTION("the MIME structure declared after a stray From line") {
        Message m =
            parse_message("From: a@example.com\nFrom y Thu Oct 10 12:29:12 2002\n"
                          "Content-Type: multipart/mixed; boundary=b\nSubject: mp\n\n--b\n"
                          "Content-Type: application/octet-stream; name=f.bin\n\nxx\n--b--\n");
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments[0].filename == "f.bin");
        CHECK(m.attachments[0].content == "xx");
    }
    SECTION("a From line that ends the block is the first body line, as in Python") {
        Message m = parse_message(
            "From: a@example.com\nSubject: s\nFrom x@y Thu Oct 10 12:29:12 2002\n\nbody\n");
        CHECK(m.subject == "s");
        CHECK(m.text.find("From x@y") != std::string::npos);
        CHECK(m.text.find("body") != std::string::npos);
    }
    SECTION("the body after a line without a colon holds the rest") {
        Message m = parse_message("From: a@example.com\nJUNK\nSubject: later\n\nbody\n");
        CHECK(m.text.find("Subject: later") != std::string::npos);
    }
}

TEST_CASE("technical parts are listed, never documents", "[parsers][fidelity][issue21]") {
    SECTION("PGP signature") {
        Message m = parse_message(
            "From: a@example.com\nContent-Type: multipart/signed; boundary=s; "
            "protocol=\"application/pgp-signature\"\n\n--s\nContent-Type: text/plain\n\nsigned "
            "text\n--s\nContent-Type: application/pgp-signature\n\n-----BEGIN PGP "
            "SIGNATURE-----\nxx\n-----END PGP SIGNATURE-----\n--s--\n");
        const Attachment* signature = find_type(m, "application/pgp-signature");
        REQUIRE(signature != nullptr);
        CHECK(signature->technical);
        CHECK_FALSE(signature->is_document());
        CHECK(m.text.find("signed text") != std::string::npos);
    }
    SECTION("named S/MIME signature is technical too") {
        Message m = parse_message("From: a@example.com\nContent-Type: multipart/signed; "
                                  "boundary=s\n\n--s\nContent-Type: text/plain\n\nt\n--s\n"
                                  "Content-Type: application/pkcs7-signature; name=smime.p7s\n"
                                  "Content-Transfer-Encoding: base64\n\nAAAA\n--s--\n");
        const Attachment* signature = find_type(m, "application/pkcs7-signature");
        REQUIRE(signature != nullptr);
        CHECK(signature->filename == "smime.p7s");
        CHECK_FALSE(signature->is_document());
    }
    SECTION("a bounce keeps the returned message as an attached message") {
        Message m = parse_message(
            "From: MAILER-DAEMON@example.com\nSubject: Undelivered\nContent-Type: "
            "multipart/report; report-type=delivery-status; boundary=r\n\n--r\n"
            "Content-Type: text/plain\n\nDelivery failed.\n--r\n"
            "Content-Type: message/delivery-status; name=details.txt\n\nReporting-MTA: dns; "
            "mx.example.com\n\nFinal-Recipient: rfc822; x@example.org\nAction: failed\n"
            "Status: 5.1.1\n--r\nContent-Type: text/rfc822-headers\n\nSubject: Quote 42\n"
            "--r\nContent-Type: message/rfc822\n\nFrom: rep@example.com\nSubject: Quote 42\n\n"
            "the quote\n--r--\n");
        const Attachment* status = find_type(m, "message/delivery-status");
        REQUIRE(status != nullptr);
        CHECK(status->filename == "details.txt");
        CHECK(status->technical);
        const Attachment* headers = find_type(m, "text/rfc822-headers");
        REQUIRE(headers != nullptr);
        CHECK(headers->technical);
        const Attachment* returned = find_type(m, "message/rfc822");
        REQUIRE(returned != nullptr);
        CHECK(returned->filename == "Quote 42.eml");
        CHECK(returned->is_document());
        CHECK(m.text.find("the quote") != std::string::npos);
    }
    SECTION("read receipt") {
        Message m = parse_message(
            "From: a@example.com\nContent-Type: multipart/report; "
            "report-type=disposition-notification; boundary=r\n\n--r\nContent-Type: "
            "text/plain\n\nRead.\n--r\nContent-Type: message/disposition-notification\n\n"
            "Final-Recipient: rfc822; a@example.com\nDisposition: manual-action/MDN-sent-"
            "manually; displayed\n--r--\n");
        const Attachment* receipt = find_type(m, "message/disposition-notification");
        REQUIRE(receipt != nullptr);
        CHECK_FALSE(receipt->is_document());
    }
    SECTION("nameless calendar and vCard are technical; named ones are documents") {
        Message m = parse_message(
            "From: a@example.com\nContent-Type: multipart/mixed; boundary=m\n\n--m\n"
            "Content-Type: text/plain\n\nInvitation\n--m\nContent-Type: text/calendar; "
            "method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--m\nContent-Type: text/x-vcard"
            "\n\nBEGIN:VCARD\nEND:VCARD\n--m\nContent-Type: text/calendar; name=invite.ics\n\n"
            "BEGIN:VCALENDAR\nEND:VCALENDAR\n--m--\n");
        REQUIRE(m.attachments.size() == 3);
        CHECK(m.attachments[0].technical);
        CHECK(m.attachments[1].technical);
        CHECK(m.attachments[2].filename == "invite.ics");
        CHECK(m.attachments[2].is_document());
    }
    SECTION("must stay a document: a PDF") {
        Message m = parse_message("From: a@example.com\nContent-Type: multipart/mixed; boundary="
                                  "m\n\n--m\nContent-Type: application/pdf\n\n%PDF-1.4\n--m--\n");
        REQUIRE(m.attachments.size() == 1);
        CHECK(m.attachments[0].is_document());
    }
}

TEST_CASE("MIME structure as RFC 2046 and Python read it", "[parsers][fidelity][issue21]") {
    SECTION("parts of a multipart/digest are attached messages") {
        Message m = parse_message(
            "From: list@example.com\nSubject: digest\nContent-Type: multipart/digest; "
            "boundary=d\n\n--d\n\nFrom: a@example.com\nSubject: first post\n\nhello\n--d\n\n"
            "From: b@example.com\nSubject: second post\n\nworld\n--d--\n");
        REQUIRE(m.attachments.size() == 2);
        CHECK(m.attachments[0].content_type == "message/rfc822");
        CHECK(m.attachments[0].filename == "first post.eml");
        CHECK(m.attachments[1].filename == "second post.eml");
        CHECK(m.attachments[1].content.find("world") != std::string::npos);
        CHECK(m.text.find("hello") != std::string::npos);
    }
    SECTION("another rendering in an alternative is no attachment") {
        Message m = parse_message(
            "From: a@example.com\nContent-Type: multipart/alternative; boundary=a\n\n--a\n"
            "Content-Type: text/plain\n\nplain\n--a\nContent-Type: text/enriched\n\n<bold>rich"
            "</bold>\n--a\nContent-Type: text/watch-html\n\n<b>watch</b>\n--a--\n");
        CHECK(m.attachments.empty());
        CHECK(m.text.find("plain") != std::string::npos);
    }
    SECTION("a Content-Type that is no type/subtype is plain text") {
        for (const char* type : {"text", "text/", "/", "<html>", "; name"}) {
            CAPTURE(type);
            Message m = parse_message(std::string("From: a@example.com\nContent-Type: multipart/"
                                                  "mixed; boundary=m\n\n--m\nContent-Type: ") +
                                      type + "\n\nthe body\n--m--\n");
            CHECK(m.attachments.empty());
            CHECK(m.text.find("the body") != std::string::npos);
        }
    }
}

TEST_CASE("addresses as Python's email reads them", "[parsers][fidelity][issue21]") {
    SECTION("a quoted local part keeps its blanks and quotes") {
        Message m = parse_message("From: <\"System Administrator\"@example.com>\n\nx\n");
        REQUIRE(m.from.size() == 1);
        CHECK(m.from[0].address == "\"System Administrator\"@example.com");
    }
    SECTION("a quoted local part outside angle brackets") {
        Message m = parse_message("From: \"john doe\"@example.com\n\nx\n");
        REQUIRE(m.from.size() == 1);
        CHECK(m.from[0].address == "\"john doe\"@example.com");
    }
    SECTION("quotes that are not needed are dropped") {
        Message m = parse_message("From: <\"john\"@example.com>\n\nx\n");
        REQUIRE(m.from.size() == 1);
        CHECK(m.from[0].address == "john@example.com");
    }
    SECTION("a nested comment names the mailbox without its parentheses") {
        Message m = parse_message("To: harley@argote.ch ((Robert Harley))\n\nx\n");
        REQUIRE(m.to.size() == 1);
        CHECK(m.to[0].name == "Robert Harley");
    }
}
