// Issue 21: the archive's journal (store/journal.hpp) and its replay into a new index
// (store/journal_replay.cpp), on real files: what people typed survives the loss of the index.
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "common/file_io.hpp"
#include "store/health.hpp"
#include "store/index.hpp"
#include "store/journal.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

// The cheap header checks as Index::open runs them: on the bytes read through SQLite's own handle.
Status check_header(const fs::path& path) {
    auto db = store::Database::open_read_only(path);
    REQUIRE(db);
    auto head = db->file_head(100);
    REQUIRE(head);
    return store::check_index_header(path, head->bytes, head->size);
}

// An index at `path` of a few dozen pages (50 rows of half a kilobyte), checked whole.
void write_index_of_pages(const fs::path& path) {
    auto index = store::Index::open(path);
    REQUIRE(index);
    for (int i = 0; i < 50; ++i)
        REQUIRE(
            index->ignore_candidate("d" + std::to_string(i) + ".example." + std::string(500, 'x')));
    REQUIRE(index->check_integrity(store::IntegrityDepth::full)->clean());
}

std::vector<std::string> read_all(const store::Journal& journal, store::JournalPosition from = {}) {
    store::JournalReader reader(journal, from);
    std::vector<std::string> out;
    for (;;) {
        auto line = reader.next();
        REQUIRE(line);
        if (!*line) break;
        out.push_back(**line);
    }
    return out;
}

store::Index open_journaled(const test::TempDir& dir) {
    auto index = store::Index::open(dir / "index.sqlite", {dir / "journal"});
    REQUIRE(index);
    return std::move(*index);
}

// The typed state of an index, for comparing a rebuilt index with the original.
std::vector<std::string> typed_state(store::Index& index) {
    std::vector<std::string> out;
    auto rows = index.directory();
    REQUIRE(rows);
    for (const store::CustomerRow& row : *rows) {
        std::string line = row.slug + "|" + row.name + "|" + row.category + "|" + row.notes;
        for (const std::string& domain : row.domains)
            line += "|d:" + domain;
        auto events = index.customer_events(row.id);
        REQUIRE(events);
        for (const std::string& event : *events)
            line += "|e:" + event;
        out.push_back(line);
    }
    auto users = index.users();
    REQUIRE(users);
    for (const store::UserRow& user : *users)
        out.push_back("user|" + user.name + "|" + user.password_hash + "|" + user.role + "|" +
                      user.team);
    auto ignored = index.ignored_candidates();
    REQUIRE(ignored);
    for (const std::string& domain : *ignored)
        out.push_back("ignored|" + domain);
    auto states = index.sync_states();
    REQUIRE(states);
    for (const store::SyncState& state : *states)
        out.push_back("sync|" + state.account + "|" + state.folder + "|" +
                      std::to_string(state.uidvalidity) + "|" + std::to_string(state.highest_uid));
    return out;
}

} // namespace

TEST_CASE("journal: records flushed are read back in order; a torn tail is not a record",
          "[journal]") {
    test::TempDir dir;
    store::Journal journal(dir / "journal");
    journal.add(R"({"t":"a"})");
    journal.add(R"({"t":"b"})");
    REQUIRE(journal.flush());
    CHECK_FALSE(journal.pending());
    struct stat st {};
    REQUIRE(::stat((dir / "journal").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700); // password hashes inside
    // A crash cut the next append short: no newline, no record.
    {
        auto file = fs::path(journal.segment_path(1));
        auto bytes = read_file(file).value();
        test::write_file(file, bytes + R"({"t":"to)");
    }
    CHECK(read_all(journal) == std::vector<std::string>{R"({"t":"a"})", R"({"t":"b"})"});
    auto end = journal.end();
    REQUIRE(end);
    // The next flush overwrites the torn tail.
    journal.add(R"({"t":"c"})");
    REQUIRE(journal.flush());
    CHECK(read_all(journal) ==
          std::vector<std::string>{R"({"t":"a"})", R"({"t":"b"})", R"({"t":"c"})"});
    CHECK(read_all(journal, *end) == std::vector<std::string>{R"({"t":"c"})"});
}

TEST_CASE("journal: a rewound savepoint's records are not written", "[journal]") {
    test::TempDir dir;
    store::Journal journal(dir / "journal");
    journal.add("1");
    size_t mark = journal.mark();
    journal.add("2");
    journal.rewind(mark);
    REQUIRE(journal.flush());
    CHECK(read_all(journal) == std::vector<std::string>{"1"});
}

TEST_CASE("journal: every change people make is journaled and a new index replays it",
          "[journal]") {
    test::TempDir dir;
    std::vector<std::string> before;
    {
        store::Index index = open_journaled(dir);
        store::CustomerRow acme;
        acme.slug = "acme";
        acme.name = "ACME";
        acme.category = "key";
        acme.source = "manual";
        acme.domains = {"acme.com"};
        auto id = index.save_customer(acme);
        REQUIRE(id);
        REQUIRE(index.add_customer_event(*id, "added by hand"));
        REQUIRE(index.rename_customer(*id, "acme-corp", "ACME Corp"));
        store::CustomerRow other = acme;
        other.slug = "acme-sales";
        other.name = "ACME Sales";
        other.domains = {"sales.acme.com"};
        auto other_id = index.save_customer(other);
        REQUIRE(other_id);
        REQUIRE(index.merge_customers(*other_id, *id));
        REQUIRE(index.ignore_candidate("stranger.org"));
        REQUIRE(index.save_user({"alice", "$argon2id$hash", "manager", "", 1700000000}));
        REQUIRE(index.save_user({"eve", "$argon2id$other", "rep", "east", 1700000001}));
        REQUIRE(index.remove_user("eve"));
        REQUIRE(index.save_sync_state({"carol", "INBOX", 42, 17, 1700000100, "", 0}));
        before = typed_state(index);
    }
    CHECK(before.size() >= 4);
    // The index is lost; a new one replays the journal.
    fs::remove(dir / "index.sqlite");
    fs::remove(dir / "index.sqlite-wal");
    fs::remove(dir / "index.sqlite-shm");
    auto refused = store::Index::open(dir / "index.sqlite", {dir / "journal"});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::corrupt);
    CHECK(refused.error().hint.find("mailclerk reindex") != std::string::npos);

    auto rebuilt = store::Index::open(dir / "rebuilt.sqlite");
    REQUIRE(rebuilt);
    store::Journal journal(dir / "journal");
    auto replayed = rebuilt->replay(journal, {});
    REQUIRE(replayed);
    CHECK(replayed->skipped == 0);
    CHECK(typed_state(*rebuilt) == before);
    // Replaying the same records again changes nothing (a rebuild catching up twice).
    REQUIRE(rebuilt->replay(journal, {}));
    CHECK(typed_state(*rebuilt) == before);
}

TEST_CASE("journal: an existing index without a journal starts one from its state", "[journal]") {
    test::TempDir dir;
    std::vector<std::string> before;
    {
        auto index = store::Index::open(dir / "index.sqlite");
        REQUIRE(index);
        REQUIRE(index->ignore_candidate("old.example"));
        REQUIRE(index->save_user({"bob", "$hash", "rep", "west", 1700000000}));
        before = typed_state(*index);
    }
    { store::Index index = open_journaled(dir); }
    store::Journal journal(dir / "journal");
    REQUIRE(journal.started());
    auto rebuilt = store::Index::open(dir / "rebuilt.sqlite");
    REQUIRE(rebuilt);
    REQUIRE(rebuilt->replay(journal, {}));
    CHECK(typed_state(*rebuilt) == before);
}

TEST_CASE("journal: a change the journal cannot record is not committed", "[journal]") {
    test::TempDir dir;
    store::Index index = open_journaled(dir);
    REQUIRE(index.save_user({"alice", "$hash", "rep", "", 1700000000}));
    // The journal's segment cannot be written (a directory in its place stands in for a full
    // or read-only disk).
    store::Journal journal(dir / "journal");
    auto segment = journal.segment_path(1);
    fs::rename(segment, dir / "saved.jsonl");
    fs::create_directory(segment);
    auto saved = index.save_user({"bob", "$hash", "rep", "", 1700000000});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().message.find("journal") != std::string::npos);
    auto bob = index.find_user("bob");
    REQUIRE(bob);
    CHECK_FALSE(bob->has_value()); // rolled back with the journal's refusal
    fs::remove(segment);
    fs::rename(dir / "saved.jsonl", segment);
    REQUIRE(index.save_user({"bob", "$hash", "rep", "", 1700000000}));
    auto found = index.find_user("bob");
    REQUIRE(found);
    CHECK(found->has_value());
}

TEST_CASE("health: a cut-short or foreign index file is refused with the reindex hint",
          "[journal]") {
    test::TempDir dir;
    write_index_of_pages(dir / "index.sqlite");
    CHECK(check_header(dir / "index.sqlite"));
    auto bytes = read_file(dir / "index.sqlite").value();
    test::write_file(dir / "cut.sqlite", bytes.substr(0, bytes.size() / 2));
    auto cut = check_header(dir / "cut.sqlite");
    REQUIRE_FALSE(cut);
    CHECK(cut.error().code == ErrorCode::corrupt);
    CHECK(cut.error().message.find("cut short") != std::string::npos);
    CHECK(cut.error().hint.find("mailclerk reindex") != std::string::npos);
    test::write_file(dir / "foreign.sqlite", std::string(4096, 'z'));
    auto foreign = store::Index::open(dir / "foreign.sqlite");
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == ErrorCode::corrupt);
}

// CI saw `status` refuse a live daemon's index as cut short: another process's checkpoint had
// written page 1, counting the new pages, before the pages themselves. The open waits that out.
TEST_CASE("health: an index caught mid-checkpoint (header ahead of the pages) opens once they land",
          "[journal]") {
    test::TempDir dir;
    write_index_of_pages(dir / "index.sqlite");
    auto bytes = read_file(dir / "index.sqlite").value();
    REQUIRE(static_cast<unsigned char>(bytes[18]) == 2); // WAL: a checkpoint can grow it
    test::write_file(dir / "index.sqlite", bytes.substr(0, bytes.size() / 2));
    std::thread checkpoint([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        std::ofstream rest(dir / "index.sqlite", std::ios::binary | std::ios::app);
        rest << bytes.substr(bytes.size() / 2);
    });
    auto index = store::Index::open_read_only(dir / "index.sqlite");
    checkpoint.join();
    REQUIRE(index);
    CHECK(index->directory());
}
