// Issue 20: the daily digest as text, HTML and a MIME mail read back by our own parser, in
// English and Chinese; the [today] and [smtp] config; the product view across customers.
#include <catch2/catch.hpp>

#include "config/config.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/today/digest.hpp"
#include "daemon/today/digest_mail.hpp"
#include "parsers/mime.hpp"
#include "parsers/price_terms.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

constexpr int64_t k_now = 1793698920; // 2026-11-03 09:42 UTC

std::vector<today::Item> team() {
    today::Item inquiry;
    inquiry.id = "unanswered-inquiry:0123456789ab";
    inquiry.state = today::State::unanswered_inquiry;
    inquiry.customer_id = 1;
    inquiry.customer = "acme";
    inquiry.customer_name = "ACME <Corp>";
    inquiry.subject = "Inquiry: DN50 & DN80";
    inquiry.message_row = 42;
    inquiry.since = k_now - 3 * 86400;
    inquiry.reps = {"alice"};
    today::Item follow_up;
    follow_up.id = "follow-up-due:华东石化";
    follow_up.state = today::State::follow_up_due;
    follow_up.customer_id = 2;
    follow_up.customer = "华东石化";
    follow_up.customer_name = "华东石化";
    follow_up.since = k_now - 40 * 86400;
    follow_up.reps = {"bob"};
    return {inquiry, follow_up};
}

const today::DigestContext k_context{"2026-11-03", k_now, "https://mc.example"};

} // namespace

TEST_CASE("digest: a rep's items only, with links, in their language", "[today][digest]") {
    auto alice =
        today::compose_digest({"alice", false, "alice@ourco.com", false}, team(), k_context);
    REQUIRE(alice);
    CHECK(alice->items == 1);
    CHECK(alice->subject == "Today: 1 item needs you");
    CHECK(contains(alice->text, "1 item needs you today (2026-11-03)"));
    CHECK(contains(alice->text, "Unanswered inquiries (1)"));
    CHECK(contains(alice->text, "- ACME <Corp>: Inquiry: DN50 & DN80 (3 d)"));
    CHECK(contains(alice->text, "https://mc.example/messages/42"));
    CHECK(contains(alice->text, "id: unanswered-inquiry:0123456789ab"));
    CHECK_FALSE(contains(alice->text, "华东石化"));
    // HTML: escaped, linked.
    CHECK(contains(alice->html, "ACME &lt;Corp&gt;"));
    CHECK(contains(alice->html, "Inquiry: DN50 &amp; DN80"));
    CHECK(contains(alice->html, "<a href=\"https://mc.example/messages/42\">"));
    CHECK_FALSE(contains(alice->html, "<Corp>"));

    auto bob = today::compose_digest({"bob", false, "bob@ourco.com", true}, team(), k_context);
    REQUIRE(bob);
    CHECK(bob->subject == "今日待办：1 项");
    CHECK(contains(bob->text, "重点客户需跟进 (1)"));
    CHECK(contains(bob->text, "https://mc.example/customers/%E5%8D%8E%E4%B8%9C%E7%9F%B3%E5%8C%96"));
    CHECK(contains(bob->text, "最近邮件 2026-09-24 (40 天)"));

    CHECK_FALSE(today::compose_digest({"carol", false, "", false}, team(), k_context));
}

TEST_CASE("digest: a manager's team summary counts every rep's items", "[today][digest]") {
    auto boss = today::compose_digest({"boss", true, "", false}, team(), k_context);
    REQUIRE(boss);
    CHECK(boss->items == 2);
    CHECK(boss->subject == "Team today: 2 open items");
    CHECK(contains(boss->text, "Team summary for 2026-11-03: 2 open items."));
    CHECK(contains(boss->text, "  alice: 1 Unanswered inquiries"));
    CHECK(contains(boss->text, "  bob: 1 Key accounts due for follow-up"));
    CHECK(contains(boss->text, "[alice]"));
    CHECK(contains(boss->html, "<td>bob</td>"));
}

TEST_CASE("digest mail: headers, both parts, and what a parser reads back", "[today][digest]") {
    auto bob = today::compose_digest({"bob", false, "bob@ourco.com", true}, team(), k_context);
    REQUIRE(bob);
    std::string mail =
        today::digest_mail(*bob, {"销售助手 mailclerk", "mailclerk@ourco.com", "bob@ourco.com",
                                  "mailclerk-digest.2026-11-03.x@ourco.com", 1793698920});
    CHECK(contains(mail, "\r\nDate: Tue, 03 Nov 2026 09:42:00 +0000\r\n"));
    CHECK(contains(mail, "\r\nAuto-Submitted: auto-generated\r\n"));
    CHECK(contains(mail, "\r\nMessage-ID: <mailclerk-digest.2026-11-03.x@ourco.com>\r\n"));
    CHECK(mail.find('\n') == mail.find("\r\n") + 1); // CRLF line ends
    for (size_t at = mail.find('\n'); at != std::string::npos; at = mail.find('\n', at + 1))
        REQUIRE(mail[at - 1] == '\r');
    parsers::Message read = parsers::parse_message(mail);
    CHECK(read.subject == "今日待办：1 项");
    REQUIRE(read.from.size() == 1);
    CHECK(read.from[0].name == "销售助手 mailclerk");
    CHECK(read.from[0].address == "mailclerk@ourco.com");
    CHECK(read.auto_submitted);
    CHECK(contains(read.text, "重点客户需跟进"));
    CHECK(contains(read.html, "<!doctype html><html lang=\"zh-CN\">"));
    CHECK(read.flags.empty());
}

TEST_CASE("digest mail: long non-ASCII subjects fold into words of at most 75", "[today][digest]") {
    std::string subject;
    for (int i = 0; i < 40; ++i)
        subject += "询价";
    std::string folded = today::header_words(subject);
    size_t start = 0;
    for (;;) {
        size_t end = folded.find("\r\n ", start);
        std::string word = folded.substr(start, end == std::string::npos ? end : end - start);
        CHECK(word.size() <= 75);
        CHECK(word.starts_with("=?UTF-8?B?"));
        if (end == std::string::npos) break;
        start = end + 3;
    }
    parsers::Message read = parsers::parse_message("Subject: " + folded + "\r\n\r\nx");
    CHECK(read.subject == subject);
    CHECK(today::header_words("plain") == "plain");
    CHECK(today::split_mailbox("\"Team, Sales\" <sales@ourco.com>") ==
          std::pair<std::string, std::string>{"Team, Sales", "sales@ourco.com"});
}

TEST_CASE("config: [today] and [smtp]", "[today][config]") {
    auto parse = [](const std::string& tail) {
        return config::parse("[archive]\nroot = \"/srv\"\n" + tail, "/etc/mc.toml");
    };
    auto ok = parse("[today]\nworkdays = [\"mon\", \"Sat\"]\nhours = \"08:30-17:00\"\n"
                    "timezone = \"Asia/Shanghai\"\nholidays = [\"2026-10-01\"]\n"
                    "digest_time = \"07:45\"\ndeliver = \"append\"\nweb_url = \"https://x/\"\n");
    REQUIRE(ok);
    CHECK(ok->today.workdays == std::vector<std::string>{"mon", "sat"});
    CHECK(ok->today.day_start == 8 * 60 + 30);
    CHECK(ok->today.day_end == 17 * 60);
    CHECK(ok->today.digest_minutes == 7 * 60 + 45);
    CHECK(ok->today.web_url == "https://x");
    struct Bad {
        std::string text, message;
    };
    const Bad bad[] = {
        {"[today]\nworkdays = [\"monday\"]\n",
         "/etc/mc.toml:4: today.workdays: 'monday' is not one of mon, tue, wed, thu, fri, sat, "
         "sun"},
        {"[today]\nhours = \"18:00-09:00\"\n",
         "/etc/mc.toml:4: today.hours: write \"HH:MM-HH:MM\", the start before the end "
         "(\"09:00-18:00\")"},
        {"[today]\ntimezone = \"Mars/Olympus\"\n",
         "/etc/mc.toml:4: today.timezone: 'Mars/Olympus' is not a zone of the system's tzdata "
         "(e.g. \"Asia/Shanghai\")"},
        {"[today]\nholidays = [\"2026-02-30\"]\n",
         "/etc/mc.toml:4: today.holidays: '2026-02-30' is not a date \"YYYY-MM-DD\""},
        {"[today]\ndigest_time = \"8:30\"\n",
         "/etc/mc.toml:4: today.digest_time: write \"HH:MM\" (24 h), e.g. \"08:30\""},
        {"[today]\nreply_hour = 3\n", "/etc/mc.toml:4: today.reply_hour: unknown key (did you "
                                      "mean 'reply_hours'?)"},
        {"[today]\ndigest_time = \"08:30\"\n",
         "/etc/mc.toml:3: today.deliver: the digest goes out by SMTP but [smtp] has no url"},
        {"[smtp]\nurl = \"http://mail\"\n",
         "/etc/mc.toml:3: smtp.url: must start with smtp:// or smtps://"},
        {"[smtp]\nurl = \"smtp://mail\"\nuser = \"x\"\n",
         "/etc/mc.toml:3: smtp: with a user give exactly one of password_command, password_file, "
         "password_env, oauth2_token_command; without one, none"},
    };
    for (const Bad& b : bad) {
        auto parsed = parse(b.text);
        INFO(b.text);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message == b.message);
        CHECK(parsed.error().code == ErrorCode::config);
    }
    CHECK(parse("[today]\ndigest_time = \"08:30\"\n[smtp]\nurl = \"smtp://mail:587\"\n"));
}

TEST_CASE("product: every customer's latest price of one product", "[today][prices][store]") {
    test::TempDir dir;
    parsers::MatchRules rules;
    rules.own_domains = {"ourco.com"};
    rules.customers = {{"acme", "ACME Corp", {"acme.com"}, {}},
                       {"beta", "Beta Pumps", {"beta-pumps.com"}, {}}};
    store::Archive archive{dir.path()};
    auto index = store::Index::open(dir.path() / "index.sqlite");
    REQUIRE(index);
    app::Pipeline pipeline(rules, archive, *index);
    auto quote = [&](const std::string& to, const std::string& date, const std::string& rows) {
        std::string raw = "From: Li <li@ourco.com>\nTo: " + to +
                          "\nSubject: Quotation\nDate: " + date +
                          "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                          "Our prices (FOB Ningbo, USD):\n\n"
                          "Description                 Model     MOQ        Unit Price\n" +
                          rows + "\nBest regards\n";
        REQUIRE(pipeline.ingest(raw, {"file", "", to + date, 0, 0}));
        REQUIRE(pipeline.flush());
    };
    quote("tom@acme.com", "Tue, 03 Nov 2026 09:00:00 +0800",
          "Stainless steel ball valve  SV-100    500 pcs    12.50\n"
          "Gate valve                  GV-50     100 pcs    30.00\n");
    quote("tom@acme.com", "Thu, 12 Nov 2026 09:00:00 +0800",
          "Stainless steel ball valve  SV-100    500 pcs    11.80\n");
    quote("li@beta-pumps.com", "Fri, 06 Nov 2026 09:00:00 +0800",
          "Stainless steel ball valve  SV-100    100 pcs    13.00\n"
          "Big ball valve              SV-1000   10 pcs     99.00\n");
    auto show = [&](const std::string& query) {
        auto found = index->product_prices(query, 100);
        REQUIRE(found);
        std::vector<std::string> out;
        for (const store::ProductPrice& p : *found) {
            REQUIRE(p.quoted);
            CHECK_FALSE(p.agreed);
            out.push_back(p.slug + " " + p.quoted->item.model + " " + p.quoted->item.unit_price +
                          " " + p.quoted->item.status + (p.exact ? " exact" : ""));
        }
        return out;
    };
    using Lines = std::vector<std::string>;
    CHECK(show("sv-100") ==
          Lines{"acme SV-100 11.80 quoted exact", "beta SV-100 13.00 quoted exact"});
    CHECK(show("SV-1000") == Lines{"beta SV-1000 99.00 quoted exact"});
    CHECK(show("SV") == Lines{"acme SV-100 11.80 quoted", "beta SV-100 13.00 quoted",
                              "beta SV-1000 99.00 quoted"});
    CHECK(show("ball valve 1000") == Lines{"beta SV-1000 99.00 quoted"});
    CHECK(show("gate").size() == 1);
    CHECK(show("SV-10").empty()); // never cuts a run of digits
    CHECK(show("  ").empty());
}

namespace {

// A message with price items of one status, written as the pipeline would after reading a
// contract, an order or a price notice (the extraction itself is tested in test_prices).
void add_priced(store::Index& index, const std::string& sha, const std::string& slug, int64_t date,
                parsers::Direction direction, std::vector<parsers::PriceItem> items) {
    parsers::Message m;
    m.message_id = sha + "@test";
    m.date = date;
    m.subject = "prices " + sha;
    parsers::Classification c;
    c.direction = direction;
    c.customers.push_back({slug, "domain", "buyer@" + slug + ".com"});
    store::FiledMessage filed;
    filed.paths = {"customers/" + slug + "/mail/" + sha + ".eml"};
    REQUIRE(index.begin());
    REQUIRE(index.add_message({sha, 100, &m, &c, &filed, nullptr, &items}));
    REQUIRE(index.commit());
}

parsers::PriceItem item(const std::string& model, const std::string& price,
                        const std::string& status) {
    parsers::PriceItem i;
    i.product = "Ball valve";
    i.model = model;
    i.product_key = parsers::product_key(model);
    i.currency = "USD";
    i.unit = "pc";
    i.unit_price = price;
    i.status = status;
    return i;
}

} // namespace

// Issue 20: reps compare what each customer was quoted with what it agreed to pay.
TEST_CASE("product: latest quoted and agreed price side by side, with dates",
          "[today][prices][store]") {
    test::TempDir dir;
    auto index = store::Index::open(dir.path() / "index.sqlite");
    REQUIRE(index);
    const int64_t day = 86400, nov1 = 1793491200; // 2026-11-01T00:00:00Z
    using parsers::Direction;
    struct Priced {
        const char *sha, *slug;
        int64_t day;
        Direction direction;
        const char *price, *status;
    };
    const Priced rows[] = {
        {"a1", "acme", 2, Direction::outbound, "12.50", "quoted"},
        {"a2", "acme", 5, Direction::outbound, "12.00", "agreed"},
        {"a3", "acme", 11, Direction::outbound, "11.80", "quoted"},
        {"a4", "acme", 14, Direction::inbound, "11.50", "ordered"},
        {"b1", "beta", 3, Direction::outbound, "13.00", "quoted"},
        {"b2", "beta", 20, Direction::outbound, "13.50", "notice"},
        {"c1", "gamma", 7, Direction::outbound, "12.20", "agreed"},
    };
    for (const Priced& r : rows)
        add_priced(*index, r.sha, r.slug, nov1 + r.day * day, r.direction,
                   {item("SV-100", r.price, r.status)});
    auto found = index->product_prices("SV-100", 100);
    REQUIRE(found);
    auto side = [](const std::optional<store::PriceRow>& row) {
        if (!row) return std::string("-");
        return row->item.unit_price + " " + row->item.status + " " +
               std::to_string((*row->quoted_at - 1793491200) / 86400) + " " + row->direction;
    };
    std::vector<std::string> lines;
    for (const store::ProductPrice& p : *found)
        lines.push_back(p.slug + " | " + side(p.quoted) + " | " + side(p.agreed));
    CHECK(lines == std::vector<std::string>{
                       "acme | 11.80 quoted 11 outbound | 11.50 ordered 14 inbound",
                       "beta | 13.50 notice 20 outbound | -",
                       "gamma | - | 12.20 agreed 7 outbound",
                   });
    // The sources link to the message each price came from.
    REQUIRE(found->size() == 3);
    CHECK(found->front().quoted->sha256 == "a3");
    CHECK(found->front().agreed->sha256 == "a4");
    CHECK(found->front().quoted_row != found->front().agreed_row);
    CHECK(found->at(1).agreed_row == 0);
}

// Issue 16: the product view shows the price the customer's price list shows, the rep's
// corrections included: a row marked "no price" gives way to the earlier quote, a corrected
// price replaces the extracted one.
TEST_CASE("product: the rep's corrections of a price list show in the product view",
          "[today][prices][store]") {
    test::TempDir dir;
    auto index = store::Index::open(dir.path() / "index.sqlite");
    REQUIRE(index);
    const int64_t day = 86400, nov1 = 1793491200; // 2026-11-01T00:00:00Z
    using parsers::Direction;
    add_priced(*index, "q1", "acme", nov1 + 2 * day, Direction::outbound,
               {item("SV-100", "12.50", "quoted")});
    add_priced(*index, "q2", "acme", nov1 + 9 * day, Direction::outbound,
               {item("SV-100", "2025", "quoted")}); // a year read as a price
    add_priced(*index, "q3", "beta", nov1 + 4 * day, Direction::outbound,
               {item("SV-100", "13.00", "quoted")});
    auto quoted = [&] {
        auto found = index->product_prices("SV-100", 100);
        REQUIRE(found);
        std::vector<std::string> out;
        for (const store::ProductPrice& p : *found)
            out.push_back(p.slug + " " + (p.quoted ? p.quoted->item.unit_price : "-"));
        return out;
    };
    using Lines = std::vector<std::string>;
    CHECK(quoted() == Lines{"acme 2025", "beta 13.00"});
    store::PriceFix no_price{"acme", "sv-100", "quote", "q2", "", "", "", true, nov1 + 10 * day};
    REQUIRE(index->fix_price(no_price));
    store::PriceFix corrected{"beta", "sv-100", "quote", "q3",           "12.90",
                              "",     "",       false,   nov1 + 10 * day};
    REQUIRE(index->fix_price(corrected));
    CHECK(quoted() == Lines{"acme 12.50", "beta 12.90"});
    // Each side links to the message its price now comes from.
    auto found = index->product_prices("SV-100", 100);
    REQUIRE(found);
    REQUIRE(found->size() == 2);
    CHECK(found->front().quoted->sha256 == "q1");
    CHECK(found->front().quoted_row != 0);
}
