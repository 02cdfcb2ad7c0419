// Issue 20: the rep's agenda. Real mail goes through the real pipeline into a real index, and
// the states are computed at fixed moments: answered and unanswered inquiries, replies in other
// conversations with the same subject, weekends and holidays, automatic answers, internal
// forwards, quotes awaiting a reply, follow-ups, dormant customers, new candidates, dismissals.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/agenda.hpp"
#include "daemon/today/calendar.hpp"
#include "parsers/date.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

// "2026-11-06T20:00+08:00" (Shanghai, the desk's zone) -> epoch seconds.
int64_t at(int year, int month, int day, int hour, int minute = 0) {
    return parsers::days_from_civil(year, month, day) * 86400 + (hour - 8) * 3600 + minute * 60;
}

// RFC 5322 date of a Shanghai wall-clock time.
std::string mail_date(int64_t epoch) {
    static const char* const k_days[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static const char* const k_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int64_t local = epoch + 8 * 3600;
    std::time_t t = static_cast<std::time_t>(local);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return fmt::format("{}, {:02} {} {} {:02}:{:02}:00 +0800", k_days[(local / 86400) % 7],
                       tm.tm_mday, k_months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

struct Mail {
    std::string from, to, subject;
    int64_t date = 0;
    std::string id;
    std::string in_reply_to = {};
    std::string extra = {}; // more header lines, each ending in \n
    std::string body = "Hello.";
};

std::string raw(const Mail& m) {
    std::string out = fmt::format("From: {}\nTo: {}\nSubject: {}\nDate: {}\nMessage-ID: <{}>\n",
                                  m.from, m.to, m.subject, mail_date(m.date), m.id);
    if (!m.in_reply_to.empty())
        out += fmt::format("In-Reply-To: <{0}>\nReferences: <{0}>\n", m.in_reply_to);
    return out + m.extra + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
           m.body + "\n";
}

std::vector<store::CustomerRow> directory() {
    store::CustomerRow acme;
    acme.slug = "acme";
    acme.name = "ACME Corp";
    acme.category = "key";
    acme.owner = "alice";
    acme.domains = {"acme.com"};
    store::CustomerRow beta;
    beta.slug = "beta";
    beta.name = "Beta Pumps";
    beta.category = "closed";
    beta.domains = {"beta-pumps.com"};
    return {acme, beta};
}

// An archive with its index, the config's [today] for Shanghai office hours, users alice and bob
// (reps, each with a mailbox account) and boss (manager).
struct Desk {
    test::TempDir dir;
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(dir.path() / ".mailclerk" / "index.sqlite").value();
    config::Config config;
    parsers::MatchRules match;
    int64_t uid = 1;

    Desk() {
        config.archive_root = dir.path();
        config.own_domains = {"ourco.com"};
        config.today.timezone = "Asia/Shanghai";
        config.today.reply_hours = 8;
        config.today.holidays = {"2026-11-09"}; // a Monday
        config.roster.followup_days = 30;
        config.roster.dormant_days = 365;
        for (const char* name : {"alice", "bob"}) {
            config::Account account;
            account.name = name;
            account.user = std::string(name) + "@ourco.com";
            config.accounts.push_back(account);
        }
        REQUIRE(index.sync_customers(directory()));
        auto rows = index.directory();
        REQUIRE(rows);
        match.own_domains = {"ourco.com"};
        match.customers = app::customer_rules(*rows);
        match.free_mail_domains = parsers::default_free_mail_domains();
        match.role_local_parts = parsers::default_role_local_parts();
        REQUIRE(index.save_user({"alice", "", "rep", "", 0, "alice@ourco.com", "en"}));
        REQUIRE(index.save_user({"bob", "", "rep", "", 0, "bob@ourco.com", "zh"}));
        REQUIRE(index.save_user({"boss", "", "manager", "", 0, "", ""}));
    }

    void add(const Mail& mail, const std::string& account = "alice") {
        app::Pipeline pipeline(match, archive, index);
        REQUIRE(pipeline.ingest(raw(mail), {"imap", account, "INBOX", 1, uid++}));
        REQUIRE(pipeline.flush());
    }

    std::vector<today::Item> items(int64_t now) {
        auto rows = index.directory();
        REQUIRE(rows);
        auto found = today::open_items(today::agenda_index(index), config, match, *rows, now);
        REQUIRE(found);
        return *found;
    }

    // "state customer-or-domain subject" per open item, in the list's order.
    std::vector<std::string> list(int64_t now) {
        std::vector<std::string> out;
        for (const today::Item& item : items(now))
            out.push_back(fmt::format("{} {} {}", today::to_string(item.state),
                                      item.customer.empty() ? item.domain : item.customer,
                                      item.subject));
        return out;
    }
};

using Lines = std::vector<std::string>;

const Mail k_inquiry{"Tom Baker <tom@acme.com>", "alice@ourco.com", "Inquiry: DN50 ball valves",
                     at(2026, 11, 3, 10), "inq-1@acme.com"};

Mail reply_to(const Mail& to, int64_t date, const std::string& id) {
    return {"Alice <alice@ourco.com>", "tom@acme.com", "RE: " + to.subject, date, id, to.id};
}

// The open items of the desk other than customer-level ones (follow-up-due, dormant), which
// the key account acme always has in these small archives.
Lines conversations(Desk& desk, int64_t now) {
    Lines out;
    for (const std::string& line : desk.list(now))
        if (!line.starts_with("follow-up-due") && !line.starts_with("dormant")) out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("today: an inquiry is unanswered after reply_hours of working time, answered by "
          "our reply",
          "[today]") {
    Desk desk;
    desk.add(k_inquiry);
    // Tuesday 10:00 + 8 working hours = Tuesday 18:00.
    CHECK(conversations(desk, at(2026, 11, 3, 17, 59)).empty());
    CHECK(conversations(desk, at(2026, 11, 3, 18, 1)) ==
          Lines{"unanswered-inquiry acme Inquiry: DN50 ball valves"});
    auto items = desk.items(at(2026, 11, 4, 9));
    auto it = std::find_if(items.begin(), items.end(), [](const today::Item& i) {
        return i.state == today::State::unanswered_inquiry;
    });
    REQUIRE(it != items.end());
    CHECK(it->reps == std::vector<std::string>{"alice"}); // the customer's owner
    CHECK(it->thread_id == "inq-1@acme.com");
    CHECK(it->since == k_inquiry.date);
    CHECK(it->id == "unanswered-inquiry:" + it->message_sha256.substr(0, 12));

    desk.add(reply_to(k_inquiry, at(2026, 11, 4, 10), "re-1@ourco.com"));
    CHECK(conversations(desk, at(2026, 11, 4, 11)).empty());
}

TEST_CASE("today: replies in other conversations with the same subject", "[today]") {
    SECTION("our reply to a second inquiry with the same subject leaves the first open") {
        Desk desk;
        desk.add(k_inquiry);
        Mail second = k_inquiry;
        second.id = "inq-2@acme.com";
        second.date = at(2026, 11, 3, 11);
        desk.add(second);
        desk.add(reply_to(second, at(2026, 11, 3, 15), "re-2@ourco.com"));
        CHECK(conversations(desk, at(2026, 11, 4, 12)) ==
              Lines{"unanswered-inquiry acme Inquiry: DN50 ball valves"});
        auto items = desk.items(at(2026, 11, 4, 12));
        CHECK(items.front().thread_id == "inq-1@acme.com");
    }
    SECTION("a reply that lost its headers answers by its RE: subject") {
        Desk desk;
        desk.add(k_inquiry);
        Mail phone{"Alice <alice@ourco.com>", "tom@acme.com", "Re: Inquiry: DN50 ball valves",
                   at(2026, 11, 3, 16), "phone-1@ourco.com"};
        desk.add(phone);
        CHECK(conversations(desk, at(2026, 11, 4, 12)).empty());
    }
    SECTION("a mail of the same subject to another customer answers nothing") {
        Desk desk;
        desk.add(k_inquiry);
        Mail other{"Alice <alice@ourco.com>", "li@beta-pumps.com", "Re: Inquiry: DN50 ball valves",
                   at(2026, 11, 3, 16), "other-1@ourco.com"};
        desk.add(other);
        CHECK(conversations(desk, at(2026, 11, 4, 12)) ==
              Lines{"unanswered-inquiry acme Inquiry: DN50 ball valves"});
    }
}

TEST_CASE("today: weekends and holidays do not count as working time", "[today]") {
    Desk desk;
    // Friday 20:00: working time starts Monday, but Monday 2026-11-09 is a holiday, so the
    // 8 working hours run Tuesday 09:00-17:00.
    Mail friday = k_inquiry;
    friday.date = at(2026, 11, 6, 20);
    desk.add(friday);
    CHECK(conversations(desk, at(2026, 11, 7, 12)).empty());      // Saturday
    CHECK(conversations(desk, at(2026, 11, 9, 17)).empty());      // the holiday
    CHECK(conversations(desk, at(2026, 11, 10, 16, 59)).empty()); // Tuesday, one minute left
    CHECK(conversations(desk, at(2026, 11, 10, 17, 1)).size() == 1);
    auto items = desk.items(at(2026, 11, 10, 17, 1));
    CHECK(items.front().due == at(2026, 11, 10, 17));
}

TEST_CASE("today: automatic answers never count as replies", "[today]") {
    SECTION("our out-of-office answer to an inquiry") {
        Desk desk;
        desk.add(k_inquiry);
        Mail away = reply_to(k_inquiry, at(2026, 11, 3, 10, 1), "ooo-1@ourco.com");
        away.subject = "Automatic reply: Inquiry: DN50 ball valves";
        away.extra = "Auto-Submitted: auto-replied\n";
        desk.add(away);
        CHECK(conversations(desk, at(2026, 11, 4, 12)).size() == 1);
    }
    SECTION("the customer's out-of-office answer to our quote") {
        Desk desk;
        Mail quote{"Alice <alice@ourco.com>", "tom@acme.com", "Quotation QT-7 DN50 ball valves",
                   at(2026, 11, 3, 10), "qt-7@ourco.com"};
        desk.add(quote);
        Mail away{"Tom Baker <tom@acme.com>",
                  "alice@ourco.com",
                  "Automatic reply: Quotation QT-7 DN50 ball valves",
                  at(2026, 11, 3, 10, 2),
                  "ooo-2@acme.com",
                  "qt-7@ourco.com"};
        desk.add(away);
        // 7 days later, the next working moment: Tuesday 2026-11-10 10:00.
        CHECK(conversations(desk, at(2026, 11, 10, 9, 59)).empty());
        CHECK(conversations(desk, at(2026, 11, 10, 10, 1)) ==
              Lines{"awaiting-reply acme Quotation QT-7 DN50 ball valves"});
        Mail answer{
            "Tom Baker <tom@acme.com>", "alice@ourco.com",   "RE: Quotation QT-7 DN50 ball valves",
            at(2026, 11, 10, 11),       "answer-2@acme.com", "qt-7@ourco.com"};
        desk.add(answer);
        CHECK(conversations(desk, at(2026, 11, 10, 12)).empty());
    }
}

TEST_CASE("today: our internal forward and a forward to others answer no customer", "[today]") {
    Desk desk;
    desk.add(k_inquiry);
    Mail internal{"Alice <alice@ourco.com>", "Bob <bob@ourco.com>", "FW: Inquiry: DN50 ball valves",
                  at(2026, 11, 3, 11),       "fw-1@ourco.com",      k_inquiry.id};
    desk.add(internal);
    Mail supplier{
        "Alice <alice@ourco.com>", "sales@steelworks.example", "FW: Inquiry: DN50 ball valves",
        at(2026, 11, 3, 12),       "fw-2@ourco.com",           k_inquiry.id};
    desk.add(supplier);
    CHECK(conversations(desk, at(2026, 11, 4, 12)) ==
          Lines{"unanswered-inquiry acme Inquiry: DN50 ball valves"});
}

TEST_CASE("today: a customer's reply in an answered conversation asks only with fresh text",
          "[today]") {
    Desk desk;
    desk.add(k_inquiry);
    desk.add(reply_to(k_inquiry, at(2026, 11, 3, 14), "re-1@ourco.com"));
    Mail thanks{
        "Tom Baker <tom@acme.com>", "alice@ourco.com",   "RE: RE: Inquiry: DN50 ball valves",
        at(2026, 11, 3, 15),        "thanks-1@acme.com", "re-1@ourco.com"};
    thanks.body = "Thanks, we will check.\n\n-----Original Message-----\nRFQ for DN50 valves";
    desk.add(thanks);
    CHECK(conversations(desk, at(2026, 11, 5, 12)).empty());
    Mail again = thanks;
    again.id = "again-1@acme.com";
    again.date = at(2026, 11, 4, 9);
    again.body = "Please send your RFQ form as well: we need DN80 too.\n\n> earlier text";
    desk.add(again);
    CHECK(conversations(desk, at(2026, 11, 5, 12)) ==
          Lines{"unanswered-inquiry acme RE: RE: Inquiry: DN50 ball valves"});
}

TEST_CASE("today: follow-ups of key accounts, dormant customers, the owner or the mailbox",
          "[today]") {
    Desk desk;
    int64_t now = at(2026, 11, 3, 10);
    Mail old_out{"Alice <alice@ourco.com>", "tom@acme.com", "Catalogue", now - 40 * 86400,
                 "cat-1@ourco.com"};
    desk.add(old_out);
    Mail beta_last{"Li <li@beta-pumps.com>", "bob@ourco.com", "Hello", now - 370 * 86400,
                   "beta-1@beta-pumps.com"};
    desk.add(beta_last, "bob");
    auto items = desk.items(now);
    REQUIRE(items.size() == 2);
    // Newest problems first: beta went dormant 5 days ago, acme's follow-up was due 10 days ago.
    CHECK(items[0].id == "dormant:beta");
    CHECK(items[0].since == beta_last.date);
    CHECK(items[0].reps.empty()); // no owner, and a customer state names no mailbox
    CHECK(items[1].id == "follow-up-due:acme");
    CHECK(items[1].since == old_out.date);
    CHECK(items[1].due == old_out.date + 30 * 86400);
    // Silent for longer than the window past dormant_days: the roster's business, not today's.
    CHECK(desk.items(now + 40 * 86400).size() == 1);
    // A message today ends acme's follow-up.
    desk.add({"Alice <alice@ourco.com>", "tom@acme.com", "News", now - 3600, "news-1@ourco.com"});
    CHECK(desk.list(now) == Lines{"dormant beta "});
}

TEST_CASE("today: unknown work domains that wrote twice or asked become new candidates",
          "[today]") {
    Desk desk;
    int64_t now = at(2026, 11, 3, 10);
    desk.add({"Ann <ann@newco.example>", "bob@ourco.com", "Hello", now - 5 * 86400, "n-1@newco"},
             "bob");
    CHECK(conversations(desk, now).empty());
    desk.add(
        {"Ann <ann@newco.example>", "bob@ourco.com", "Catalogue please", now - 86400, "n-2@newco"},
        "bob");
    desk.add({"Joe <joe@gmail.com>", "bob@ourco.com", "Hi", now - 86400, "n-3@gmail"}, "bob");
    desk.add({"Joe <joe@gmail.com>", "bob@ourco.com", "Hi again", now - 3600, "n-4@gmail"}, "bob");
    desk.add({"Sam <sam@rfq-only.example>", "alice@ourco.com", "RFQ for gate valves", now - 7200,
              "n-5@rfq"});
    auto items = desk.items(now);
    std::vector<std::string> found;
    for (const today::Item& item : items)
        if (item.state == today::State::new_candidate)
            found.push_back(item.domain + " " + fmt::format("{}", fmt::join(item.reps, ",")));
    // Free mail never is one; each goes to the user whose mailbox holds its mail.
    CHECK(found == std::vector<std::string>{"rfq-only.example alice", "newco.example bob"});
}

TEST_CASE("today: done takes an item off the list until its moment changes", "[today]") {
    Desk desk;
    int64_t now = at(2026, 11, 3, 10);
    desk.add({"Alice <alice@ourco.com>", "tom@acme.com", "Catalogue", now - 40 * 86400,
              "cat-1@ourco.com"});
    auto items = desk.items(now);
    REQUIRE(items.size() == 1);
    auto wrong = today::dismiss_item(desk.index, items, "nope", "alice", now);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::not_found);
    auto done = today::dismiss_item(desk.index, items, "follow-up", "alice", now);
    REQUIRE(done);
    CHECK(done->id == "follow-up-due:acme");
    CHECK(desk.items(now).empty());
    // Mail to the customer, then silence again: a new follow-up, shown again.
    int64_t later = now + 45 * 86400;
    desk.add({"Alice <alice@ourco.com>", "tom@acme.com", "Offer", now + 86400, "offer@ourco.com"});
    auto again = desk.items(later);
    REQUIRE(again.size() == 1);
    CHECK(again[0].id == "follow-up-due:acme");
    CHECK(again[0].since == now + 86400);
}

TEST_CASE("today: the lists of a rep and of a manager", "[today]") {
    Desk desk;
    int64_t now = at(2026, 11, 4, 12);
    desk.add(k_inquiry); // acme: alice owns it
    desk.add({"Li <li@beta-pumps.com>", "bob@ourco.com", "询价：闸阀 DN80", at(2026, 11, 3, 9),
              "beta-inq@beta-pumps.com"},
             "bob");
    auto all = desk.items(now);
    auto alice = today::items_of(all, "alice", false);
    auto bob = today::items_of(all, "Bob", false);
    auto boss = today::items_of(all, "boss", true);
    CHECK(alice.size() == 2); // the inquiry and acme's follow-up
    REQUIRE(bob.size() == 1); // beta has no owner: bob's mailbox holds the inquiry
    CHECK(bob[0].subject == "询价：闸阀 DN80");
    CHECK(boss.size() == all.size());
}

TEST_CASE("calendar: working time across days, zones and DST", "[today][calendar]") {
    config::TodaySettings settings;
    settings.timezone = "Europe/Berlin";
    auto calendar = today::Calendar::make(settings);
    REQUIRE(calendar);
    // Friday 2026-03-27 17:00 CET (16:00 UTC) + 2 working hours: Monday 2026-03-30 10:00 CEST
    // (08:00 UTC), across the change to summer time on Sunday.
    int64_t friday = parsers::days_from_civil(2026, 3, 27) * 86400 + 16 * 3600;
    CHECK(calendar->add_working_time(friday, 2 * 3600) ==
          parsers::days_from_civil(2026, 3, 30) * 86400 + 8 * 3600);
    CHECK(calendar->local_day(friday) == "2026-03-27");
    CHECK(calendar->local_minutes(friday) == 17 * 60);
    CHECK(calendar->is_working_day(friday));
    CHECK_FALSE(calendar->is_working_day(friday + 86400));
    settings.timezone = "Nowhere/Atlantis";
    auto bad = today::Calendar::make(settings);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::config);
}

namespace {

// Rows of agenda_messages (schema 18) that differ from their recomputation from messages,
// message_customers and message_addresses, plus messages without a row.
int64_t stale_agenda_rows(store::Database& db) {
    return db
        .query_int("SELECT (SELECT count(*) FROM agenda_messages a JOIN agenda_messages_source s "
                   "USING (key) WHERE a.id <> s.id OR a.date IS NOT s.date OR a.direction <> "
                   "s.direction OR a.customers <> s.customers OR a.addresses <> s.addresses) + "
                   "(SELECT count(*) FROM agenda_messages_source s WHERE NOT EXISTS (SELECT 1 "
                   "FROM agenda_messages a WHERE a.key = s.key)) + (SELECT count(*) FROM "
                   "agenda_messages a WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE "
                   "m.search_key = a.key))")
        .value();
}

} // namespace

TEST_CASE("today: agenda_messages follows messages, links and addresses (issue 20)",
          "[today][agenda]") {
    Desk desk;
    desk.add(k_inquiry);
    desk.add(reply_to(k_inquiry, at(2026, 11, 3, 15), "re-1@ourco.com"));
    desk.add(
        {"Ann <ann@newco.cn>", "alice@ourco.com", "Hello", at(2026, 11, 4, 9), "n-1@newco.cn"});
    auto db = store::Database::open(desk.dir.path() / ".mailclerk" / "index.sqlite");
    REQUIRE(db);
    REQUIRE(db->exec("PRAGMA foreign_keys = ON"));
    CHECK(db->query_int("SELECT count(*) FROM agenda_messages").value() == 3);
    CHECK(db->query_int("SELECT count(*) FROM agenda_messages WHERE customers = ''").value() == 1);
    CHECK(stale_agenda_rows(*db) == 0);
    // What a rematch does: links removed and added, a direction changed, a message deleted.
    REQUIRE(db->exec("DELETE FROM message_customers WHERE message_id = (SELECT min(id) FROM "
                     "messages)"));
    REQUIRE(db->exec("UPDATE messages SET direction = 'internal' WHERE id = (SELECT max(id) "
                     "FROM messages)"));
    REQUIRE(db->exec("INSERT INTO message_addresses (message_id, role, address) SELECT max(id), "
                     "'cc', 'x@y.com' FROM messages"));
    CHECK(stale_agenda_rows(*db) == 0);
    REQUIRE(db->exec("DELETE FROM messages WHERE id = (SELECT max(id) FROM messages)"));
    CHECK(db->query_int("SELECT count(*) FROM agenda_messages").value() == 2);
    CHECK(stale_agenda_rows(*db) == 0);
    // The check itself sees a row that went stale.
    REQUIRE(db->exec("UPDATE agenda_messages SET customers = '999:1' WHERE customers = ''"));
    CHECK(stale_agenda_rows(*db) == 1);
}
