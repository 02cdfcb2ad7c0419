#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/address.hpp"

using mailclerk::parsers::Address;
using mailclerk::parsers::domain_of;
using mailclerk::parsers::normalize_address;
using mailclerk::parsers::parse_address_list;

namespace {
struct AddressRow {
    const char* name;
    const char* input;
    std::vector<Address> expected;
};
} // namespace

TEST_CASE("parse_address_list reads RFC 5322 address lists", "[parsers][address]") {
    const AddressRow rows[] = {
        {"bare address", "buyer@acme.com", {{"", "buyer@acme.com"}}},
        {"angle only", "<buyer@acme.com>", {{"", "buyer@acme.com"}}},
        {"display name", "John Smith <john@acme.com>", {{"John Smith", "john@acme.com"}}},
        {"quoted name with comma",
         R"("Smith, John" <john@acme.com>)",
         {{"Smith, John", "john@acme.com"}}},
        {"quoted name with escapes",
         R"("J \"Jack\" S" <j@acme.com>)",
         {{"J \"Jack\" S", "j@acme.com"}}},
        {"comment as name", "john@acme.com (John Smith)", {{"John Smith", "john@acme.com"}}},
        {"comment after angle ignored when there is a name",
         "John <j@a.com> (work)",
         {{"John", "j@a.com"}}},
        {"two addresses", "a@x.com, B <b@y.com>", {{"", "a@x.com"}, {"B", "b@y.com"}}},
        {"group",
         "Team: a@x.com, b@y.com;, c@z.com",
         {{"", "a@x.com"}, {"", "b@y.com"}, {"", "c@z.com"}}},
        {"empty group", "undisclosed-recipients:;", {}},
        {"encoded utf-8 name", "=?UTF-8?B?5Lit5paH?= <li@acme.cn>", {{"中文", "li@acme.cn"}}},
        {"encoded gb2312 name",
         "=?gb2312?B?1cXI/Q==?= <zhang@acme.cn>",
         {{"张三", "zhang@acme.cn"}}},
        {"encoded name in quotes",
         R"("=?utf-8?B?5Lit5paH?=" <li@acme.cn>)",
         {{"中文", "li@acme.cn"}}},
        {"encoded words joined",
         "=?utf-8?B?5Lit?= =?utf-8?B?5paH?= <li@acme.cn>",
         {{"中文", "li@acme.cn"}}},
        {"raw utf-8 name", "\xe5\xbc\xa0\xe4\xb8\x89 <zhang@acme.cn>", {{"张三", "zhang@acme.cn"}}},
        {"raw gbk name", "\xd5\xc5\xc8\xfd <zhang@acme.cn>", {{"张三", "zhang@acme.cn"}}},
        {"folded", "A <a@x.com>,\r\n\tB <b@y.com>", {{"A", "a@x.com"}, {"B", "b@y.com"}}},
        {"source route", "<@relay.example:a@x.com>", {{"", "a@x.com"}}},
        {"name repeating the address dropped", R"("a@x.com" <a@x.com>)", {{"", "a@x.com"}}},
        {"semicolon separated (Outlook)", "a@x.com; b@y.com", {{"", "a@x.com"}, {"", "b@y.com"}}},
        {"missing comma between mailboxes",
         "Bob D <bob@x.com> Bobby D <bobby@x.com>",
         {{"Bob D", "bob@x.com"}, {"Bobby D", "bobby@x.com"}}},
        {"a local mailbox without a domain", "postmaster", {{"", "postmaster"}}},
        {"raw gbk local part", "\xd5\xc5 <\xd5\xc5@x.cn>", {{"张", "张@x.cn"}}},
        {"raw latin-1 name (not gbk: a space follows)",
         "Jos\xe9 Li <jose@x.com>",
         {{"José Li", "jose@x.com"}}},
        {"must fail: an encoded name alone is no mailbox", "=?utf-8?B?5Lit5paH?=", {}},
        {"must fail: a quoted name alone is no mailbox", "\"Sales\"", {}},
        {"must fail: empty", "", {}},
        {"must fail: only words", "not an address", {}},
        {"must fail: empty angle", "<>", {}},
        {"must fail: unterminated angle", "A <a@x.com", {{"A", "a@x.com"}}},
        {"must fail: unterminated quote", "\"A <a@x.com>", {}},
        {"must fail: unterminated comment", "a@x.com (oops", {{"oops", "a@x.com"}}},
        {"must fail: stray separators", ",,;;,", {}},
    };
    for (const auto& row : rows) {
        SECTION(row.name) {
            CHECK(parse_address_list(row.input) == row.expected);
        }
    }
}

TEST_CASE("parse_address_list never returns invalid UTF-8", "[parsers][address]") {
    const std::string inputs[] = {
        std::string("\xff\xfe <a@\xff.com>"),
        std::string("a\0b@c.com", 9),
        "((((",
        "<<<>>>",
        "\"\\",
        "=?utf-8?B?/w==?= <a@b.c>",
        ":::;;;@@@",
    };
    for (const auto& input : inputs) {
        for (const auto& address : parse_address_list(input)) {
            CHECK(mailclerk::utf8::is_valid(address.name));
            CHECK(mailclerk::utf8::is_valid(address.address));
        }
    }
}

TEST_CASE("normalize_address and domain_of", "[parsers][address]") {
    CHECK(normalize_address("  <Buyer@ACME.com> ") == "buyer@acme.com");
    CHECK(normalize_address("Sales@Acme.COM.cn") == "sales@acme.com.cn");
    CHECK(normalize_address("") == "");
    CHECK(domain_of("buyer@acme.com") == "acme.com");
    CHECK(domain_of("weird@local@host.cn") == "host.cn");
    CHECK(domain_of("no-domain") == "");
    CHECK(domain_of("trailing@") == "");
}
