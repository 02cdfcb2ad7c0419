#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

constexpr int64_t k_day = 86400;
constexpr int64_t k_t0 = 1793698920; // 2026-11-03 09:42 UTC

struct Mail {
    Mail(std::string subject_, std::string text_, int64_t date_,
         std::vector<std::string> customers_,
         parsers::Direction direction_ = parsers::Direction::inbound,
         std::string from_ = "wang@acme.com", std::string from_name_ = "Wang Lei")
        : subject(std::move(subject_)), text(std::move(text_)), date(date_),
          customers(std::move(customers_)), direction(direction_), from(std::move(from_)),
          from_name(std::move(from_name_)) {}

    std::string subject;
    std::string text;
    int64_t date = k_t0;
    std::vector<std::string> customers;
    parsers::Direction direction = parsers::Direction::inbound;
    std::string from = "wang@acme.com";
    std::string from_name = "Wang Lei";
    std::vector<std::string> attachments;
    std::string message_id;
    std::string in_reply_to;
};

// An archive and an index in a temp dir, filled the way the pipeline does it.
struct Store {
    test::TempDir dir;
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(dir.path() / ".mailclerk" / "index.sqlite").value();

    std::string add(const Mail& mail) {
        parsers::Message m;
        m.subject = mail.subject;
        m.text = mail.text;
        m.date = mail.date;
        m.message_id = mail.message_id;
        m.in_reply_to = mail.in_reply_to;
        m.from = {{mail.from_name, mail.from}};
        m.to = {{"", "me@ourco.com"}};
        m.cc = {{"Li", "li@acme.com"}};
        for (const std::string& name : mail.attachments) {
            parsers::Attachment a;
            a.filename = name;
            a.content = "bytes of " + name;
            a.kind = parsers::DocKind::quote;
            m.attachments.push_back(a);
        }
        parsers::Classification c;
        c.direction = mail.direction;
        c.kind = parsers::DocKind::quote;
        for (const std::string& slug : mail.customers) {
            c.customers.push_back({slug, "address", mail.from});
            c.participants.push_back({mail.from, mail.from_name, slug});
        }
        c.participants.push_back({"other@elsewhere.com", "", ""});
        std::string raw = "Subject: " + mail.subject + "\r\n\r\n" + mail.text;
        std::string sha = sha256_hex(raw);
        auto filed = archive.file(sha, raw, m, mail.customers);
        REQUIRE(filed);
        REQUIRE(archive.sync());
        store::NewMessage record{sha, static_cast<int64_t>(raw.size()), &m, &c, &*filed};
        REQUIRE(index.begin());
        REQUIRE(index.add_message(record));
        REQUIRE(index.add_source(sha, {"file", "", "/tmp/in.eml", 0, 0}));
        REQUIRE(index.commit());
        return sha;
    }

    std::vector<std::string> subjects(const std::string& query, const std::string& customer = "") {
        auto results = index.search(query, customer, 50, 0);
        REQUIRE(results);
        std::vector<std::string> out;
        for (const store::SearchHit& hit : results->results)
            out.push_back(hit.subject);
        CHECK(results->total == static_cast<int64_t>(out.size()));
        return out;
    }
};

using Strings = std::vector<std::string>;

int64_t user_version(const fs::path& path) {
    auto db = store::Database::open(path);
    REQUIRE(db);
    return db->query_int("PRAGMA user_version").value();
}

} // namespace

TEST_CASE("index open creates the database at the current schema version", "[store][index]") {
    test::TempDir dir;
    fs::path path = dir.path() / "deep" / "er" / "index.sqlite";
    {
        auto index = store::Index::open(path);
        REQUIRE(index);
        CHECK(index->message_count().value() == 0);
    }
    CHECK(user_version(path) == store::schema_version());
    auto again = store::Index::open(path); // already migrated: nothing to do
    REQUIRE(again);
    CHECK(user_version(path) == store::schema_version());
}

TEST_CASE("an index written by a newer mailclerk is refused", "[store][index]") {
    test::TempDir dir;
    fs::path path = dir.path() / "index.sqlite";
    REQUIRE(store::Index::open(path));
    int64_t newer = store::schema_version() + 1;
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(db->exec("PRAGMA user_version = " + std::to_string(newer)));
    }
    auto index = store::Index::open(path);
    REQUIRE_FALSE(index);
    CHECK(index.error().code == ErrorCode::database);
    CHECK(index.error().message == "index schema version " + std::to_string(newer) +
                                       " is newer than this mailclerk understands (" +
                                       std::to_string(store::schema_version()) + ")");
    CHECK(index.error().hint == "upgrade mailclerk, or point the archive at another directory");
}

TEST_CASE("search finds English words and Chinese words of any length", "[store][index]") {
    Store s;
    s.add({"Quotation DN50 valves",
           "Please find our 报价 for 5000S pcs. 合同 to follow.",
           k_t0,
           {"acme"}});
    s.add({"回复：关于阀门报价单的问题",
           "我们已收到贵司的合同草案和报价。",
           k_t0 + k_day,
           {"华东石化"}});
    s.add({"Newsletter", "我们合作愉快，同意价格。报告见附件", k_t0 + 2 * k_day, {}});

    const Strings a{"Quotation DN50 valves"};
    const Strings b{"回复：关于阀门报价单的问题"};
    CHECK(s.subjects("报价") == Strings{b[0], a[0]}); // newest first
    CHECK(s.subjects("合同") == Strings{b[0], a[0]});
    CHECK(s.subjects("报价单") == b);
    CHECK(s.subjects("合同草案") == b);
    CHECK(s.subjects("报") == Strings{"Newsletter", b[0], a[0]});
    // Every character of these occurs in the newsletter, never next to each other.
    CHECK(s.subjects("价告").empty());
    CHECK(s.subjects("合同意").empty());
    CHECK(s.subjects("dn50") == a);
    CHECK(s.subjects("DN50") == a);
    CHECK(s.subjects("ＤＮ５０") == a);
    CHECK(s.subjects("5000s") == a);
    CHECK(s.subjects("dn").empty()); // words are whole: no prefix match
    CHECK(s.subjects("报价 valves") == a);
    CHECK(s.subjects("  QUOTATION\u3000报价  ") == a);
}

TEST_CASE("search treats query syntax as plain text", "[store][index]") {
    Store s;
    s.add({"He said \"hi\" OR NOT", "column:subject NEAR(a b) * ^", k_t0, {"acme"}});
    // Quotes and OR are query syntax since issue 7 (test_store_search*.cpp); FTS5 syntax is not.
    CHECK(s.subjects("\"said hi\"") == Strings{"He said \"hi\" OR NOT"});
    CHECK(s.subjects("\"OR NOT\"") == Strings{"He said \"hi\" OR NOT"});
    CHECK(s.subjects("NEAR(a") == Strings{"He said \"hi\" OR NOT"});
    CHECK(s.subjects("column:subject") == Strings{"He said \"hi\" OR NOT"});
    CHECK(s.subjects("-").empty());
    CHECK(s.subjects("").empty());
    CHECK(s.subjects("*").empty());
}

TEST_CASE("search filters by customer and returns snippet, path and customers", "[store][index]") {
    Store s;
    s.add({"Quote A", "our 报价 for valves", k_t0, {"acme"}});
    s.add({"Quote B", "贵司的报价已收到", k_t0 + k_day, {"华东石化", "acme"}});
    CHECK(s.subjects("报价", "华东石化") == Strings{"Quote B"});
    CHECK(s.subjects("报价", "acme") == Strings{"Quote B", "Quote A"});
    CHECK(s.subjects("报价", "nobody").empty());

    auto results = s.index.search("报价", "", 1, 1);
    REQUIRE(results);
    CHECK(results->total == 2);
    REQUIRE(results->results.size() == 1);
    const store::SearchHit& hit = results->results[0];
    CHECK(hit.subject == "Quote A");
    CHECK(hit.snippet == "our [报价] for valves");
    CHECK(hit.from == "Wang Lei <wang@acme.com>");
    CHECK(hit.kind == "quote");
    CHECK(hit.date == k_t0);
    CHECK(hit.customers == Strings{"acme"});
    CHECK(hit.path.starts_with("customers/acme/mail/2026/2026-11-03_0942_quote-a_"));

    auto first = s.index.search("报价", "", 10, 0);
    REQUIRE(first);
    CHECK(first->results[0].customers == Strings{"华东石化", "acme"});
    CHECK(first->results[0].snippet == "贵司的[报价]已收到");
}

TEST_CASE("history lists a customer's mail oldest first", "[store][index]") {
    Store s;
    Mail reply{"Re: quote", "agreed", k_t0 + k_day, {"acme"}, parsers::Direction::outbound};
    reply.attachments = {"PI-031.pdf", "terms.docx"};
    s.add(reply);
    s.add({"RFQ valves", "please quote", k_t0, {"acme"}});
    s.add({"Other customer", "x", k_t0 - k_day, {"beta"}});

    auto events = s.index.history("acme");
    REQUIRE(events);
    REQUIRE(events->size() == 2);
    CHECK((*events)[0].subject == "RFQ valves");
    CHECK((*events)[0].direction == "inbound");
    CHECK((*events)[0].date == k_t0);
    CHECK((*events)[0].counterpart == "Wang Lei <wang@acme.com>");
    CHECK((*events)[0].attachments.empty());
    CHECK((*events)[1].subject == "Re: quote");
    CHECK((*events)[1].direction == "outbound");
    CHECK((*events)[1].kind == "quote");
    CHECK((*events)[1].attachments == Strings{"PI-031.pdf", "terms.docx"});
    CHECK((*events)[1].path.starts_with("customers/acme/mail/2026/2026-11-04_0942_re-quote_"));

    auto unknown = s.index.history("nobody");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::not_found);
    CHECK(unknown.error().message == "no customer 'nobody'");
}

TEST_CASE("contacts count inbound and outbound mail per customer", "[store][index]") {
    Store s;
    s.add(
        {"one", "x", k_t0 + k_day, {"acme"}, parsers::Direction::inbound, "wang@acme.com", "Wang"});
    s.add({"two",
           "x",
           k_t0,
           {"acme"},
           parsers::Direction::inbound,
           "wang@acme.com",
           "Wang Lei (ACME)"});
    s.add({"three",
           "x",
           k_t0 + 2 * k_day,
           {"acme"},
           parsers::Direction::outbound,
           "wang@acme.com",
           ""});

    auto db = store::Database::open(s.dir.path() / ".mailclerk" / "index.sqlite");
    REQUIRE(db);
    auto stmt = db->prepare("SELECT c.slug, k.address, k.name, k.first_seen, k.last_seen, "
                            "k.count_in, k.count_out FROM contacts k JOIN customers c ON "
                            "c.id = k.customer_id ORDER BY k.address");
    REQUIRE(stmt);
    REQUIRE(stmt->step().value());
    CHECK(stmt->column_text(0) == "acme");
    CHECK(stmt->column_text(1) == "wang@acme.com");
    CHECK(stmt->column_text(2) == "Wang"); // the name of the latest dated mail that had one
    CHECK(stmt->column_int64(3) == k_t0);
    CHECK(stmt->column_int64(4) == k_t0 + 2 * k_day);
    CHECK(stmt->column_int64(5) == 2);
    CHECK(stmt->column_int64(6) == 1);
    CHECK_FALSE(stmt->step().value()); // participants without a customer are no contacts
}

TEST_CASE("messages and sources are recorded once", "[store][index]") {
    Store s;
    Mail mail{"Hello", "x", k_t0, {"acme"}};
    mail.message_id = "abc@acme.com";
    std::string sha = s.add(mail);
    CHECK(s.index.has_message(sha).value());
    CHECK_FALSE(s.index.has_message(sha256_hex("nothing")).value());

    // The same bytes again (a crash before the UID was recorded): one message, more sources.
    s.add(mail);
    REQUIRE(s.index.add_source(sha, {"imap", "alice", "INBOX", 7, 42}));
    REQUIRE(s.index.add_source(sha, {"imap", "alice", "INBOX", 7, 42}));
    CHECK(s.index.message_count().value() == 1);
    auto db = store::Database::open(s.dir.path() / ".mailclerk" / "index.sqlite");
    REQUIRE(db);
    CHECK(db->query_int("SELECT count(*) FROM message_sources").value() == 2);
    CHECK(db->query_int("SELECT count(*) FROM message_addresses").value() == 3);

    auto missing = s.index.add_source(sha256_hex("nothing"), {"file", "", "x", 0, 0});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::not_found);

    CHECK(s.index.customers_of_messages({"abc@acme.com", "unknown@x"}).value() == Strings{"acme"});
    CHECK(s.index.customers_of_messages({}).value().empty());
}

TEST_CASE("files lists message and attachment files with their hashes", "[store][index]") {
    Store s;
    Mail mail{"With attachments", "x", k_t0, {"acme", "beta"}};
    mail.attachments = {"报价单.xlsx"};
    s.add(mail);
    s.add({"Unmatched", "y", k_t0, {}});

    auto files = s.index.files();
    REQUIRE(files);
    // two customers' mail, one unmatched, the attachment under each of the two customers
    REQUIRE(files->size() == 5);
    CHECK(std::count_if(files->begin(), files->end(),
                        [](const store::IndexedFile& f) { return f.message; }) == 3);
    for (const store::IndexedFile& file : *files) {
        INFO(file.path);
        auto bytes = read_file(s.dir.path() / file.path);
        REQUIRE(bytes);
        CHECK(sha256_hex(*bytes) == file.sha256);
    }
    CHECK(std::count_if(files->begin(), files->end(), [](const store::IndexedFile& f) {
              return f.path == "customers/acme/quotes/2026-11-03_报价单.xlsx" ||
                     f.path == "customers/beta/quotes/2026-11-03_报价单.xlsx";
          }) == 2);
}

TEST_CASE("sync_customers inserts, updates and keeps referenced customers", "[store][index]") {
    Store s;
    store::CustomerRow acme{"acme", "ACME Corp", "key", "A", "alice", {"acme.com"}, {}};
    store::CustomerRow gone{"gone", "Gone Ltd", "inactive", "", "", {"gone.com"}, {}};
    REQUIRE(s.index.sync_customers({acme, gone}));
    s.add({"RFQ", "x", k_t0, {"acme"}});
    s.add({"Reply", "x", k_t0 + k_day, {"acme"}, parsers::Direction::outbound});
    s.add({"Candidate", "x", k_t0, {"newco"}}); // classified before the directory knew it

    acme.name = "ACME Corporation";
    REQUIRE(s.index.sync_customers({acme}));
    auto customers = s.index.customers();
    REQUIRE(customers);
    REQUIRE(customers->size() == 2); // gone had no mail: deleted; newco has mail: kept
    CHECK((*customers)[0].slug == "acme");
    CHECK((*customers)[0].name == "ACME Corporation");
    CHECK((*customers)[0].category == "key");
    CHECK((*customers)[0].messages == 2);
    CHECK((*customers)[0].last_inbound == k_t0);
    CHECK((*customers)[0].last_outbound == k_t0 + k_day);
    CHECK((*customers)[1].slug == "newco");
    CHECK((*customers)[1].category == "prospect");
    CHECK((*customers)[1].last_outbound == 0);
}

TEST_CASE("sync_customers writes nothing when the index already agrees", "[store][index]") {
    Store s;
    // Another connection sees data_version change only when someone else commits.
    auto watcher = store::Database::open(s.dir.path() / ".mailclerk" / "index.sqlite");
    REQUIRE(watcher);
    auto version = [&] { return watcher->query_int("PRAGMA data_version").value(); };
    store::CustomerRow acme{"acme", "ACME Corp", "key", "A", "alice", {"acme.com"}, {"x@y.com"}};
    store::CustomerRow beta{"beta", "Beta", "prospect", "", "", {"beta.cn", "beta.com"}, {}};
    REQUIRE(s.index.sync_customers({acme, beta}));
    int64_t before = version();
    REQUIRE(s.index.sync_customers({acme, beta}));
    CHECK(version() == before);
    // Any difference is written: a field, a domain, a customer dropped from the config.
    beta.domains = {"beta.cn"};
    REQUIRE(s.index.sync_customers({acme, beta}));
    CHECK(version() != before);
    before = version();
    REQUIRE(s.index.sync_customers({acme}));
    CHECK(version() != before);
    auto customers = s.index.directory();
    REQUIRE(customers);
    REQUIRE(customers->size() == 1);
    CHECK(customers->front().slug == "acme");
    // The order of a list is no difference; an address, a note or a customer added is.
    acme.domains = {"acme.com", "acme.cn"};
    REQUIRE(s.index.sync_customers({acme}));
    before = version();
    acme.domains = {"acme.cn", "acme.com"};
    REQUIRE(s.index.sync_customers({acme}));
    CHECK(version() == before);
    acme.addresses = {"x@y.com", "buyer@y.com"};
    REQUIRE(s.index.sync_customers({acme}));
    CHECK(version() != before);
    before = version();
    acme.notes = "visits in May";
    REQUIRE(s.index.sync_customers({acme}));
    CHECK(version() != before);
    before = version();
    REQUIRE(s.index.sync_customers({acme, beta}));
    CHECK(version() != before);
    before = version();
    REQUIRE(s.index.sync_customers({beta, acme}));
    CHECK(version() == before);
}

// Issue 18: every command's start reads the directory once when the config agrees with it.
TEST_CASE("synced_directory is the directory after sync_customers, unwritten when it agrees",
          "[store][index]") {
    Store s;
    auto watcher = store::Database::open(s.dir.path() / ".mailclerk" / "index.sqlite");
    REQUIRE(watcher);
    auto version = [&] { return watcher->query_int("PRAGMA data_version").value(); };
    auto slugs = [](const std::vector<store::CustomerRow>& rows) {
        std::vector<std::string> out;
        for (const store::CustomerRow& row : rows)
            out.push_back(row.slug + ":" + row.name + ":" + row.source);
        return out;
    };
    store::CustomerRow acme{"acme", "ACME Corp", "key", "A", "alice", {"acme.com"}, {"x@y.com"}};
    store::CustomerRow beta{"beta", "Beta", "prospect", "", "", {"beta.cn"}, {}};
    store::CustomerRow walk_in{"walkin", "Walk-in Ltd", "prospect", "", "", {"walkin.com"}, {}};
    walk_in.source = "manual";
    auto first = s.index.synced_directory({acme, beta});
    REQUIRE(first);
    CHECK(slugs(*first) == std::vector<std::string>{"acme:ACME Corp:config", "beta:Beta:config"});
    REQUIRE(s.index.save_customer(walk_in));
    int64_t before = version();
    auto again = s.index.synced_directory({acme, beta});
    REQUIRE(again);
    CHECK(version() == before); // agreed: read, not written
    auto read = s.index.directory();
    REQUIRE(read);
    CHECK(slugs(*again) == slugs(*read));
    CHECK(slugs(*again).size() == 3); // a manual customer is in the directory, not a difference
    // must not answer from the old rows: a changed name, a customer gone from the config.
    beta.name = "Beta Valves";
    auto changed = s.index.synced_directory({acme, beta});
    REQUIRE(changed);
    CHECK(version() != before);
    CHECK(slugs(*changed) == std::vector<std::string>{"acme:ACME Corp:config",
                                                      "beta:Beta Valves:config",
                                                      "walkin:Walk-in Ltd:manual"});
    auto dropped = s.index.synced_directory({acme});
    REQUIRE(dropped);
    CHECK(slugs(*dropped) ==
          std::vector<std::string>{"acme:ACME Corp:config", "walkin:Walk-in Ltd:manual"});
}
