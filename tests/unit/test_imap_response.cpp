#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "daemon/imap/client.hpp"
#include "daemon/imap/connection.hpp"
#include "daemon/imap/response.hpp"

using namespace mailclerk::imap;
using namespace std::string_literals;

namespace Catch {
template <> struct StringMaker<Response> {
    static std::string convert(const Response& r) {
        std::string out = "{" + StringMaker<std::string>::convert(r.tag) + ", " +
                          StringMaker<std::string>::convert(r.text);
        for (const std::string& literal : r.literals)
            out += ", " + StringMaker<std::string>::convert(literal);
        return out + "}";
    }
};
} // namespace Catch

namespace {

std::string literal(const std::string& bytes) {
    return "{" + std::to_string(bytes.size()) + "}\r\n" + bytes;
}

// A message body that looks like protocol: ")", CRLF, untagged and tagged lines, 8-bit, NUL.
const std::string k_tricky = "Subject: a) b\r\n"
                             "* 2 FETCH (UID 99 BODY[] {3}\r\n"
                             "M7 OK fake completion\r\n"
                             "\r\n"
                             "\xe4\xb8\xad\xe6\x96\x87 \xff\xfe bytes\r\n"
                             "NUL:\0:end)\r\n"
                             ")"s;

struct Case {
    const char* name;
    std::string stream;
    std::vector<Response> expected;
};

std::vector<Case> cases() {
    const std::string body2 = "Message-ID: <b@x>\r\n\r\nhi\r\n";
    const std::string header = "Message-ID: <a@x>\r\n\r\n";
    return {
        {"tagged OK", "M1 OK done\r\n", {{"M1", "OK done", {}}}},
        {"bare LF and a lone tag", "* OK hi\n+\r\n", {{"*", "OK hi", {}}, {"+", "", {}}}},
        {"tricky literal then completion",
         "* 1 FETCH (UID 5 RFC822.SIZE 77 BODY[] " + literal(k_tricky) + ")\r\nM7 OK done\r\n",
         {{"*",
           "1 FETCH (UID 5 RFC822.SIZE 77 BODY[] {" + std::to_string(k_tricky.size()) + "})",
           {k_tricky}},
          {"M7", "OK done", {}}}},
        {"several messages, items in any order, NIL",
         "* 1 FETCH (BODY[] " + literal(body2) +
             " UID 10 RFC822.SIZE 27)\r\n"
             "* 2 FETCH (UID 11 BODY[] NIL)\r\n"
             "* 3 FETCH (FLAGS (\\Seen))\r\n"
             "* 4 FETCH (RFC822.SIZE 3 UID 12 BODY[] {3+}\r\nabc)\r\n",
         {{"*", "1 FETCH (BODY[] {25} UID 10 RFC822.SIZE 27)", {body2}},
          {"*", "2 FETCH (UID 11 BODY[] NIL)", {}},
          {"*", "3 FETCH (FLAGS (\\Seen))", {}},
          {"*", "4 FETCH (RFC822.SIZE 3 UID 12 BODY[] {3+})", {"abc"}}}},
        {"two literals in one response, one empty",
         "* 5 FETCH (BODY[HEADER.FIELDS (MESSAGE-ID)] " + literal(header) +
             " BODY[] {0}\r\n UID 3)\r\n",
         {{"*", "5 FETCH (BODY[HEADER.FIELDS (MESSAGE-ID)] {21} BODY[] {0} UID 3)", {header, ""}}}},
        {"ESEARCH and SEARCH",
         "* ESEARCH (TAG \"M3\") UID ALL 1:5,7\r\n* SEARCH 3 1 2\r\nM3 OK\r\n",
         {{"*", "ESEARCH (TAG \"M3\") UID ALL 1:5,7", {}},
          {"*", "SEARCH 3 1 2", {}},
          {"M3", "OK", {}}}},
        {"LIST with a literal and a mUTF-7 name",
         "* LIST (\\HasNoChildren) \"/\" {6}\r\na\"b)\r\n\r\n"
         "* LIST (\\HasNoChildren \\Sent) \"/\" \"&XfJT0ZAB-\"\r\n",
         {{"*", "LIST (\\HasNoChildren) \"/\" {6}", {"a\"b)\r\n"}},
          {"*", "LIST (\\HasNoChildren \\Sent) \"/\" \"&XfJT0ZAB-\"", {}}}},
        {"tagged NO and BAD",
         "M4 NO [TRYCREATE] No such mailbox\r\nM5 BAD Error in IMAP command\r\n",
         {{"M4", "NO [TRYCREATE] No such mailbox", {}}, {"M5", "BAD Error in IMAP command", {}}}},
    };
}

std::vector<Response> drain(ResponseReader& reader) {
    std::vector<Response> out;
    while (auto response = reader.pop())
        out.push_back(std::move(*response));
    return out;
}

std::vector<Response> read_split(const std::string& stream, size_t cut) {
    ResponseReader reader;
    reader.feed(std::string_view(stream).substr(0, cut));
    std::vector<Response> out = drain(reader);
    reader.feed(std::string_view(stream).substr(cut));
    for (Response& response : drain(reader))
        out.push_back(std::move(response));
    REQUIRE_FALSE(reader.error());
    return out;
}

std::vector<Response> read_bytewise(const std::string& stream) {
    ResponseReader reader;
    std::vector<Response> out;
    for (char c : stream) {
        reader.feed(std::string_view(&c, 1));
        for (Response& response : drain(reader))
            out.push_back(std::move(response));
    }
    return out;
}

} // namespace

TEST_CASE("imap reader frames responses the same at every chunking", "[imap]") {
    for (const Case& c : cases()) {
        INFO("case: " << c.name);
        CHECK(read_split(c.stream, c.stream.size()) == c.expected);
        CHECK(read_bytewise(c.stream) == c.expected);
        for (size_t cut = 0; cut <= c.stream.size(); ++cut) {
            INFO("split at byte " << cut);
            REQUIRE(read_split(c.stream, cut) == c.expected);
        }
    }
}

TEST_CASE("imap reader reads a line of any length", "[imap]") {
    std::string line = "* SEARCH";
    for (int i = 1; i <= 30000; ++i)
        line += " " + std::to_string(i);
    ResponseReader reader;
    reader.feed(line + "\r\n");
    auto response = reader.pop();
    REQUIRE(response);
    auto numbers = parse_search(*response);
    REQUIRE(numbers);
    CHECK(numbers->size() == 30000);
    CHECK(numbers->back() == 30000);
}

TEST_CASE("imap reader fails on a literal size beyond 64 bits", "[imap]") {
    ResponseReader reader;
    reader.feed("* 1 FETCH (BODY[] {99999999999999999999999}\r\nabc");
    CHECK_FALSE(reader.pop());
    REQUIRE(reader.error());
}

TEST_CASE("imap reader refuses a literal over 1 GiB before buffering it", "[imap]") {
    ResponseReader reader;
    reader.feed("* 1 FETCH (BODY[] {1073741825}\r\nabc");
    CHECK_FALSE(reader.pop());
    REQUIRE(reader.error());
    CHECK(*reader.error() == "literal size {1073741825} is too large (limit 1 GiB)");
    ResponseReader fine;
    fine.feed("* 1 FETCH (BODY[] {1073741824}\r\nabc");
    CHECK_FALSE(fine.error());
}

TEST_CASE("imap fetch parses the same at every chunking", "[imap]") {
    Case c = cases()[2];
    FetchData expected;
    expected.sequence = 1;
    expected.uid = 5;
    expected.size = 77;
    expected.body = k_tricky;
    for (size_t cut = 0; cut <= c.stream.size(); ++cut) {
        std::vector<Response> responses = read_split(c.stream, cut);
        REQUIRE(responses.size() == 2);
        auto data = parse_fetch(std::move(responses[0]));
        REQUIRE(data);
        REQUIRE(*data == expected);
    }
}

TEST_CASE("imap fetch reads items in any order and NIL bodies", "[imap]") {
    std::vector<Response> responses = read_split(cases()[3].stream, 0);
    REQUIRE(responses.size() == 4);
    auto first = parse_fetch(std::move(responses[0]));
    REQUIRE(first);
    CHECK(first->uid == 10u);
    CHECK(first->size == 27u);
    CHECK(first->body == "Message-ID: <b@x>\r\n\r\nhi\r\n");
    auto nil = parse_fetch(std::move(responses[1]));
    REQUIRE(nil);
    CHECK(nil->uid == 11u);
    CHECK(nil->body == "");
    CHECK(nil->body_nil);
    auto flags = parse_fetch(std::move(responses[2]));
    REQUIRE(flags);
    CHECK_FALSE(flags->body);
    CHECK_FALSE(flags->uid);
    auto plus = parse_fetch(std::move(responses[3]));
    REQUIRE(plus);
    CHECK(plus->uid == 12u);
    CHECK(plus->body == "abc");
}

TEST_CASE("imap fetch reads a header section and a Message-ID", "[imap]") {
    std::vector<Response> responses = read_split(cases()[4].stream, 0);
    REQUIRE(responses.size() == 1);
    auto data = parse_fetch(std::move(responses[0]));
    REQUIRE(data);
    CHECK(data->uid == 3u);
    CHECK(data->header == "Message-ID: <a@x>\r\n\r\n");
    CHECK(data->body == "");
    CHECK_FALSE(data->body_nil);
    CHECK(header_message_id(*data->header) == "a@x");
}

TEST_CASE("imap Message-ID extraction", "[imap]") {
    CHECK(header_message_id("Message-ID: <a@b>\r\n\r\n") == "a@b");
    CHECK(header_message_id("message-id:\r\n   <folded@b>  \r\n\r\n") == "folded@b");
    CHECK(header_message_id("Message-Id: bare@b\r\n") == "bare@b");
    CHECK(header_message_id("\r\n") == "");
    CHECK(header_message_id("") == "");
}

TEST_CASE("imap fetch rejects garbage", "[imap]") {
    const char* const bad[] = {"1 FETCH (UID)",  "1 FETCH (UID x)",      "1 FETCH UID 5",
                               "1 FETCH (UID 5", "1 FETCH (BODY[] (a))", "FETCH (UID 5)"};
    for (const char* text : bad) {
        INFO(text);
        CHECK_FALSE(parse_fetch(Response{"*", text, {}}));
    }
}

TEST_CASE("imap status responses", "[imap]") {
    auto no = parse_status(Response{"M4", "NO [TRYCREATE] No such mailbox", {}});
    REQUIRE(no);
    CHECK(no->kind == StatusKind::no);
    CHECK(no->code == "TRYCREATE");
    CHECK(no->text == "No such mailbox");
    auto bad = parse_status(Response{"M5", "bad Error in IMAP command", {}});
    REQUIRE(bad);
    CHECK(bad->kind == StatusKind::bad);
    CHECK(bad->code.empty());
    auto ok = parse_status(Response{"M6", "OK", {}});
    REQUIRE(ok);
    CHECK(ok->kind == StatusKind::ok);
    CHECK_FALSE(parse_status(Response{"*", "3 EXISTS", {}}));
    CHECK_FALSE(parse_status(Response{"+", "OK", {}}));
}

TEST_CASE("imap capabilities from CAPABILITY data and response codes", "[imap]") {
    auto data = parse_capabilities(Response{"*", "CAPABILITY IMAP4rev1 literal+ ID", {}});
    REQUIRE(data);
    CHECK(*data == std::vector<std::string>{"IMAP4REV1", "LITERAL+", "ID"});
    auto code = parse_capabilities(
        Response{"A002", "OK [CAPABILITY IMAP4rev1 SPECIAL-USE ESEARCH] Logged in", {}});
    REQUIRE(code);
    CHECK(*code == std::vector<std::string>{"IMAP4REV1", "SPECIAL-USE", "ESEARCH"});
    CHECK_FALSE(parse_capabilities(Response{"M1", "OK [READ-ONLY] done", {}}));
}

TEST_CASE("imap LIST with quoted, atom, literal and NIL-delimited names", "[imap]") {
    std::vector<Response> responses = read_split(cases()[6].stream, 0);
    REQUIRE(responses.size() == 2);
    auto literal_name = parse_list(responses[0]);
    REQUIRE(literal_name);
    CHECK(literal_name->mailbox == "a\"b)\r\n");
    CHECK(literal_name->delimiter == '/');
    auto sent = parse_list(responses[1]);
    REQUIRE(sent);
    CHECK(sent->mailbox == "&XfJT0ZAB-");
    CHECK(sent->attributes == std::vector<std::string>{"\\HasNoChildren", "\\Sent"});
    CHECK(decode_mutf7(sent->mailbox) == "\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81");

    auto atom = parse_list(Response{"*", "LIST () \".\" INBOX", {}});
    REQUIRE(atom);
    CHECK(atom->mailbox == "INBOX");
    CHECK(atom->delimiter == '.');
    auto flat = parse_list(Response{"*", "LIST (\\Noselect) NIL \"\"", {}});
    REQUIRE(flat);
    CHECK(flat->delimiter == '\0');
    auto escaped = parse_list(Response{"*", R"(LIST () "\\" "a\"b\\c")", {}});
    REQUIRE(escaped);
    CHECK(escaped->delimiter == '\\');
    CHECK(escaped->mailbox == "a\"b\\c");
    auto extended =
        parse_list(Response{"*", R"(LIST (\Subscribed) "/" "x" ("CHILDINFO" ("SUBSCRIBED")))", {}});
    REQUIRE(extended);
    CHECK(extended->mailbox == "x");
    CHECK_FALSE(parse_list(Response{"*", "LIST \"/\" INBOX", {}}));
}

TEST_CASE("imap STATUS and EXAMINE data", "[imap]") {
    auto status = parse_mailbox_status(
        Response{"*", "STATUS \"Sent\" (MESSAGES 4 UIDNEXT 9 UIDVALIDITY 1712345678)", {}});
    REQUIRE(status);
    CHECK(status->mailbox == "Sent");
    CHECK(status->messages == 4u);
    CHECK(status->uidnext == 9u);
    CHECK(status->uidvalidity == 1712345678u);
    auto literal_name = parse_mailbox_status(Response{"*", "STATUS {4} (UIDVALIDITY 3)", {"a b)"}});
    REQUIRE(literal_name);
    CHECK(literal_name->mailbox == "a b)");
    CHECK_FALSE(literal_name->uidnext);

    SelectData data;
    for (const Response& r : {Response{"*", "FLAGS (\\Seen)", {}}, Response{"*", "7 EXISTS", {}},
                              Response{"*", "0 RECENT", {}},
                              Response{"*", "OK [UIDVALIDITY 3857529045] UIDs valid", {}},
                              Response{"*", "OK [UIDNEXT 4392] Predicted next UID", {}},
                              Response{"M2", "OK [READ-ONLY] Examine completed", {}}})
        collect_select_data(r, data);
    CHECK(data.exists == 7u);
    CHECK(data.uidvalidity == 3857529045u);
    CHECK(data.uidnext == 4392u);
}

TEST_CASE("imap SEARCH and ESEARCH results", "[imap]") {
    std::vector<Response> responses = read_split(cases()[5].stream, 0);
    auto extended = parse_search(responses[0]);
    REQUIRE(extended);
    CHECK(*extended == std::vector<uint32_t>{1, 2, 3, 4, 5, 7});
    auto plain = parse_search(responses[1]);
    REQUIRE(plain);
    CHECK(*plain == std::vector<uint32_t>{1, 2, 3});
    auto empty = parse_search(Response{"*", "ESEARCH (TAG \"M3\") UID", {}});
    REQUIRE(empty);
    CHECK(empty->empty());
    auto counted = parse_search(Response{"*", "ESEARCH UID COUNT 2 ALL 9,4:3", {}});
    REQUIRE(counted);
    CHECK(*counted == std::vector<uint32_t>{3, 4, 9});
    CHECK(parse_search(Response{"*", "SEARCH", {}})->empty());
    CHECK_FALSE(parse_search(Response{"*", "SEARCH 1 x", {}}));
    CHECK_FALSE(parse_search(Response{"*", "ESEARCH UID ALL 1:*", {}}));
}

TEST_CASE("imap uid sets", "[imap]") {
    CHECK(uid_set({}) == "");
    CHECK(uid_set({5}) == "5");
    CHECK(uid_set({1, 2, 3, 5, 7, 8, 9}) == "1:3,5,7:9");
    CHECK(uid_set({9, 1, 2, 2}) == "1:2,9");
    // Long sets are cut at a range boundary, never inside one, and lose nothing.
    CHECK(mailclerk::imap::uid_sets({}, 10).empty());
    CHECK(mailclerk::imap::uid_sets({1, 2, 3, 5, 7, 8, 9, 11}, 6) ==
          std::vector<std::string>{"1:3,5", "7:9,11"});
    std::vector<uint32_t> sparse;
    for (uint32_t uid = 1; uid < 200000; uid += 2)
        sparse.push_back(uid);
    auto sets = mailclerk::imap::uid_sets(sparse);
    size_t count = 0;
    for (const std::string& set : sets) {
        CHECK(set.size() <= 4000);
        count += static_cast<size_t>(std::count(set.begin(), set.end(), ',')) + 1;
    }
    CHECK(count == sparse.size());
    CHECK(sets.size() > 1);
}

TEST_CASE("imap command arguments are quoted or sent as literals", "[imap]") {
    Command quoted("SELECT ");
    quoted.astring(R"(a "b" \c)", false).text(" x");
    CHECK(quoted.parts() == std::vector<std::string>{R"(SELECT "a \"b\" \\c" x)"});
    Command plus("CREATE ");
    plus.astring("caf\xc3\xa9", true);
    CHECK(plus.parts() == std::vector<std::string>{"CREATE {5+}\r\ncaf\xc3\xa9"});
    Command sync("UID COPY 1 ");
    sync.astring("a\r\nb", false).text(" tail");
    CHECK(sync.parts() == std::vector<std::string>{"UID COPY 1 {4}\r\n", "a\r\nb tail"});
}
