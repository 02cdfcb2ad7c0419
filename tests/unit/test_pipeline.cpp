// The pipeline against an in-memory index (store::Writer and store::PriceBook faked), as ninja
// tests its builder against a fake DiskInterface: what it writes, in which order, and what an
// index failure leaves behind. The real SQLite index is exercised by test_store_*.cpp.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "daemon/app/pipeline.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

// Messages and sources kept in maps; commit() checks the durability invariant: every file the
// batch names is in place on disk before the index may commit it.
class FakeIndex : public store::Writer, public store::PriceBook {
  public:
    explicit FakeIndex(std::filesystem::path root) : m_root(std::move(root)) {}

    Status begin() override {
        m_in_transaction = true;
        m_pending = m_committed;
        return {};
    }
    Status commit() override {
        for (const auto& [sha, message] : m_pending.messages)
            for (const std::string& path : message.paths)
                if (!std::filesystem::exists(m_root / path))
                    return fail(ErrorCode::integrity, "index commits a missing file: " + path);
        m_committed = m_pending;
        m_in_transaction = false;
        ++commits;
        return {};
    }
    void rollback() override {
        m_pending = m_committed;
        m_in_transaction = false;
    }
    Result<bool> has_message(const std::string& sha256) override {
        return state().messages.count(sha256) > 0;
    }
    Status add_message(const store::NewMessage& message) override {
        if (fail_next_add) return fail(ErrorCode::database, "disk I/O error");
        Stored& stored = state().messages[message.sha256];
        stored.paths = message.filed->paths;
        stored.subject = message.message->subject;
        for (const auto& match : message.classification->customers)
            stored.customers.push_back(match.slug);
        if (message.prices)
            for (const parsers::PriceItem& item : *message.prices)
                stored.prices.push_back(item.product + " " + item.unit_price + " " + item.currency);
        if (!message.message->message_id.empty())
            state().by_message_id[message.message->message_id] = stored.customers;
        return {};
    }
    Status add_source(const std::string& sha256, const store::SourceRef& source) override {
        state().sources[sha256].insert(source.folder);
        return {};
    }
    Result<std::vector<std::string>>
    customers_of_messages(const std::vector<std::string>& ids) override {
        if (fail_lookup) return fail(ErrorCode::database, "database is locked");
        std::vector<std::string> out;
        for (const std::string& id : ids)
            if (auto found = state().by_message_id.find(id); found != state().by_message_id.end())
                out.insert(out.end(), found->second.begin(), found->second.end());
        return out;
    }
    Status note_contact_details(const std::string&, const std::string&, const std::string&,
                                const std::string&) override {
        return {};
    }
    Status save_sync_state(const store::SyncState& sync) override {
        state().sync_uid = sync.highest_uid;
        return {};
    }
    Result<std::vector<store::ArchivedMessage>> archived_messages() override {
        return std::vector<store::ArchivedMessage>{};
    }
    Result<std::vector<std::string>> refile(const store::Refiling&) override {
        return std::vector<std::string>{};
    }
    Status replace_prices(int64_t, const parsers::Message&, const parsers::Classification&,
                          const std::vector<parsers::PriceItem>&) override {
        return {};
    }
    Status replace_contacts(const std::vector<store::ContactRow>&) override { return {}; }
    Result<std::vector<store::PriceRow>> prices(const std::string&) override {
        return std::vector<store::PriceRow>{};
    }
    Status set_same_product(const std::string&, const std::string&, const std::string&) override {
        return {};
    }
    Result<std::string> price_version(int64_t) override { return std::string(); }
    Result<std::vector<store::ProductPrice>> product_prices(const std::string&, size_t) override {
        return std::vector<store::ProductPrice>{};
    }

    struct Stored {
        std::vector<std::string> paths, customers;
        std::vector<std::string> prices; // "product price currency", one per item
        std::string subject;
        bool operator==(const Stored&) const = default;
    };
    struct State {
        std::map<std::string, Stored> messages;
        std::map<std::string, std::set<std::string>> sources;
        std::map<std::string, std::vector<std::string>> by_message_id;
        int64_t sync_uid = 0;
        bool operator==(const State&) const = default;
    };
    const State& committed() const { return m_committed; }
    int commits = 0;
    bool fail_next_add = false;
    bool fail_lookup = false;

  private:
    State& state() { return m_in_transaction ? m_pending : m_committed; }
    std::filesystem::path m_root;
    bool m_in_transaction = false;
    State m_pending, m_committed;
};

parsers::MatchRules rules() {
    parsers::MatchRules r;
    r.own_domains = {"ourco.com"};
    r.customers = {{"acme", "ACME Corp", {"acme.com"}, {}}};
    return r;
}

const std::string k_quote = "From: Bob <bob@acme.com>\r\nTo: sales@ourco.com\r\n"
                            "Subject: Order status\r\nMessage-ID: <m1@acme.com>\r\n"
                            "Date: Tue, 3 Nov 2026 09:42:00 +0800\r\n\r\nHello\r\n";
const std::string k_reply = "From: Bob <bob@gmail.com>\r\nTo: sales@ourco.com\r\n"
                            "Subject: Re: Order status\r\nMessage-ID: <m2@gmail.com>\r\n"
                            "In-Reply-To: <m1@acme.com>\r\n"
                            "Date: Wed, 4 Nov 2026 09:42:00 +0800\r\n\r\nThanks\r\n";

struct Fixture {
    test::TempDir dir;
    parsers::MatchRules match = rules();
    store::Archive archive{dir.path()};
    FakeIndex index{dir.path()};
    app::Pipeline pipeline{match, archive, index, index};
};

} // namespace

TEST_CASE("pipeline: files, indexes and commits a batch; the same bytes again add a source",
          "[pipeline]") {
    Fixture f;
    auto first = f.pipeline.ingest(k_quote, {"file", "", "/in/a.eml", 0, 0});
    REQUIRE(first);
    CHECK(first->outcome == app::Outcome::added);
    CHECK(f.index.committed().messages.empty()); // nothing is visible before flush()
    REQUIRE(f.pipeline.flush());
    REQUIRE(f.index.committed().messages.size() == 1);
    const auto& stored = f.index.committed().messages.at(first->sha256);
    CHECK(stored.customers == std::vector<std::string>{"acme"});
    CHECK(stored.paths == first->paths);
    CHECK(std::filesystem::exists(f.dir.path() / stored.paths.front()));

    auto again = f.pipeline.ingest(k_quote, {"file", "", "/in/b.eml", 0, 0});
    REQUIRE(again);
    CHECK(again->outcome == app::Outcome::duplicate);
    REQUIRE(f.pipeline.flush());
    CHECK(f.index.committed().sources.at(first->sha256) ==
          std::set<std::string>{"/in/a.eml", "/in/b.eml"});
}

TEST_CASE("pipeline: a reply inherits its thread's customer through the writer's look-up",
          "[pipeline]") {
    Fixture f;
    REQUIRE(f.pipeline.ingest(k_quote, {"file", "", "a.eml", 0, 0}));
    auto reply = f.pipeline.ingest(k_reply, {"file", "", "b.eml", 0, 0});
    REQUIRE(reply);
    REQUIRE(f.pipeline.flush());
    CHECK(f.index.committed().messages.at(reply->sha256).customers ==
          std::vector<std::string>{"acme"});
}

TEST_CASE("pipeline: a failing thread look-up is an error, never 'no customers'", "[pipeline]") {
    Fixture f;
    f.index.fail_lookup = true;
    auto reply = f.pipeline.ingest(k_reply, {"file", "", "b.eml", 0, 0});
    REQUIRE_FALSE(reply);
    CHECK(reply.error().message == "database is locked");
}

TEST_CASE("pipeline: an index failure rolls the batch back and leaves no file in place",
          "[pipeline]") {
    Fixture f;
    f.index.fail_next_add = true;
    auto failed = f.pipeline.ingest(k_quote, {"file", "", "a.eml", 0, 0});
    REQUIRE_FALSE(failed);
    f.pipeline.rollback();
    CHECK(f.index.committed().messages.empty());
    CHECK(f.index.commits == 0);
    // Staged files never appear under their names, and no temporary file is left behind.
    size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(f.dir.path()))
        files += entry.is_regular_file();
    CHECK(files == 0);

    f.index.fail_next_add = false; // the rerun files it once
    auto retried = f.pipeline.ingest(k_quote, {"file", "", "a.eml", 0, 0});
    REQUIRE(retried);
    REQUIRE(f.pipeline.flush());
    CHECK(f.index.committed().messages.size() == 1);
}

TEST_CASE("pipeline: bytes that are not mail are archived raw, unmatched and flagged",
          "[pipeline]") {
    Fixture f;
    auto flagged = f.pipeline.ingest(std::string("\x89PNG\r\n\x1a\n\0\0binary", 16),
                                     {"file", "", "x.eml", 0, 0});
    REQUIRE(flagged);
    CHECK(flagged->outcome == app::Outcome::flagged);
    REQUIRE(f.pipeline.flush());
    REQUIRE(flagged->paths.size() == 1);
    CHECK(flagged->paths.front().starts_with("unmatched/"));
}

namespace {

// A message of customer `n % 3` (0 and 1 are customers, 2 is not), replying to message `n - 1`
// when n is odd, so that a reply's thread is often still with the workers when it is read. A
// reply quotes a price from free mail: its price items belong to the customer of its thread,
// which only the writer knows (issue 18: fewer current price items were once seen with workers).
std::string numbered(int n) {
    static const char* domains[] = {"acme.com", "bolt.de", "nobody.org"};
    std::string from = n % 2 ? "buyer@gmail.com" : std::string("buyer@") + domains[n % 3];
    std::string subject = n % 2 ? "Re: quotation " : "message ";
    std::string raw = "From: " + from + "\r\nTo: sales@ourco.com\r\nSubject: " + subject +
                      std::to_string(n) + "\r\nMessage-ID: <m" + std::to_string(n) + "@x>\r\n";
    if (n % 2) raw += "In-Reply-To: <m" + std::to_string(n - 1) + "@x>\r\n";
    std::string body = n % 2 ? "Ball valve BV-" + std::to_string(n) + ": USD " + std::to_string(n) +
                                   ".50 per pc FOB Ningbo."
                             : "body " + std::to_string(n);
    return raw + "Date: Tue, 3 Nov 2026 09:42:00 +0800\r\n\r\n" + body + "\r\n";
}

// The same sequence of messages, known sources and batch ends through an Ingest with `workers`.
FakeIndex::State ingest_sequence(size_t workers, int* commits) {
    test::TempDir dir;
    parsers::MatchRules match = rules();
    match.customers.push_back({"bolt", "Bolt GmbH", {"bolt.de"}, {}});
    store::Archive archive{dir.path()};
    FakeIndex index{dir.path()};
    app::Ingest ingest(match, archive, index, index, nullptr, nullptr, workers);
    for (int n = 0; n < 60; ++n) {
        REQUIRE(ingest.message(numbered(n), {"imap", "a", "INBOX", 1, n + 1}, 0));
        if (n % 7 == 3) REQUIRE(ingest.message(numbered(n), {"imap", "a", "Sent", 1, n + 1}, 0));
        if (n % 10 == 9)
            REQUIRE(ingest.batch_end(store::SyncState{"a", "INBOX", 1, n + 1, 0, "", 0}));
    }
    REQUIRE(
        ingest.message(std::string("\x89PNG\r\n\x1a\n\0\0binary", 16), {"file", "", "x", 0, 0}, 0));
    REQUIRE(ingest.finish());
    CHECK(ingest.counts().messages == 60 + 9 + 1);
    CHECK(ingest.counts().duplicates == 9);
    CHECK(ingest.counts().flagged == 1);
    *commits = index.commits;
    return index.committed();
}

} // namespace

TEST_CASE("ingest: workers write what the writer alone writes, in the same order and batches",
          "[pipeline]") {
    // Issue 18: understanding moves to worker threads; replies must still find the customers of
    // the message before them, duplicates must still be found, batches commit as before.
    int alone_commits = 0, pooled_commits = 0;
    FakeIndex::State alone = ingest_sequence(0, &alone_commits);
    FakeIndex::State pooled = ingest_sequence(2, &pooled_commits);
    CHECK(alone.messages.size() == 61);
    CHECK(alone.sync_uid == 60);
    const auto& reply = alone.messages.at(parsers::message_identity(numbered(1)));
    CHECK(reply.customers == std::vector<std::string>{"acme"}); // free mail, known by its thread
    CHECK(reply.prices.size() == 1); // and its price item goes to that customer
    CHECK(pooled == alone);
    CHECK(pooled_commits == alone_commits);
}

TEST_CASE("ingest: with workers, messages already archived are recorded at their new place",
          "[pipeline]") {
    // A re-import or a folder read again: the writer finds them in the index before the workers
    // would understand them again, and counts and records them as the writer alone does.
    for (size_t workers : {size_t{0}, size_t{2}}) {
        Fixture f;
        app::Ingest first(f.match, f.archive, f.index, f.index, nullptr, nullptr, workers);
        for (int n = 0; n < 8; ++n)
            REQUIRE(first.message(numbered(n), {"file", "", "old", 0, 0}, 0));
        REQUIRE(first.finish());
        app::Ingest again(f.match, f.archive, f.index, f.index, nullptr, nullptr, workers);
        for (int n = 0; n < 10; ++n)
            REQUIRE(again.message(numbered(n), {"file", "", "new", 0, 0},
                                  static_cast<uint64_t>(n + 1)));
        REQUIRE(again.finish());
        CHECK(again.counts().messages == 10);
        CHECK(again.counts().duplicates == 8);
        CHECK(again.counts().added == 2);
        CHECK(again.counts().consumed == 10);
        CHECK(again.counts().bytes > 0);
        FakeIndex::State state = f.index.committed();
        CHECK(state.messages.size() == 10);
        CHECK(state.sources.at(parsers::message_identity(numbered(3))) ==
              std::set<std::string>{"old", "new"});
        CHECK(state.sources.at(parsers::message_identity(numbered(9))) ==
              std::set<std::string>{"new"});
    }
}

TEST_CASE("ingest: a writer failure stops the source and keeps the batches before it",
          "[pipeline]") {
    Fixture f;
    app::Ingest ingest(f.match, f.archive, f.index, f.index, nullptr, nullptr, 2);
    REQUIRE(ingest.message(numbered(0), {"file", "", "a", 0, 0}, 0));
    REQUIRE(ingest.batch_end(std::nullopt));
    REQUIRE(ingest.finish());
    f.index.fail_next_add = true;
    Status status = ingest.message(numbered(2), {"file", "", "b", 0, 0}, 0);
    // The failure shows at the call that writes it: this one, a later one, or finish().
    for (int n = 4; status && n < 40; n += 2)
        status = ingest.message(numbered(n), {"file", "", "c", 0, 0}, 0);
    Status finished = ingest.finish();
    REQUIRE_FALSE((status && finished));
    CHECK((status ? finished : status).error().message == "disk I/O error");
    CHECK(f.index.committed().messages.size() == 1);
}
