// Issue 5: customer matching rules (ARCHITECTURE.md "Customer matching"), the must-hold cases.
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"
#include "parsers/domain.hpp"

using namespace mailclerk::parsers;

namespace {

MatchRules directory() {
    MatchRules r;
    r.own_domains = {"ourco.com"};
    r.own_addresses = {"alice.ourco@gmail.com"};
    r.free_mail_domains = default_free_mail_domains();
    r.role_local_parts = default_role_local_parts();
    r.ignore_addresses = {"@icbc.com.cn", "promo@shop.example"};
    r.customers = {{"acme", "ACME", {"acme.com"}, {"bob@partner.com", "buyer.acme@gmail.com"}},
                   {"partner", "Partner Ltd", {"partner.com"}, {}},
                   {"ecpc", "华东石化", {"ecpc.com.cn"}, {}},
                   {"bigco-mail", "BigCo", {"mail.bigco.de"}, {}},
                   {"twin-a", "Twin A", {"twin.com"}, {}},
                   {"twin-b", "Twin B", {"twin.com"}, {}},
                   {"netease-vip", "NetEase buyer", {"vip.163.com"}, {}}};
    return r;
}

Message mail(std::string from, std::vector<std::string> to, std::vector<std::string> cc = {}) {
    Message m;
    m.from = {{"", std::move(from)}};
    for (auto& address : to)
        m.to.push_back({"", address});
    for (auto& address : cc)
        m.cc.push_back({"", address});
    m.subject = "Hello";
    return m;
}

std::vector<std::string> matches(const Classification& c) {
    std::vector<std::string> out;
    for (const auto& match : c.customers)
        out.push_back(match.slug + ":" + match.reason);
    return out;
}

using Slugs = std::vector<std::string>;

} // namespace

TEST_CASE("domains: IDN to punycode, registrable part, sub-domains", "[matching]") {
    CHECK(normalize_domain(" Example.COM. ") == "example.com");
    CHECK(normalize_domain("例子.中国") == "xn--fsqu00a.xn--fiqs8s");
    CHECK(canonical_address("<Wang@例子.中国>") == "wang@xn--fsqu00a.xn--fiqs8s");
    CHECK(registrable_domain("sales.acme.com.cn") == "acme.com.cn");
    CHECK(registrable_domain("a.b.example.co.uk") == "example.co.uk");
    CHECK(registrable_domain("com.cn") == "com.cn");
    CHECK(is_same_or_subdomain("sales.acme.com", "acme.com"));
    CHECK_FALSE(is_same_or_subdomain("notacme.com", "acme.com"));
}

TEST_CASE("matching: exact address beats domain", "[matching]") {
    // bob@partner.com is listed for ACME although partner.com belongs to Partner Ltd.
    auto c = classify(mail("Bob@Partner.com", {"sales@ourco.com"}), directory());
    CHECK(matches(c) == Slugs{"acme:address"});
    auto other = classify(mail("amy@partner.com", {"sales@ourco.com"}), directory());
    CHECK(matches(other) == Slugs{"partner:domain"});
}

TEST_CASE("matching: sub-domains go to their parent", "[matching]") {
    CHECK(matches(classify(mail("x@sales.ecpc.com.cn", {"a@ourco.com"}), directory())) ==
          Slugs{"ecpc:domain"});
    // The customer listed a mail host; a sibling host of the same registrable domain matches.
    CHECK(matches(classify(mail("x@vertrieb.bigco.de", {"a@ourco.com"}), directory())) ==
          Slugs{"bigco-mail:domain"});
    CHECK(matches(classify(mail("x@notacme.com", {"a@ourco.com"}), directory())).empty());
    // A public suffix claimed by mistake takes nobody's mail.
    auto rules = directory();
    rules.customers.push_back({"oops", "Oops", {"com.cn"}, {}});
    CHECK(matches(classify(mail("x@other.com.cn", {"a@ourco.com"}), rules)).empty());
    CHECK(is_public_suffix("com.cn"));
    CHECK_FALSE(is_public_suffix("ecpc.com.cn"));
}

TEST_CASE("matching: own domains and ignore lists never match", "[matching]") {
    auto rules = directory();
    rules.customers.push_back({"selfie", "Us by mistake", {"ourco.com"}, {"promo@shop.example"}});
    auto c = classify(mail("a@ourco.com", {"b@eu.ourco.com", "alice.ourco@gmail.com"}), rules);
    CHECK(c.direction == Direction::internal);
    CHECK(c.customers.empty());
    auto ignored = classify(mail("alerts@notice.icbc.com.cn", {"a@ourco.com"}), rules);
    CHECK(ignored.customers.empty());
    REQUIRE(ignored.excluded.size() == 2);
    CHECK(ignored.excluded[0].why == "ignored");
    CHECK(ignored.excluded[1].why == "own");
    CHECK(classify(mail("promo@shop.example", {"a@ourco.com"}), rules).customers.empty());
    for (const char* role : {"noreply@acme.com", "no-reply@acme.com", "MAILER-DAEMON@acme.com",
                             "bounce+abc@acme.com", "newsletter@acme.com"}) {
        auto r = classify(mail(role, {"a@ourco.com"}), rules);
        CAPTURE(role);
        CHECK(r.customers.empty());
        REQUIRE(r.excluded.size() == 2);
        CHECK(r.excluded[0].why == "role");
    }
}

TEST_CASE("matching: free-mail only by exact address", "[matching]") {
    auto rules = directory();
    CHECK(matches(classify(mail("buyer.acme@gmail.com", {"a@ourco.com"}), rules)) ==
          Slugs{"acme:address"});
    auto stranger = classify(mail("stranger@gmail.com", {"a@ourco.com"}), rules);
    CHECK(stranger.customers.empty());
    REQUIRE(stranger.participants.size() == 1);
    CHECK(stranger.participants[0].note == "free-mail");
    // Even a customer claiming the parent of a free-mail host does not take its users...
    rules.customers.push_back({"qq-fan", "QQ fan", {"qq.com"}, {}});
    CHECK(matches(classify(mail("x@vip.qq.com", {"a@ourco.com"}), rules)).empty());
    // ...but an explicit claim of exactly that domain does.
    CHECK(matches(classify(mail("x@qq.com", {"a@ourco.com"}), rules)) == Slugs{"qq-fan:domain"});
    CHECK(matches(classify(mail("x@vip.163.com", {"a@ourco.com"}), rules)) ==
          Slugs{"netease-vip:domain"});
    for (const char* free : {"a@163.com", "a@foxmail.com", "a@yahoo.co.jp", "a@yahoo.com.tw",
                             "a@hotmail.co.uk", "a@sina.cn", "a@icloud.com"}) {
        CAPTURE(free);
        CHECK(is_free_mail(canonical_address(free).substr(2), rules));
    }
}

TEST_CASE("matching: one message with two customers in To/Cc files under both", "[matching]") {
    auto c = classify(mail("a@ourco.com", {"wang@ecpc.com.cn"}, {"amy@partner.com"}), directory());
    CHECK(matches(c) == Slugs{"partner:domain", "ecpc:domain"});
}

TEST_CASE("matching: a domain claimed by two customers goes to review", "[matching]") {
    auto c = classify(mail("x@twin.com", {"a@ourco.com"}), directory());
    CHECK(c.customers.empty());
    REQUIRE(c.ambiguous.size() == 1);
    CHECK(c.ambiguous[0].claimed == "twin.com");
    CHECK(c.ambiguous[0].slugs == Slugs{"twin-a", "twin-b"});
    CHECK(c.participants[0].note == "ambiguous domain");
}

TEST_CASE("matching: thread inheritance comes first, bulk mail stays unmatched", "[matching]") {
    auto m = mail("x@gmail.com", {"a@ourco.com"});
    m.references = {"root@x", "parent@x"};
    ThreadLookup lookup = [](const std::vector<std::string>& ids) {
        return ids.size() == 2 ? Slugs{"ecpc"} : Slugs{};
    };
    CHECK(matches(classify(m, directory(), lookup)) == Slugs{"ecpc:thread"});
    m.precedence = "bulk";
    CHECK(classify(m, directory(), lookup).customers.empty());
}

TEST_CASE("matching: a colleague's inline forward is filed under the forwarded sender",
          "[matching][fix9]") {
    auto forward = mail("pieter@ourco.com", {"thandi@ourco.com"});
    forward.subject = "Fwd: price change";
    forward.text = "Thandi, FYI – their new prices from 1 August.\n\n"
                   "---------- Forwarded message ---------\n"
                   "From: Kovács Péter <kovacs.peter@acme.com>\n"
                   "Date: Mon, 6 Jul 2026 at 09:12\n"
                   "Subject: price change\n\n"
                   "Dear Mr. van Wyk, our prices change.\n";
    auto c = classify(forward, directory());
    CHECK(c.direction == Direction::internal);
    CHECK(matches(c) == Slugs{"acme:domain"});
    // German mail programs write "Von:".
    forward.text = "FYI\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Preise\n"
                   "Von: Einkauf <einkauf@partner.com>\n\nNeue Preise.\n";
    CHECK(matches(classify(forward, directory())) == Slugs{"partner:domain"});
    // must not change: a forward of our own colleague's mail, a quoted reply (no forward
    // intro), and a forward that an outside sender sends us (inbound: the sender decides).
    forward.text = "FYI\n\n---------- Forwarded message ---------\n"
                   "From: Alice <alice@ourco.com>\n\nInternal note.\n";
    CHECK(classify(forward, directory()).customers.empty());
    forward.text = "See below.\n\nFrom: Kovács Péter <kovacs.peter@acme.com>\nSent: Monday\n"
                   "Subject: price change\n\nOld text.\n";
    CHECK(classify(forward, directory()).customers.empty());
    auto inbound = mail("jan@partner.com", {"a@ourco.com"});
    inbound.text = "FYI\n\n---------- Forwarded message ---------\n"
                   "From: Someone <x@acme.com>\n\nText.\n";
    CHECK(matches(classify(inbound, directory())) == Slugs{"partner:domain"});
}
