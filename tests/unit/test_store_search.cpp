// Index::search with the query language (issue 7): text and filters combined, attachment text,
// prefixes, phrases, relevance, threads, errors.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "common/sha256.hpp"
#include "store/archive.hpp"
#include "store/cjk_tokenizer.hpp"
#include "store/index.hpp"
#include "store/schema.hpp"
#include "store/search_threads.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

constexpr int64_t k_day = 86400;
constexpr int64_t k_t0 = 1767254400; // 2026-01-01 08:00 UTC

struct Doc {
    std::string subject;
    std::string text;
    int64_t date = k_t0;
    std::vector<std::string> customers = {};
    parsers::Direction direction = parsers::Direction::inbound;
    std::string from = "wang@acme.com";
    std::string to = "me@ourco.com";
    std::vector<std::string> attachments = {};
    std::string folder = "INBOX";
    parsers::DocKind kind = parsers::DocKind::other;
    std::string message_id = {};
    std::vector<std::string> references = {};
    std::vector<std::string> attachment_texts = {}; // [i] is the text of attachments[i]
};

using Strings = std::vector<std::string>;

struct SearchStore {
    test::TempDir dir;
    std::filesystem::path db_path = dir.path() / ".mailclerk" / "index.sqlite";
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(db_path).value();

    std::string add(const Doc& doc) {
        REQUIRE(index.begin());
        std::string sha = add_in_batch(doc);
        REQUIRE(index.commit());
        return sha;
    }

    // Adds doc inside the caller's transaction (index.begin() ... index.commit()).
    std::string add_in_batch(const Doc& doc) {
        parsers::Message m;
        m.subject = doc.subject;
        m.text = doc.text;
        m.date = doc.date;
        m.message_id = doc.message_id;
        m.references = doc.references;
        m.from = {{"", doc.from}};
        m.to = {{"", doc.to}};
        for (const std::string& name : doc.attachments) {
            parsers::Attachment a;
            a.filename = name;
            a.content = "bytes of " + name;
            a.kind = name.find("报价") != std::string::npos ? parsers::DocKind::quote
                                                            : parsers::DocKind::other;
            m.attachments.push_back(a);
        }
        parsers::Classification c;
        c.direction = doc.direction;
        c.kind = doc.kind;
        for (const std::string& slug : doc.customers)
            c.customers.push_back({slug, "address", doc.from});
        std::string raw = "Subject: " + doc.subject + "\r\n\r\n" + doc.text + doc.folder;
        std::string sha = sha256_hex(raw);
        auto filed = archive.file(sha, raw, m, doc.customers);
        REQUIRE(filed);
        REQUIRE(archive.sync());
        // Attachment text as the extraction hands it to the writer (parsers/understand.cpp).
        std::vector<store::AttachmentText> texts;
        for (const std::string& text : doc.attachment_texts)
            texts.push_back({text, ""});
        store::NewMessage record{sha, static_cast<int64_t>(raw.size()), &m, &c, &*filed, &texts};
        REQUIRE(index.add_message(record));
        REQUIRE(index.add_source(sha, {"imap", "alice", doc.folder, 1, 1}));
        return sha;
    }

    store::SearchResults search(const std::string& query,
                                store::SearchSort sort = store::SearchSort::date) {
        auto results = index.search(store::SearchRequest{query, "", sort, 100, 0});
        INFO(query);
        REQUIRE(results);
        return *results;
    }

    Strings subjects(const std::string& query, store::SearchSort sort = store::SearchSort::date) {
        auto results = search(query, sort);
        Strings out;
        for (const store::SearchHit& hit : results.results)
            out.push_back(hit.subject);
        CHECK(results.total == static_cast<int64_t>(out.size()));
        return out;
    }
};

// A small archive: three customers' worth of mail over two months.
struct Archive : SearchStore {
    Archive() {
        add({"A 报价 DN50",
             "请查收报价单 QT-2026-0412，球阀 5000S。",
             k_t0,
             {"acme"},
             parsers::Direction::outbound,
             "me@ourco.com",
             "wang@acme.com",
             {"报价单.pdf"},
             "Sent Items",
             parsers::DocKind::quote});
        add({"B inquiry",
             "Please quote ball valves DN80, 500 pcs.",
             k_t0 + 10 * k_day,
             {"acme"},
             parsers::Direction::inbound,
             "li@acme.com",
             "me@ourco.com",
             {},
             "INBOX",
             parsers::DocKind::inquiry});
        add({"C 合同",
             "合同草案见附件，价格按报价执行。",
             k_t0 + 20 * k_day,
             {"华东石化"},
             parsers::Direction::inbound,
             "zhang@ecpc.com.cn",
             "me@ourco.com",
             {"合同.docx"}});
        add({"D Café order",
             "Commande confirmée: vannes DN50, prix révisé.",
             k_t0 + 40 * k_day,
             {"dupont"},
             parsers::Direction::inbound,
             "Jean@Dupont.fr",
             "bob@ourco.com",
             {},
             "INBOX/Orders",
             parsers::DocKind::order});
        add({"E newsletter", "报告：市场价格走势", k_t0 + 50 * k_day});
    }
};

} // namespace

TEST_CASE("text and filters combine", "[store][search]") {
    Archive s;
    CHECK(s.subjects("报价") == Strings{"C 合同", "A 报价 DN50"});
    CHECK(s.subjects("报价 customer:acme") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("报价 -customer:acme") == Strings{"C 合同"});
    CHECK(s.subjects("DN50") == Strings{"D Café order", "A 报价 DN50"});
    CHECK(s.subjects("DN50 direction:out") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("DN50 direction:in") == Strings{"D Café order"});
    CHECK(s.subjects("customer:acme OR customer:dupont") ==
          Strings{"D Café order", "B inquiry", "A 报价 DN50"});
    CHECK(s.subjects("customer:华东石化") == Strings{"C 合同"});
    // Mixed with another filter, customer: is an SQL condition naming the same customers.
    CHECK(s.subjects("customer:dupont OR from:zhang@") == Strings{"D Café order", "C 合同"});
    CHECK(s.subjects("customer:华东石化 OR folder:sent") == Strings{"C 合同", "A 报价 DN50"});
    CHECK(s.subjects("customer:nobody").empty());
    CHECK(s.subjects("after:2026-01-11") ==
          Strings{"E newsletter", "D Café order", "C 合同", "B inquiry"});
    CHECK(s.subjects("价格 after:2026-01-11 before:2026-02-10") == Strings{"C 合同"});
    CHECK(s.subjects("from:li@acme") == Strings{"B inquiry"});
    CHECK(s.subjects("from:dupont.fr vannes") == Strings{"D Café order"});
    CHECK(s.subjects("to:wang@acme.com") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("subject:报价") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("subject:合同 OR subject:inquiry") == Strings{"C 合同", "B inquiry"});
    CHECK(s.subjects("kind:quote") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("kind:inquiry DN80") == Strings{"B inquiry"});
    CHECK(s.subjects("has:attachment") == Strings{"C 合同", "A 报价 DN50"});
    CHECK(s.subjects("-has:attachment DN50") == Strings{"D Café order"});
    CHECK(s.subjects("filename:.pdf") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("filename:合同*docx") == Strings{"C 合同"});
    CHECK(s.subjects("folder:sent") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("folder:INBOX -folder:orders") ==
          Strings{"E newsletter", "C 合同", "B inquiry"});
    CHECK(s.subjects("报价 OR commande") == Strings{"D Café order", "C 合同", "A 报价 DN50"});
    CHECK(s.subjects("价格 -报价") == Strings{"E newsletter"});
    CHECK(s.subjects("-报价").empty()); // exclusions alone are not a search
}

TEST_CASE("Latin words ignore case and accents; codes match whole and by prefix",
          "[store][search]") {
    Archive s;
    CHECK(s.subjects("CAFE") == Strings{"D Café order"});
    CHECK(s.subjects("confirmee revise") == Strings{"D Café order"});
    CHECK(s.subjects("QT-2026-0412") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("qt 2026 0412") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("QT-2026-04*") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("QT-2026-04").empty());
    CHECK(s.subjects("5000S") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("5000*") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("DN*") == Strings{"D Café order", "B inquiry", "A 报价 DN50"});
    CHECK(s.subjects("dn").empty());
}

TEST_CASE("phrases and CJK words match as substrings only", "[store][search]") {
    Archive s;
    CHECK(s.subjects("报价单") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("价单") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("单价").empty());
    CHECK(s.subjects("报") == Strings{"E newsletter", "C 合同", "A 报价 DN50"});
    CHECK(s.subjects("\"ball valves DN80\"") == Strings{"B inquiry"});
    CHECK(s.subjects("\"valves ball\"").empty());
    CHECK(s.subjects("\"报价单 QT-2026\"") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("\"球阀 5000S\"") == Strings{"A 报价 DN50"});
    CHECK(s.subjects("\"报价执行\"") == Strings{"C 合同"});
    CHECK(s.subjects("\"价格 报价\"").empty());
}

TEST_CASE("attachment text is searched and the hit names the attachment", "[store][search]") {
    Archive s;
    Doc files{"F files",
              "see attachments",
              k_t0 + 60 * k_day,
              {"acme"},
              parsers::Direction::inbound,
              "li@acme.com",
              "me@ourco.com",
              {"specs.txt", "报价单-2026.xlsx"}};
    files.attachment_texts = {"Technical specification: flanged ends",
                              "型号 DN100 单价 12.50 USD 交货期 30天"};
    s.add(files);
    auto hits = s.search("单价 USD");
    REQUIRE(hits.total == 1);
    CHECK(hits.results[0].subject == "F files");
    CHECK(hits.results[0].attachment == "报价单-2026.xlsx");
    CHECK(hits.results[0].matched_attachments == Strings{"报价单-2026.xlsx"});
    CHECK(hits.results[0].snippet == "型号 DN100 [单价] 12.50 [USD] 交货期 30天");
    // Words may come from the message and from an attachment; filters still apply.
    CHECK(s.subjects("attachments flanged") == Strings{"F files"});
    CHECK(s.subjects("flanged customer:华东石化").empty());
    CHECK(s.subjects("flanged -DN100").empty());
    // A hit in the message text itself names no attachment.
    auto text_hit = s.search("attachments");
    REQUIRE(text_hit.results.size() == 1);
    CHECK(text_hit.results[0].attachment.empty());
    // The message text ends with the attachment names (index_write.cpp).
    CHECK(text_hit.results[0].snippet == "see [attachments] specs.txt 报价单-2026.xlsx");
}

TEST_CASE("snippets highlight whole CJK words, pages and relevance", "[store][search]") {
    Archive s;
    auto hits = s.search("报价单 5000s");
    REQUIRE(hits.results.size() == 1);
    CHECK(hits.results[0].snippet == "请查收[报价单] QT-2026-0412，球阀 [5000S]。 [报价单].pdf");
    CHECK(hits.results[0].customers == Strings{"acme"});
    CHECK(hits.results[0].direction == "outbound");
    auto page = s.index.search(store::SearchRequest{"报", "", store::SearchSort::date, 1, 1});
    REQUIRE(page);
    CHECK(page->total == 3);
    REQUIRE(page->results.size() == 1);
    CHECK(page->results[0].subject == "C 合同");
    auto past = s.index.search(store::SearchRequest{"报", "", store::SearchSort::date, 5, 10});
    REQUIRE(past);
    CHECK(past->total == 3);
    CHECK(past->results.empty());
    // The subject weighs more than the body: A has 报价 in its subject.
    CHECK(s.subjects("报价", store::SearchSort::relevance).front() == "A 报价 DN50");
    auto customer = s.index.search(store::SearchRequest{"DN50", "acme"});
    REQUIRE(customer);
    CHECK(customer->total == 1);
}

TEST_CASE("query errors reach the caller", "[store][search]") {
    Archive s;
    auto bad = s.index.search(store::SearchRequest{"报价 kind:price"});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::usage);
    CHECK(bad.error().message.starts_with("query column 4: unknown kind 'price'"));
}

TEST_CASE("hits group into conversations by thread and subject", "[store][search]") {
    SearchStore s;
    s.add({"询价 DN50 ball valves",
           "请报价",
           k_t0,
           {"acme"},
           parsers::Direction::inbound,
           "li@acme.com",
           "me@ourco.com",
           {},
           "INBOX",
           parsers::DocKind::inquiry,
           "root@acme"});
    s.add({"回复：询价 DN50 ball valves",
           "报价如下",
           k_t0 + k_day,
           {"acme"},
           parsers::Direction::outbound,
           "me@ourco.com",
           "li@acme.com",
           {},
           "Sent",
           parsers::DocKind::quote,
           "r1@ourco",
           {"root@acme"}});
    s.add({"RE: Re: 询价 DN50 ball valves",
           "thanks, 报价 ok",
           k_t0 + 2 * k_day,
           {"acme"},
           parsers::Direction::inbound,
           "li@acme.com",
           "me@ourco.com",
           {},
           "INBOX",
           parsers::DocKind::other,
           "r2@acme",
           {}});
    s.add({"Other 报价", "another 报价", k_t0 + 3 * k_day, {"acme"}});
    auto hits = s.search("报价");
    REQUIRE(hits.results.size() == 4);
    auto threads = store::group_threads(hits.results);
    REQUIRE(threads.size() == 2);
    CHECK(threads[0].subject == "other 报价");
    CHECK(threads[1].subject == "询价 dn50 ball valves");
    CHECK(threads[1].hits == std::vector<size_t>{1, 2, 3});
    CHECK(threads[1].key == "r2@acme");
    CHECK(store::normalised_subject("Fwd: [EXT] AW: 回复：答复:  Quote   DN50") == "quote dn50");
    CHECK(store::normalised_subject("Re[2]: x") == "x");
    CHECK(store::normalised_subject("Regarding valves") == "regarding valves");
}

TEST_CASE("a phrase never spans two attachments", "[store][search]") {
    SearchStore s;
    Doc two{"two files",    "see both",        k_t0, {}, parsers::Direction::inbound, "li@acme.com",
            "me@ourco.com", {"a.txt", "b.txt"}};
    two.attachment_texts = {"price list ends with 报价", "单价 starts the second"};
    s.add(two);
    CHECK(s.subjects("报价 单价") == Strings{"two files"});
    CHECK(s.subjects("\"报价 单价\"").empty());
    CHECK(s.subjects("报价单").empty()); // no bigram across the two files either
    CHECK(s.subjects("\"ends with 报价\"") == Strings{"two files"});
}

TEST_CASE("an unfiled attachment's text does not shift the names of the others",
          "[store][search]") {
    // Issue 18: attachments.text_size cuts search_text's attachments column back into texts, so
    // the column must hold the texts of the filed attachments only.
    SearchStore s;
    parsers::Message m;
    m.subject = "two parts";
    m.text = "see the list";
    m.date = k_t0;
    m.from = {{"", "li@acme.com"}};
    for (const char* name : {"inline.txt", "list.csv"}) {
        parsers::Attachment a;
        a.filename = name;
        a.content = std::string("bytes of ") + name;
        m.attachments.push_back(a);
    }
    parsers::Classification c;
    c.customers.push_back({"acme", "address", "li@acme.com"});
    std::string raw = "Subject: two parts\r\n\r\nsee the list";
    std::string sha = sha256_hex(raw);
    auto filed = s.archive.file(sha, raw, m, {"acme"});
    REQUIRE(filed);
    REQUIRE(s.archive.sync());
    REQUIRE(filed->attachments.size() == 2);
    filed->attachments.erase(filed->attachments.begin()); // as if the first part were not filed
    std::vector<store::AttachmentText> texts = {{"gasket 密封垫", ""}, {"flange 法兰盘", ""}};
    store::NewMessage record{sha, static_cast<int64_t>(raw.size()), &m, &c, &*filed, &texts};
    REQUIRE(s.index.begin());
    REQUIRE(s.index.add_message(record));
    REQUIRE(s.index.commit());
    auto hits = s.search("法兰盘");
    REQUIRE(hits.results.size() == 1);
    CHECK(hits.results[0].matched_attachments == Strings{"list.csv"});
    CHECK(s.subjects("密封垫").empty());
}

TEST_CASE("totals are counted up to the count limit", "[store][search]") {
    SearchStore s;
    for (int i = 0; i < 7; ++i)
        s.add({"quote " + std::to_string(i), "报价 number " + std::to_string(i), k_t0 + i * k_day});
    store::SearchRequest request{"报价", "", store::SearchSort::date, 2, 0, 5};
    auto capped = s.index.search(request);
    REQUIRE(capped);
    CHECK(capped->total == 5);
    CHECK_FALSE(capped->total_exact);
    REQUIRE(capped->results.size() == 2);
    CHECK(capped->results[0].subject == "quote 6"); // newest first
    request.count_limit = 10;
    auto exact = s.index.search(request);
    REQUIRE(exact);
    CHECK(exact->total == 7);
    CHECK(exact->total_exact);
    request.offset = 6; // a page past the count limit still counts to its end
    request.count_limit = 3;
    auto last = s.index.search(request);
    REQUIRE(last);
    CHECK(last->total == 7);
    CHECK(last->total_exact);
    REQUIRE(last->results.size() == 1);
    CHECK(last->results[0].subject == "quote 0");
}

TEST_CASE("migration 8 moves text, attachment text and filters into date order",
          "[store][search][migration]") {
    test::TempDir dir;
    std::filesystem::path path = dir.path() / "index.sqlite";
    {
        // An index as mailclerk wrote it at schema version 7: ids not in date order.
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(store::prepare_schema(*db, 7));
        REQUIRE(db->exec(R"sql(
INSERT INTO customers (id, slug, name) VALUES (1, 'acme', 'ACME Corp');
INSERT INTO messages (id, sha256, date, subject, direction, kind, size) VALUES
  (1, 'a', 1772323200, 'March order', 'inbound', 'order', 10),
  (2, 'b', 1767225600, 'January quote', 'outbound', 'quote', 10),
  (3, 'c', 1769904000, 'February note', 'inbound', 'other', 10),
  (4, 'd', NULL, 'undated', 'inbound', 'other', 10);
INSERT INTO message_text (rowid, subject, body) VALUES
  (1, 'March order', 'common words'), (2, 'January quote', 'common words'),
  (3, 'February note', 'common words'), (4, 'undated', 'common words');
INSERT INTO attachments (message_id, idx, sha256, filename, size, kind) VALUES
  (2, 0, 'x', 'QT-1.xlsx', 5, 'quote'), (2, 1, 'y', 'spec.txt', 5, 'other');
INSERT INTO attachment_text (rowid, filename, body)
  SELECT rowid, filename, CASE idx WHEN 0 THEN '型号 DN100 报价' ELSE '单价 spec' END
  FROM attachments;
INSERT INTO message_customers (message_id, customer_id, reason) VALUES
  (1, 1, 'domain'), (3, 1, 'domain');
)sql"));
    }
    auto index = store::Index::open(path);
    REQUIRE(index);
    auto subjects = [&](const std::string& query) {
        auto results = index->search(store::SearchRequest{query, "", store::SearchSort::date, 50});
        REQUIRE(results);
        Strings out;
        for (const auto& hit : results->results)
            out.push_back(hit.subject);
        return out;
    };
    CHECK(subjects("common") ==
          Strings{"March order", "February note", "January quote", "undated"});
    CHECK(subjects("customer:acme") == Strings{"March order", "February note"});
    CHECK(subjects("common -customer:acme") == Strings{"January quote", "undated"});
    CHECK(subjects("kind:quote") == Strings{"January quote"}); // by its attachment's kind too
    CHECK(subjects("direction:out has:attachment") == Strings{"January quote"});
    CHECK(subjects("DN100") == Strings{"January quote"});
    CHECK(subjects("\"报价 单价\"").empty());
    CHECK(subjects("common after:2026-02-01") == Strings{"March order", "February note"});
    CHECK(subjects("common before:2026-02-01") == Strings{"January quote"});
    auto hits = index->search(store::SearchRequest{"DN100", "", store::SearchSort::date, 5});
    REQUIRE(hits);
    REQUIRE(hits->results.size() == 1);
    CHECK(hits->results[0].attachment == "QT-1.xlsx");
}

namespace {

// Makes "mailclerk" on this connection FTS5's unicode61 tokenizer: an index written so holds no
// pair tokens, as one written before migration 10 did not.
void tokenize_without_pairs(store::Database& db) {
    fts5_api* api = nullptr;
    auto stmt = db.prepare("SELECT fts5(?1)");
    REQUIRE(stmt);
    stmt->bind_pointer(1, &api, "fts5_api_ptr");
    REQUIRE(stmt->step());
    REQUIRE(api != nullptr);
    void* user_data = nullptr;
    fts5_tokenizer unicode61{};
    REQUIRE(api->xFindTokenizer(api, "unicode61", &user_data, &unicode61) == SQLITE_OK);
    REQUIRE(api->xCreateTokenizer(api, store::k_tokenizer_name, user_data, &unicode61, nullptr) ==
            SQLITE_OK);
}

} // namespace

TEST_CASE("migration 10 re-tokenizes both text tables with pairs", "[store][search][migration]") {
    test::TempDir dir;
    std::filesystem::path path = dir.path() / "index.sqlite";
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(store::prepare_schema(*db, 9));
    }
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        tokenize_without_pairs(*db);
        REQUIRE(db->exec(R"sql(
INSERT INTO messages (id, sha256, date, subject, direction, kind, size, search_key) VALUES
  (1, 'a', 1772323200, 'ball valves', 'inbound', 'quote', 10, 1772323200 << 24 | 1);
INSERT INTO search_text (rowid, subject, body, attachments, meta) VALUES
  (1772323200 << 24 | 1, 'ball valves', 'Please quote ball valves DN80', '型号 DN100 报价', 'zdinbound');
INSERT INTO attachments (message_id, idx, sha256, filename, size, kind) VALUES
  (1, 0, 'x', 'QT-1.xlsx', 5, 'quote');
INSERT INTO attachment_text (rowid, filename, body)
  SELECT rowid, filename, '型号 DN100 报价' FROM attachments;
)sql"));
    }
    auto index = store::Index::open(path);
    REQUIRE(index);
    for (const char* query : {"\"quote ball valves\"", "\"型号 DN100\"", "DN80"}) {
        auto results = index->search(store::SearchRequest{query, "", store::SearchSort::date, 5});
        INFO(query);
        REQUIRE(results);
        REQUIRE(results->results.size() == 1);
    }
    auto hit =
        index->search(store::SearchRequest{"\"DN100 报价\"", "", store::SearchSort::date, 5});
    REQUIRE(hit);
    REQUIRE(hit->results.size() == 1);
    CHECK(hit->results[0].attachment == "QT-1.xlsx"); // the attachments column was rebuilt too
}

TEST_CASE("migration 11 keeps attachment text once and still names the attachment that matched",
          "[store][search][migration]") {
    test::TempDir dir;
    std::filesystem::path path = dir.path() / "index.sqlite";
    {
        // At schema 10 the text of each attachment was stored twice: in attachment_text and
        // joined in search_text's attachments column. The middle attachment has no text.
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(store::prepare_schema(*db, 10));
        REQUIRE(db->exec(R"sql(
INSERT INTO messages (id, sha256, date, subject, direction, kind, size, search_key) VALUES
  (1, 'a', 1772323200, 'documents', 'inbound', 'quote', 10, 1772323200 << 24 | 1);
INSERT INTO attachments (message_id, idx, sha256, filename, size, kind) VALUES
  (1, 0, 'x', 'QT-1.xlsx', 5, 'quote'), (1, 1, 'y', 'logo.png', 5, 'other'),
  (1, 2, 'z', '', 5, 'other');
INSERT INTO attachment_text (rowid, filename, body)
  SELECT rowid, filename, CASE idx WHEN 0 THEN '型号 DN100 报价' ELSE '单价 flanged ends' END
  FROM attachments WHERE idx <> 1;
INSERT INTO search_text (rowid, subject, body, attachments, meta) VALUES
  (1772323200 << 24 | 1, 'documents', 'see the files',
   '型号 DN100 报价' || char(10) || 'mailclerkattachmentbreak' || char(10) || '单价 flanged ends',
   'zdinbound zkquote zhasatt');
)sql"));
    }
    auto index = store::Index::open(path);
    REQUIRE(index);
    auto attachment = [&](const char* query) {
        auto hits = index->search(store::SearchRequest{query, "", store::SearchSort::date, 5});
        REQUIRE(hits);
        REQUIRE(hits->results.size() == 1);
        return std::make_pair(hits->results[0].attachment, hits->results[0].snippet);
    };
    CHECK(attachment("DN100").first == "QT-1.xlsx");
    CHECK(attachment("flanged").first == "attachment-3"); // the third, past one without text
    CHECK(attachment("flanged").second == "单价 [flanged] ends");
    CHECK(attachment("\"单价 flanged\"").first == "attachment-3");
    auto db = store::Database::open(path);
    REQUIRE(db);
    REQUIRE(store::prepare_schema(*db));
    auto tables =
        db->query_int("SELECT count(*) FROM sqlite_master WHERE name = 'attachment_text'");
    REQUIRE(tables);
    CHECK(*tables == 0);
    auto stmt = db->prepare("SELECT group_concat(text_size, ' ') FROM attachments");
    REQUIRE(stmt);
    REQUIRE(stmt->step());
    CHECK(stmt->column_text(0) == "19 0 19"); // bytes: 型号 DN100 报价, none, 单价 flanged ends
}

TEST_CASE("a customer's timeline and documents are newest first and follow re-matching",
          "[store][search][web]") {
    SearchStore s;
    s.add({"old inquiry", "first", k_t0, {"acme"}});
    s.add({"quote with files",
           "second",
           k_t0 + 2 * k_day,
           {"acme"},
           parsers::Direction::outbound,
           "me@ourco.com",
           "wang@acme.com",
           {"报价单.pdf", "spec.txt"}});
    s.add({"other customer", "third", k_t0 + 3 * k_day, {"globex"}});
    s.add({"newest",
           "fourth",
           k_t0 + 4 * k_day,
           {"acme"},
           parsers::Direction::inbound,
           "wang@acme.com",
           "me@ourco.com",
           {"drawing.dwg"}});
    s.add({"undated", "fifth", 0, {"acme"}});
    auto customers = s.index.directory();
    REQUIRE(customers);
    auto id_of = [&](const std::string& slug) {
        for (const auto& c : *customers)
            if (c.slug == slug) return c.id;
        FAIL("no customer " << slug);
        return int64_t{0};
    };
    auto subjects = [&](const std::string& slug, int64_t limit) {
        auto timeline = s.index.timeline(id_of(slug), limit);
        REQUIRE(timeline);
        Strings out;
        for (const auto& entry : *timeline)
            out.push_back(entry.subject);
        return out;
    };
    CHECK(subjects("acme", 10) == Strings{"newest", "quote with files", "old inquiry", "undated"});
    CHECK(subjects("acme", 2) == Strings{"newest", "quote with files"});
    auto documents = s.index.documents(id_of("acme"), 10);
    REQUIRE(documents);
    Strings files;
    for (const auto& d : *documents)
        files.push_back(d.attachment.filename);
    CHECK(files == Strings{"drawing.dwg", "报价单.pdf", "spec.txt"});
    auto two = s.index.documents(id_of("acme"), 2);
    REQUIRE(two);
    CHECK(two->size() == 2);

    // The quote turns out to be globex's: both customers' pages follow.
    auto hit = s.search("second");
    REQUIRE(hit.results.size() == 1);
    parsers::Message m;
    m.subject = "quote with files";
    parsers::Classification c;
    c.direction = parsers::Direction::outbound;
    c.customers.push_back({"globex", "address", "wang@globex.com"});
    auto added = s.archive.file(hit.results[0].sha256, "raw", m, {"globex"});
    REQUIRE(added);
    REQUIRE(s.archive.sync());
    store::Refiling refiling{hit.results[0].id, &c, &*added, {"acme"}, false};
    REQUIRE(s.index.begin());
    REQUIRE(s.index.refile(refiling));
    REQUIRE(s.index.commit());
    CHECK(subjects("acme", 10) == Strings{"newest", "old inquiry", "undated"});
    CHECK(subjects("globex", 10) == Strings{"other customer", "quote with files"});
    auto moved = s.index.documents(id_of("globex"), 10);
    REQUIRE(moved);
    CHECK(moved->size() == 2);
}

namespace {

// One number read from an index file: FTS5's settings and segments are in its shadow tables.
int64_t index_number(const std::filesystem::path& path, const std::string& sql) {
    auto db = store::Database::open(path);
    REQUIRE(db);
    auto number = db->query_int(sql);
    REQUIRE(number);
    return *number;
}

int64_t fts_hashsize(const std::filesystem::path& path) {
    return index_number(path, "SELECT v FROM search_text_config WHERE k = 'hashsize'");
}

int64_t fts_segments(const std::filesystem::path& path) {
    return index_number(path, "SELECT count(DISTINCT segid) FROM search_text_idx");
}

// One batch of mail with many distinct words (every word and pair is a term of its own, as in
// price lists and PDF text), all of it in one transaction.
void add_wordy_batch(SearchStore& s) {
    REQUIRE(s.index.begin());
    for (int i = 0; i < 60; ++i) {
        std::string text = "Dear Wang, the ball valve quotation 报价单 is attached.";
        for (int j = 0; j < 1500; ++j)
            text += " w" + std::to_string(i) + "x" + std::to_string(j);
        s.add_in_batch({"message " + std::to_string(i), text, k_t0 + i * k_day, {"acme"}});
    }
    REQUIRE(s.index.commit());
}

} // namespace

TEST_CASE("issue 18: a batch beyond FTS5's term hash is written in several segments and "
          "searches find what one segment gives",
          "[store][search][migration]") {
    SearchStore small; // the schema's own hash size (migration 16)
    SearchStore large;
    {
        auto db = store::Database::open(large.db_path);
        REQUIRE(db);
        REQUIRE(store::prepare_schema(*db));
        // The hash size migration 12 set: the whole batch fits in one segment.
        REQUIRE(db->exec("INSERT INTO search_text (search_text, rank) VALUES ('hashsize', "
                         "33554432)"));
    }
    large.index = store::Index::open(large.db_path).value(); // reads the new setting
    add_wordy_batch(small);
    add_wordy_batch(large);
    CHECK(fts_hashsize(small.db_path) == 2097152);
    CHECK(fts_segments(large.db_path) == 1);
    CHECK(fts_segments(small.db_path) > 1);
    for (const char* query : {"\"ball valve\"", "报价单", "quotation", "w7x1499", "w59x0", "w3x1*",
                              "\"w12x3 w12x4\"", "w5x10 OR w40x20", "dear -w1x1"}) {
        INFO(query);
        for (auto sort : {store::SearchSort::date, store::SearchSort::relevance}) {
            auto expected = large.search(query, sort);
            auto found = small.search(query, sort);
            CHECK(found.total == expected.total);
            REQUIRE(found.results.size() == expected.results.size());
            for (size_t i = 0; i < found.results.size(); ++i)
                CHECK(found.results[i].subject == expected.results[i].subject);
        }
    }
    CHECK(small.subjects("w59x0") == Strings{"message 59"});
    CHECK(small.search("\"ball valve\"").total == 60);
}
