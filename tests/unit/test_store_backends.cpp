// The store's shared behaviour, once per backend (issue 23): the same cases run on the SQLite
// index and on PostgreSQL (store/postgres/pg_writer.hpp and pg_index.hpp), and what each answers
// is compared with the other. PostgreSQL needs a server: MAILCLERK_TEST_POSTGRES_URL names a
// database the tests may drop the schema "mailclerk" in (tests/integration/
// test_postgres_store.sh starts a throwaway one and runs these cases); without it the
// PostgreSQL side is skipped with a warning.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "config/config.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/today/agenda.hpp"
#include "store/index.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/postgres/pg_writer.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

const char* postgres_url() {
    return std::getenv("MAILCLERK_TEST_POSTGRES_URL");
}

// One backend's index behind the interfaces the pipeline and the commands use.
struct Backend {
    std::string name;
    std::optional<store::Index> sqlite;
    std::unique_ptr<store::pg::PgWriter> writer;
    std::unique_ptr<store::pg::PgIndex> reader;

    store::Writer& write() { return sqlite ? static_cast<store::Writer&>(*sqlite) : *writer; }
    store::PriceBook& prices() {
        return sqlite ? static_cast<store::PriceBook&>(*sqlite) : *reader;
    }
    store::Search& search() { return sqlite ? static_cast<store::Search&>(*sqlite) : *reader; }
    store::Timeline& timeline() {
        return sqlite ? static_cast<store::Timeline&>(*sqlite) : *reader;
    }
    store::SyncStates& states() {
        return sqlite ? static_cast<store::SyncStates&>(*sqlite) : *writer;
    }
    store::Reader& read() { return sqlite ? static_cast<store::Reader&>(*sqlite) : *reader; }
    store::PriceCorrections& corrections() {
        return sqlite ? static_cast<store::PriceCorrections&>(*sqlite) : *reader;
    }
    today::AgendaIndex agenda() {
        return sqlite ? today::agenda_index(*sqlite) : today::agenda_index(*reader);
    }
    Status sync_customers(const std::vector<store::CustomerRow>& rows) {
        return sqlite ? sqlite->sync_customers(rows) : writer->sync_customers(rows);
    }
};

// A new, empty index of `name` ("sqlite" or "postgresql"); nullopt when PostgreSQL has no
// server to run on.
std::optional<Backend> open_backend(const std::string& name, const test::TempDir& dir) {
    Backend backend{name, {}, {}, {}};
    if (name == "sqlite") {
        auto index = store::Index::open(dir / "index.sqlite");
        REQUIRE(index);
        backend.sqlite.emplace(std::move(*index));
        return backend;
    }
    const char* url = postgres_url();
    if (url == nullptr) {
        WARN("PostgreSQL side not run: MAILCLERK_TEST_POSTGRES_URL is not set "
             "(tests/integration/test_postgres_store.sh sets it)");
        return std::nullopt;
    }
    auto admin = store::pg::Connection::open(url);
    REQUIRE(admin);
    REQUIRE(admin->exec("DROP SCHEMA IF EXISTS mailclerk CASCADE"));
    auto writer = store::pg::PgWriter::open(url);
    REQUIRE(writer);
    backend.writer = std::make_unique<store::pg::PgWriter>(std::move(*writer));
    auto reader = store::pg::PgIndex::open(url);
    REQUIRE(reader);
    backend.reader = std::make_unique<store::pg::PgIndex>(std::move(*reader));
    return backend;
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The sample mail's inbox and sent folders, in name order.
std::vector<fs::path> sample_files() {
    std::vector<fs::path> files;
    for (const char* folder : {"inbox", "sent"})
        for (const auto& entry :
             fs::directory_iterator(fs::path(MAILCLERK_SOURCE_DIR) / "samples/mail" / folder))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

struct Samples {
    config::Config config;
    parsers::MatchRules rules;
};

Samples sample_config() {
    auto config = config::load(fs::path(MAILCLERK_SOURCE_DIR) / "samples/mailclerk.toml");
    REQUIRE(config);
    auto rules = app::match_rules(*config);
    REQUIRE(rules);
    return {std::move(*config), std::move(*rules)};
}

// Messages (raw bytes, where from) into the backend through the pipeline, one batch, with the
// config's customers; returns the counts of added and duplicate messages.
std::pair<int, int> ingest_all(Backend& backend, const Samples& samples, const fs::path& root,
                               const std::vector<std::pair<std::string, store::SourceRef>>& mail) {
    REQUIRE(backend.sync_customers(app::customer_rows(samples.config)));
    store::Archive archive(root);
    app::Pipeline pipeline(samples.rules, archive, backend.write(), backend.prices(),
                           app::PriceLists::leave);
    int added = 0, duplicates = 0;
    for (const auto& [raw, source] : mail) {
        auto done = pipeline.ingest(raw, source);
        REQUIRE(done);
        (done->outcome == app::Outcome::duplicate ? duplicates : added) += 1;
    }
    REQUIRE(pipeline.flush());
    return {added, duplicates};
}

// The sample mail, as ingest_all does.
std::pair<int, int> import_samples(Backend& backend, const Samples& samples, const fs::path& root) {
    std::vector<std::pair<std::string, store::SourceRef>> mail;
    for (const fs::path& file : sample_files())
        mail.emplace_back(bytes_of(file), store::SourceRef{"file", "", file.string()});
    return ingest_all(backend, samples, root, mail);
}

// What a backend answers about the imported samples, to compare across backends.
struct Answers {
    std::map<std::string, std::vector<std::string>> searches; // query -> sha256 in order
    std::map<std::string, int64_t> totals;
    std::map<std::string, std::vector<std::string>> histories; // slug -> sha256 in order
    std::map<std::string, std::vector<std::string>> prices;    // slug -> "product price currency"
    // The web page's and verify's reads (ids differ across backends: rows are compared by
    // what they say).
    std::map<std::string, std::vector<std::string>> details;   // sha256 -> fields, sources
    std::map<std::string, std::vector<std::string>> timelines; // slug -> entries, newest first
    std::map<std::string, std::vector<std::string>> documents; // slug -> attachments
    std::map<std::string, std::string> price_versions;         // slug -> version
    std::map<std::string, std::vector<std::string>> products;  // query -> customer, prices
    std::vector<std::string> files;
};

std::string attachment_line(const store::MessageAttachment& a) {
    std::string line = std::to_string(a.idx) + " " + a.filename + " " + a.content_type + " " +
                       a.kind + " " + a.sha256 + " " + std::to_string(a.size);
    for (const std::string& path : a.paths)
        line += " " + path;
    return line;
}

// One message as message_detail and sources_of give it, without its row id.
std::vector<std::string> detail_lines(Backend& backend, int64_t id) {
    auto detail = backend.timeline().message_detail(id);
    if (!detail) FAIL(backend.name << ": " << detail.error().message);
    REQUIRE(detail->has_value());
    const store::MessageDetail& m = **detail;
    std::vector<std::string> lines{m.sha256 + " " + m.message_id + " " + std::to_string(m.date) +
                                   " " + m.subject + " " + m.from + " " + m.direction + " " +
                                   m.kind + " " + std::to_string(m.size)};
    for (const auto& [role, address] : m.addresses)
        lines.push_back(role + ": " + address);
    for (const std::string& slug : m.customer_slugs)
        lines.push_back("customer " + slug);
    for (const std::string& path : m.paths)
        lines.push_back("file " + path);
    for (const store::MessageAttachment& a : m.attachments)
        lines.push_back("attachment " + attachment_line(a));
    auto sources = backend.timeline().sources_of(m.sha256);
    REQUIRE(sources);
    for (const store::SourceRef& source : *sources)
        lines.push_back("source " + source.kind + " " + source.account + " " + source.folder);
    return lines;
}

// A customer's id on this backend, from one of its messages.
int64_t customer_id_of(Backend& backend, const std::string& slug) {
    auto found = backend.search().search("customer:" + slug, "", 1, 0);
    REQUIRE(found);
    REQUIRE(!found->results.empty());
    auto detail = backend.timeline().message_detail(found->results.front().id);
    REQUIRE(detail);
    REQUIRE(detail->has_value());
    const store::MessageDetail& m = **detail;
    for (size_t i = 0; i < m.customer_slugs.size(); ++i)
        if (m.customer_slugs[i] == slug) return m.customer_ids[i];
    FAIL("no customer " << slug << " on its own message");
    return 0;
}

void add_page_answers(Backend& backend, Answers& out) {
    for (const char* direction : {"direction:in", "direction:out"}) {
        auto found = backend.search().search(direction, "", 1000, 0);
        REQUIRE(found);
        for (const store::SearchHit& hit : found->results)
            out.details[hit.sha256] = detail_lines(backend, hit.id);
    }
    auto missing = backend.timeline().message_detail(-1);
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
    for (const char* slug : {"acme", "华东石化", "twprecision"}) {
        int64_t id = customer_id_of(backend, slug);
        auto entries = backend.timeline().timeline(id, 5);
        REQUIRE(entries);
        for (const store::TimelineEntry& e : *entries) {
            std::string line = std::to_string(e.date) + " " + e.direction + " " + e.subject + " " +
                               e.counterpart + " " + e.kind;
            for (const store::MessageAttachment& a : e.attachments)
                line += " | " + attachment_line(a);
            out.timelines[slug].push_back(line);
        }
        auto documents = backend.timeline().documents(id, 7);
        REQUIRE(documents);
        for (const store::DocumentRow& d : *documents)
            out.documents[slug].push_back(std::to_string(d.date) + " " + d.direction + " " +
                                          attachment_line(d.attachment));
        auto version = backend.prices().price_version(id);
        REQUIRE(version);
        out.price_versions[slug] = *version;
    }
    for (const char* query : {"valve", "dn50", "球阀", "nosuchproduct"}) {
        auto found = backend.prices().product_prices(query, 20);
        REQUIRE(found);
        for (const store::ProductPrice& p : *found) {
            auto side = [](const std::optional<store::PriceRow>& row) {
                return row ? row->item.unit_price + " " + row->item.currency : std::string("-");
            };
            out.products[query].push_back(p.slug + " " + p.product_key + " " + side(p.quoted) +
                                          " / " + side(p.agreed) + (p.exact ? " exact" : "") +
                                          (p.quoted_row ? " row" : ""));
        }
    }
    auto files = backend.timeline().files();
    REQUIRE(files);
    for (const store::IndexedFile& f : *files)
        out.files.push_back(f.path + " " + f.sha256 + (f.message ? " message" : ""));
}

// Searches of a rep who sees acme and twprecision only (SearchRequest::within_customers, the
// web page's filter), keyed "rep <query>", and of one who sees no customer ("nobody <query>").
// Every hit of the rep's is one of those customers' messages.
void add_rep_searches(Backend& backend, Answers& out) {
    std::set<std::string> theirs;
    for (const char* slug : {"acme", "twprecision"}) {
        auto found = backend.search().search(std::string("customer:") + slug, "", 1000, 0);
        REQUIRE(found);
        for (const store::SearchHit& hit : found->results)
            theirs.insert(hit.sha256);
    }
    std::vector<int64_t> rep{customer_id_of(backend, "acme"),
                             customer_id_of(backend, "twprecision")};
    for (const auto& [who, within] : {std::pair{std::string("rep "), rep},
                                      std::pair{std::string("nobody "), std::vector<int64_t>{}}})
        for (const char* query : {"valve", "报价", "direction:out", "valve -dn50", "customer:acme",
                                  "from:acme", "direction:in OR from:acme", "-direction:in"}) {
            store::SearchRequest request{query, "", store::SearchSort::date, 100, 0};
            request.within_customers = within;
            auto found = backend.search().search(request);
            INFO(who << query << ": " << (found ? "" : found.error().message));
            REQUIRE(found);
            for (const store::SearchHit& hit : found->results) {
                CHECK(theirs.count(hit.sha256) == 1);
                out.searches[who + query].push_back(hit.sha256);
            }
            out.totals[who + query] = found->total;
        }
}

Answers answers_of(Backend& backend) {
    Answers out;
    for (const char* query :
         {"valve", "报价", "dn50", "customer:acme", "kind:quote", "has:attachment",
          "subject:quotation", "direction:out", "valve -dn50", "报价 OR quote"}) {
        auto found = backend.search().search(query, "", 100, 0);
        REQUIRE(found);
        for (const store::SearchHit& hit : found->results)
            out.searches[query].push_back(hit.sha256);
        out.totals[query] = found->total;
    }
    add_rep_searches(backend, out);
    for (const char* slug : {"acme", "华东石化", "twprecision"}) {
        auto events = backend.timeline().history(slug);
        REQUIRE(events);
        for (const store::HistoryEvent& event : *events)
            out.histories[slug].push_back(event.sha256);
        auto rows = backend.prices().prices(slug);
        REQUIRE(rows);
        for (const store::PriceRow& row : *rows)
            out.prices[slug].push_back(row.item.product + " " + row.item.unit_price + " " +
                                       row.item.currency + (row.current ? " current" : ""));
    }
    add_page_answers(backend, out);
    return out;
}

} // namespace

TEST_CASE("the sample mail filed on each backend is found, once", "[store][backends]") {
    Samples samples = sample_config();
    std::map<std::string, Answers> answered;
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        auto [added, duplicates] = import_samples(*backend, samples, dir / "archive");
        CHECK(added == static_cast<int>(sample_files().size()));
        CHECK(duplicates == 0);
        auto count = backend->timeline().message_count();
        REQUIRE(count);
        CHECK(*count == added);
        // A second import is idempotent: every message a duplicate, nothing new indexed.
        auto again = import_samples(*backend, samples, dir / "archive");
        CHECK(again == std::pair{0, added});
        count = backend->timeline().message_count();
        REQUIRE(count);
        CHECK(*count == added);
        Answers answers = answers_of(*backend);
        CHECK(answers.totals["customer:acme"] > 0);
        // A rep's search finds their customers' messages and not the others'.
        CHECK(answers.totals["rep valve"] > 0);
        CHECK(answers.totals["rep valve"] < answers.totals["valve"]);
        CHECK(answers.totals["rep direction:out"] > 0);
        CHECK(answers.totals["rep -direction:in"] > 0);
        CHECK(answers.totals["rep -direction:in"] < *count);
        CHECK(answers.totals["rep customer:acme"] == answers.totals["customer:acme"]);
        CHECK(answers.totals["nobody valve"] == 0);
        CHECK(answers.totals["nobody -direction:in"] == 0);
        CHECK(!answers.histories["acme"].empty());
        CHECK(!answers.prices["acme"].empty());
        CHECK(answers.details.size() > static_cast<size_t>(added) / 2);
        CHECK(answers.timelines["acme"].size() == 5);
        CHECK(!answers.documents["acme"].empty());
        CHECK(!answers.products["valve"].empty());
        CHECK(answers.products["nosuchproduct"].empty());
        CHECK(answers.files.size() >= static_cast<size_t>(added));
        answered[name] = std::move(answers);
    }
    if (answered.size() == 2) {
        const Answers& a = answered["sqlite"];
        const Answers& b = answered["postgresql"];
        CHECK(a.searches == b.searches);
        CHECK(a.totals == b.totals);
        CHECK(a.histories == b.histories);
        CHECK(a.prices == b.prices);
        CHECK(a.details == b.details);
        CHECK(a.timelines == b.timelines);
        CHECK(a.documents == b.documents);
        CHECK(a.price_versions == b.price_versions);
        CHECK(a.products == b.products);
        CHECK(a.files == b.files);
    }
}

TEST_CASE("sync state and sources are kept with the batch on each backend", "[store][backends]") {
    Samples samples = sample_config();
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        INFO(name);
        REQUIRE(backend->sync_customers(app::customer_rows(samples.config)));
        store::Archive archive(dir / "archive");
        store::Writer& writer = backend->write();
        app::Pipeline pipeline(samples.rules, archive, writer, backend->prices(),
                               app::PriceLists::leave);
        std::string raw = bytes_of(sample_files().front());
        store::SourceRef imap{"imap", "alice", "INBOX", 7, 41};
        auto done = pipeline.ingest(raw, imap);
        REQUIRE(done);
        REQUIRE(pipeline.save_sync_state(store::SyncState{"alice", "INBOX", 7, 41, 100, "", 0, 9}));
        // Rolled back: neither the message nor the state advanced.
        pipeline.rollback();
        auto known = writer.has_message(done->sha256);
        REQUIRE(known);
        CHECK_FALSE(*known);
        auto state = backend->states().sync_state("alice", "INBOX");
        REQUIRE(state);
        CHECK_FALSE(state->has_value());
        // Committed: both, and the same source twice is one.
        REQUIRE(pipeline.ingest(raw, imap));
        REQUIRE(pipeline.add_source(done->sha256, imap));
        REQUIRE(pipeline.save_sync_state(store::SyncState{"alice", "INBOX", 7, 41, 100, "", 0, 9}));
        REQUIRE(pipeline.flush());
        state = backend->states().sync_state("alice", "INBOX");
        REQUIRE(state);
        REQUIRE(state->has_value());
        CHECK((*state)->highest_uid == 41);
        CHECK((*state)->uidvalidity == 7);
        CHECK((*state)->highest_modseq == 9);
        auto states = backend->states().sync_states();
        REQUIRE(states);
        REQUIRE(states->size() == 1);
        CHECK(states->front().messages == 1);
        auto parsed = parsers::understand(raw, parsers::Origin::unknown, samples.rules);
        REQUIRE(parsed);
        if (!parsed->message.message_id.empty()) {
            auto found = backend->states().find_message(parsed->message.message_id,
                                                        static_cast<int64_t>(raw.size()));
            REQUIRE(found);
            CHECK(found->value_or("") == done->sha256);
        }
    }
}

namespace {

// 2026-01-20, 2026-03-25 and 2026-04-20 at 09:00 UTC: the samples' mail runs from 2025 to
// 2026-04-12, so the agenda's window holds different conversations at each.
constexpr int64_t k_agenda_times[] = {1768899600, 1774429200, 1776675600};

// The open items as `mailclerk today` reads them: the directory and its rules from the index.
std::vector<today::Item> agenda_items(Backend& backend, const Samples& samples,
                                      const fs::path& root, int64_t now) {
    auto directory = backend.agenda().directory.directory();
    REQUIRE(directory);
    parsers::MatchRules rules = samples.rules;
    rules.customers = app::customer_rules(*directory);
    config::Config config = samples.config;
    config.archive_root = root;
    auto items = today::open_items(backend.agenda(), config, rules, *directory, now);
    if (!items) FAIL(backend.name << ": " << items.error().message);
    return std::move(*items);
}

// One line per open item, with what `mailclerk today --json` prints of it.
std::vector<std::string> agenda_lines(Backend& backend, const Samples& samples,
                                      const fs::path& root, int64_t now) {
    std::vector<std::string> lines;
    for (const today::Item& item : agenda_items(backend, samples, root, now)) {
        std::string line = item.id + " " + item.customer + " " + item.domain + " " + item.subject +
                           " " + item.message_sha256 + " " + item.thread_id + " " +
                           std::to_string(item.since) + " " + std::to_string(item.due);
        for (const std::string& rep : item.reps)
            line += " " + rep;
        lines.push_back(line);
    }
    return lines;
}

// The directory, roster and contacts as `customers` and the roster page read them (ids
// differ across backends: customers are named by slug).
std::vector<std::string> directory_lines(Backend& backend) {
    store::Directory& directory = backend.agenda().directory;
    std::vector<std::string> lines;
    auto roster = directory.roster();
    REQUIRE(roster);
    for (const store::RosterStats& s : *roster) {
        const store::CustomerRow& c = s.customer;
        std::string line = c.slug + " " + c.name + " " + c.category + " " + c.grade + " " +
                           c.owner + " " + c.source + " " + c.contact + " " + c.phone;
        for (const std::string& domain : c.domains)
            line += " @" + domain;
        for (const std::string& address : c.addresses)
            line += " <" + address + ">";
        for (int64_t n :
             {s.contacts, s.messages, s.messages_in, s.messages_out, s.first_inbound,
              s.last_inbound, s.first_outbound, s.last_outbound, s.quotes_sent, s.contracts})
            line += " " + std::to_string(n);
        lines.push_back(line);
    }
    auto contacts = directory.contacts("");
    REQUIRE(contacts);
    for (const store::ContactRow& k : *contacts)
        lines.push_back("contact " + k.slug + " " + k.address + " " + k.name + " " +
                        std::to_string(k.first_seen) + " " + std::to_string(k.last_seen) + " " +
                        std::to_string(k.count_in) + " " + std::to_string(k.count_out) + " " +
                        k.phone + " " + k.title);
    auto unmatched = directory.unmatched_messages();
    REQUIRE(unmatched);
    for (const store::UnmatchedMessage& m : *unmatched) {
        std::string line = "unmatched " + m.direction + " " + m.kind + " " + std::to_string(m.date);
        for (const auto& [role, address] : m.addresses)
            line += " " + role + ":" + address;
        lines.push_back(line);
    }
    for (const char* name : {"acme", "ACME Industrial", "nosuchcustomer"}) {
        auto found = directory.find_customer(name);
        REQUIRE(found);
        lines.push_back(std::string("find ") + name + " " + (*found ? (*found)->slug : "-"));
    }
    return lines;
}

} // namespace

TEST_CASE("the agenda, users and directory answer alike on each backend", "[store][backends]") {
    Samples samples = sample_config();
    std::map<std::string, std::vector<std::vector<std::string>>> agendas;
    std::map<std::string, std::vector<std::string>> directories, after_done;
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        INFO(name);
        import_samples(*backend, samples, dir / "archive");
        today::AgendaIndex index = backend->agenda();
        REQUIRE(index.users.save_user({"li", "", "rep", "", 1, "li@example.com", "zh"}));
        REQUIRE(index.users.save_user({"boss", "", "manager", "", 2, "", ""}));
        REQUIRE(index.users.save_user({"li", "", "manager", "", 1, "li@example.com", "en"}));
        auto users = index.users.users();
        REQUIRE(users);
        REQUIRE(users->size() == 2);
        CHECK(users->front().name == "boss");
        CHECK(users->back().role == "manager"); // saved again: replaced
        CHECK(users->back().lang == "en");
        auto li = index.users.find_user("li");
        REQUIRE(li);
        CHECK(li->has_value());
        auto removed = index.users.remove_user("boss");
        REQUIRE(removed);
        CHECK(*removed);
        removed = index.users.remove_user("boss");
        REQUIRE(removed);
        CHECK_FALSE(*removed);
        auto nobody = index.users.find_user("boss");
        REQUIRE(nobody);
        CHECK_FALSE(nobody->has_value());

        for (int64_t now : k_agenda_times)
            agendas[name].push_back(agenda_lines(*backend, samples, dir / "archive", now));
        directories[name] = directory_lines(*backend);
        CHECK(directories[name].size() > 5);

        // A dismissed item is gone from the next reading, on every connection.
        int64_t now = k_agenda_times[2];
        const std::vector<std::string>& open = agendas[name].back();
        REQUIRE(!open.empty());
        std::string first = open.front().substr(0, open.front().find(' '));
        auto items = agenda_items(*backend, samples, dir / "archive", now);
        REQUIRE(today::dismiss_item(index.agenda, items, first, "li", now));
        after_done[name] = agenda_lines(*backend, samples, dir / "archive", now);
        CHECK(after_done[name].size() == open.size() - 1);
        auto dismissals = index.agenda.dismissals();
        REQUIRE(dismissals);
        REQUIRE(dismissals->size() == 1);
        CHECK(dismissals->front().item == first);
        CHECK(dismissals->front().user == "li");

        // A digest is claimed once; a failed send releases the claim, a sent one keeps it.
        store::DigestRecord record{"2026-04-20", "li", "sending", now, "<d@x>", 3};
        CHECK(index.agenda.claim_digest(record) == true);
        CHECK(index.agenda.claim_digest(record) == false);
        REQUIRE(index.agenda.finish_digest(record, false));
        CHECK(index.agenda.claim_digest(record) == true);
        REQUIRE(index.agenda.finish_digest(record, true));
        CHECK(index.agenda.claim_digest(record) == false);
        auto digests = index.agenda.digests("2026-04-20");
        REQUIRE(digests);
        REQUIRE(digests->size() == 1);
        CHECK(digests->front().state == "sent");
        CHECK(digests->front().items == 3);
        auto none = index.agenda.digests("2026-04-21");
        REQUIRE(none);
        CHECK(none->empty());
    }
    REQUIRE(agendas.count("sqlite"));
    const auto& lite = agendas["sqlite"];
    // Equal answers must say something: items at the later times, none before any mail.
    CHECK(!lite[1].empty());
    CHECK(!lite[2].empty());
    if (agendas.size() == 2) {
        for (size_t i = 0; i < lite.size(); ++i) {
            INFO("at " << k_agenda_times[i]);
            CHECK(lite[i] == agendas["postgresql"][i]);
        }
        CHECK(directories["sqlite"] == directories["postgresql"]);
        CHECK(after_done["sqlite"] == after_done["postgresql"]);
    }
}

namespace {

// A message from acme to the company, dated `date` (RFC 5322).
std::string acme_mail(const std::string& id, const std::string& date, const std::string& subject,
                      const std::string& body) {
    return "From: Li Wei <li.wei@acme-industrial.com>\nTo: Bob <bob@hengda-valves.com>\nDate: " +
           date + "\nSubject: " + subject + "\nMessage-ID: <" + id +
           "@acme-industrial.com>\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n";
}

// Subjects of a search, in the order given.
std::vector<std::string> subjects_of(Backend& backend, const std::string& query,
                                     store::SearchSort sort) {
    auto found = backend.search().search(store::SearchRequest{query, "", sort, 20, 0});
    if (!found) FAIL(backend.name << ": " << query << ": " << found.error().message);
    std::vector<std::string> subjects;
    for (const store::SearchHit& hit : found->results)
        subjects.push_back(hit.subject);
    return subjects;
}

} // namespace

TEST_CASE("web sessions are kept, extended and forgotten alike on each backend",
          "[store][backends]") {
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        INFO(name);
        store::Sessions& sessions = backend->read();
        REQUIRE(sessions.save_session({"a1", "li", "csrf-a", 1000}));
        REQUIRE(sessions.save_session({"b2", "boss", "csrf-b", 2000}));
        CHECK_FALSE(sessions.save_session({"a1", "boss", "other", 3000})); // an id is new
        auto found = sessions.find_session("a1", 999);
        REQUIRE(found);
        REQUIRE(found->has_value());
        CHECK((*found)->user == "li");
        CHECK((*found)->csrf == "csrf-a");
        CHECK((*found)->expires == 1000);
        auto expired = sessions.find_session("a1", 1000); // gone at its expiry
        REQUIRE(expired);
        CHECK_FALSE(expired->has_value());
        auto unknown = sessions.find_session("c3", 0);
        REQUIRE(unknown);
        CHECK_FALSE(unknown->has_value());
        REQUIRE(sessions.extend_session("a1", 5000));
        found = sessions.find_session("a1", 4000);
        REQUIRE(found);
        REQUIRE(found->has_value());
        CHECK((*found)->expires == 5000);
        REQUIRE(sessions.remove_expired_sessions(2000)); // b2 expired, a1 not
        auto b2 = sessions.find_session("b2", 0);
        REQUIRE(b2);
        CHECK_FALSE(b2->has_value());
        REQUIRE(sessions.remove_session("a1"));
        found = sessions.find_session("a1", 0);
        REQUIRE(found);
        CHECK_FALSE(found->has_value());
    }
}

TEST_CASE("an ignored candidate domain is kept once on each backend", "[store][backends]") {
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        INFO(name);
        store::Directory& directory = backend->read();
        auto none = directory.ignored_candidates();
        REQUIRE(none);
        CHECK(none->empty());
        REQUIRE(directory.ignore_candidate("spam-trader.example"));
        REQUIRE(directory.ignore_candidate("another.example"));
        REQUIRE(directory.ignore_candidate("spam-trader.example")); // again: no second row
        auto listed = directory.ignored_candidates();
        REQUIRE(listed);
        CHECK(*listed == std::vector<std::string>{"another.example", "spam-trader.example"});
    }
}

TEST_CASE("search --sort relevance ranks clear cases alike on each backend", "[store][backends]") {
    Samples samples = sample_config();
    // The oldest names flange in its subject and three times in a short body; the newest once
    // in a long one; the third not at all.
    std::string filler;
    for (int i = 0; i < 150; ++i)
        filler += "shipment" + std::string(1, static_cast<char>('a' + i % 26)) + " schedule ";
    store::SourceRef source{"file", "", "relevance.eml"};
    std::vector<std::pair<std::string, store::SourceRef>> mail{
        {acme_mail("r1", "Mon, 05 Jan 2026 09:00:00 +0800", "Flange gasket offer",
                   "Our flange price: flange DN50 and flange DN80."),
         source},
        {acme_mail("r2", "Sun, 01 Feb 2026 09:00:00 +0800", "Valve offer", "Valve price list."),
         source},
        {acme_mail("r3", "Sun, 01 Mar 2026 09:00:00 +0800", "Weekly update",
                   filler + "one flange " + filler),
         source},
    };
    using Orders = std::map<std::string, std::vector<std::string>>;
    std::map<std::string, Orders> answered;
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        INFO(name);
        CHECK(ingest_all(*backend, samples, dir / "archive", mail) == std::pair{3, 0});
        Orders orders;
        for (const char* query : {"flange", "flange -gasket", "offer", "customer:acme"})
            orders[query] = subjects_of(*backend, query, store::SearchSort::relevance);
        using V = std::vector<std::string>;
        CHECK(orders["flange"] == V{"Flange gasket offer", "Weekly update"});
        CHECK(subjects_of(*backend, "flange", store::SearchSort::date) ==
              V{"Weekly update", "Flange gasket offer"});
        // What must not match stays out, ranked or not.
        CHECK(orders["flange -gasket"] == V{"Weekly update"});
        // One subject word each: the shorter text first (both weigh a long text's match down).
        CHECK(orders["offer"] == V{"Valve offer", "Flange gasket offer"});
        // Filters alone have no rank: newest first.
        CHECK(orders["customer:acme"] == V{"Weekly update", "Valve offer", "Flange gasket offer"});
        answered[name] = std::move(orders);
    }
    if (answered.size() == 2) CHECK(answered["sqlite"] == answered["postgresql"]);
}

namespace {

std::string fix_line(const store::PriceFix& f) {
    return f.slug + " " + f.product_key + " " + f.side + " " + f.sha256 + " " + f.unit_price + " " +
           f.currency + " " + f.unit + (f.not_a_price ? " no-price " : " ") +
           std::to_string(f.fixed_at) + " " + f.column.from + ">" + f.column.to;
}

std::vector<std::string> list_lines(Backend& backend, const std::string& slug) {
    auto rows = backend.prices().prices(slug);
    REQUIRE(rows);
    std::vector<std::string> lines;
    for (const store::PriceRow& row : *rows)
        lines.push_back(row.item.product_key + " " + row.item.unit_price + " " + row.item.currency +
                        " " + row.item.unit + " " + row.sha256 + (row.current ? " current" : "") +
                        (row.fix ? " fixed" : "") +
                        (row.extracted ? " was " + row.extracted->unit_price : ""));
    return lines;
}

// What a backend keeps and answers through store::PriceCorrections for acme, after the same
// corrections and the same re-written price items.
std::vector<std::string> corrections_of(Backend& backend) {
    std::vector<std::string> out;
    store::PriceCorrections& corrections = backend.corrections();
    auto before = backend.prices().prices("acme");
    REQUIRE(before);
    std::vector<const store::PriceRow*> current;
    for (const store::PriceRow& row : *before)
        if (row.current) current.push_back(&row);
    REQUIRE(current.size() >= 3);
    auto fix_of = [](const store::PriceRow& row) {
        store::PriceFix fix;
        fix.slug = "acme";
        fix.product_key = row.item.product_key;
        fix.side = store::price_side(row.item);
        fix.sha256 = row.sha256;
        fix.fixed_at = 1767000000;
        return fix;
    };
    store::PriceFix priced = fix_of(*current[0]);
    priced.unit_price = "1.23";
    priced.currency = "EUR";
    priced.column = {"unit price", "promo price"};
    store::PriceFix struck = fix_of(*current[1]);
    struck.not_a_price = true;
    struck.column = {"ignored", "when no price"};
    store::PriceFix unit = fix_of(*current[2]);
    unit.unit = "set";
    unit.fixed_at = 1767000100;
    for (const store::PriceFix* fix : {&priced, &struck, &unit})
        REQUIRE(corrections.fix_price(*fix));
    // A second correction of the same row replaces the first.
    priced.unit_price = "1.25";
    REQUIRE(corrections.fix_price(priced));
    auto fixes = corrections.price_fixes("acme");
    REQUIRE(fixes);
    CHECK(fixes->size() == 3);
    for (const store::PriceFix& fix : *fixes)
        out.push_back("fix " + fix_line(fix));
    auto choices = corrections.column_choices();
    REQUIRE(choices);
    // Only the priced correction showed a column: a struck row's and an empty one do not count.
    CHECK(choices->size() == 1);
    CHECK(choices->count("acme") == 1);
    for (const auto& [slug, columns] : *choices)
        for (const parsers::ColumnChoice& c : columns)
            out.push_back("choice " + slug + " " + c.from + ">" + c.to);
    for (const std::string& line : list_lines(backend, "acme"))
        out.push_back("list " + line);
    auto messages = corrections.priced_messages("acme");
    REQUIRE(messages);
    REQUIRE(!messages->empty());
    for (const auto& [row, sha256] : *messages) {
        auto paths = corrections.mail_paths(sha256);
        REQUIRE(paths);
        CHECK(!paths->empty());
        out.push_back("priced " + sha256 + " " + (paths->empty() ? "" : paths->front()));
    }
    auto unknown_paths = corrections.mail_paths(std::string(64, '0'));
    REQUIRE(unknown_paths);
    CHECK(unknown_paths->empty());
    // The newest priced message's items written again: one item in place of what it had.
    parsers::Message message;
    message.date = 1767225600;
    parsers::Classification classification;
    classification.customers = {{"acme", "domain", "sales@acme-industrial.com"}};
    parsers::PriceItem item;
    item.product = "Replacement valve";
    item.model = "RV-1";
    item.product_key = "rv-1";
    item.unit_price = "7.00";
    item.currency = "USD";
    REQUIRE(backend.write().begin());
    REQUIRE(
        backend.write().replace_prices(messages->back().first, message, classification, {item}));
    REQUIRE(backend.write().commit());
    for (const std::string& line : list_lines(backend, "acme"))
        out.push_back("replaced " + line);
    for (const auto& [key, side] :
         {std::pair{priced.product_key, priced.side}, std::pair{priced.product_key, priced.side},
          std::pair{std::string("no-such-key"), std::string("quote")}}) {
        auto removed = corrections.unfix_price("acme", key, side);
        REQUIRE(removed);
        out.push_back("unfix " + key + " " + side + (*removed ? " removed" : " none"));
    }
    auto after = corrections.column_choices();
    REQUIRE(after);
    CHECK(after->empty());
    return out;
}

} // namespace

TEST_CASE("a rep's price corrections are kept and read alike on each backend",
          "[store][backends]") {
    Samples samples = sample_config();
    std::map<std::string, std::vector<std::string>> answered;
    for (const std::string name : {"sqlite", "postgresql"}) {
        test::TempDir dir;
        auto backend = open_backend(name, dir);
        if (!backend) continue;
        import_samples(*backend, samples, dir / "archive");
        std::vector<std::string> lines = corrections_of(*backend);
        // The correction is removed once; a second removal and an unknown one find none.
        REQUIRE(lines.size() > 3);
        CHECK(lines.end()[-3].ends_with(" removed"));
        CHECK(lines.end()[-2].ends_with(" none"));
        CHECK(lines.back().ends_with(" none"));
        // The row corrected twice shows the second correction and what extraction read.
        CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
            return l.starts_with("list ") && l.find(" 1.25 EUR ") != std::string::npos &&
                   l.find(" current fixed was ") != std::string::npos;
        }));
        CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
            return l.find(" 1.23 ") != std::string::npos;
        }));
        CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
            return l.starts_with("replaced rv-1 7.00 USD ");
        }));
        // An unknown customer is refused by every call that names one.
        store::PriceCorrections& corrections = backend->corrections();
        auto fixes = corrections.price_fixes("nosuchcustomer");
        REQUIRE_FALSE(fixes);
        CHECK(fixes.error().code == ErrorCode::not_found);
        store::PriceFix fix;
        fix.slug = "nosuchcustomer";
        fix.product_key = "x";
        CHECK_FALSE(corrections.fix_price(fix));
        CHECK_FALSE(corrections.unfix_price("nosuchcustomer", "x", "quote"));
        CHECK_FALSE(corrections.priced_messages("nosuchcustomer"));
        answered[name] = std::move(lines);
    }
    if (answered.size() == 2) CHECK(answered["sqlite"] == answered["postgresql"]);
}

TEST_CASE("an account's advisory lock is held by one PostgreSQL session", "[store][backends]") {
    if (postgres_url() == nullptr) {
        WARN("PostgreSQL side not run: MAILCLERK_TEST_POSTGRES_URL is not set");
        return;
    }
    auto first = store::pg::PgWriter::open(postgres_url());
    auto second = store::pg::PgWriter::open(postgres_url());
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->try_lock_account("alice") == true);
    CHECK(second->try_lock_account("alice") == false); // another daemon holds it
    CHECK(second->try_lock_account("bob") == true);    // other accounts are free
    REQUIRE(first->unlock_account("alice"));
    CHECK(second->try_lock_account("alice") == true);
}

// The writer's statements go in libpq's pipeline mode (Connection::send): a queued statement's
// failure is the error of the round trip that sends it, the statements after it are skipped,
// and the connection stays usable; a statement whose preparation failed is prepared again.
TEST_CASE("PostgreSQL: a queued statement's failure comes back with its round trip",
          "[store][backends]") {
    if (postgres_url() == nullptr) {
        WARN("PostgreSQL side not run: MAILCLERK_TEST_POSTGRES_URL is not set");
        return;
    }
    auto db = store::pg::Connection::open(postgres_url());
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TEMP TABLE queued (a int PRIMARY KEY)"));
    const std::string insert = "INSERT INTO queued VALUES ($1::int)";
    auto count = [&] {
        auto rows = db->query_prepared("SELECT count(*) FROM queued");
        REQUIRE(rows);
        return std::string(rows->text(0, 0));
    };

    REQUIRE(db->exec("BEGIN"));
    REQUIRE(db->send(insert, {"1"}));
    REQUIRE(db->send("SAVEPOINT one"));
    REQUIRE(db->send(insert, {"2"}));
    REQUIRE(db->send(insert, {"1"})); // a duplicate key: fails when sent
    REQUIRE(db->send(insert, {"3"})); // skipped after it
    auto synced = db->sync();
    REQUIRE_FALSE(synced);
    CHECK_THAT(synced.error().message, Catch::Contains("duplicate key"));
    REQUIRE(db->send("ROLLBACK TO one"));
    REQUIRE(db->send("RELEASE one"));
    CHECK(count() == "1"); // the row before the savepoint, none after it
    REQUIRE(db->exec("COMMIT"));
    CHECK(count() == "1");

    // Nothing queued: sync has nothing to report.
    REQUIRE(db->sync());
    // A failed preparation is forgotten: the second attempt fails the same way, not on a
    // statement name the server never learnt.
    for (int attempt = 0; attempt < 2; ++attempt) {
        INFO(attempt);
        REQUIRE(db->send("SELECT nosuchcolumn FROM queued"));
        auto failed = db->sync();
        REQUIRE_FALSE(failed);
        CHECK_THAT(failed.error().message, Catch::Contains("nosuchcolumn"));
    }
    // A plain query after queued statements sends them first and reports their failure.
    REQUIRE(db->send(insert, {"1"}));
    auto after = db->query("SELECT 1");
    REQUIRE_FALSE(after);
    CHECK_THAT(after.error().message, Catch::Contains("duplicate key"));
    CHECK(count() == "1");
}

// A message whose rows fail inside the pipeline (here bytes PostgreSQL refuses as UTF-8 in an
// address's name, a row that is queued) is rolled back alone: the batch's other messages commit.
TEST_CASE("PostgreSQL: a message failing in the pipeline leaves its batch whole",
          "[store][backends]") {
    if (postgres_url() == nullptr) {
        WARN("PostgreSQL side not run: MAILCLERK_TEST_POSTGRES_URL is not set");
        return;
    }
    Samples samples = sample_config();
    test::TempDir dir;
    auto backend = open_backend("postgresql", dir);
    REQUIRE(backend);
    REQUIRE(backend->sync_customers(app::customer_rows(samples.config)));
    std::vector<parsers::Understanding> messages;
    for (const fs::path& file : sample_files()) {
        if (messages.size() == 3) break;
        auto parsed = parsers::understand(bytes_of(file), parsers::Origin::unknown, samples.rules);
        REQUIRE(parsed);
        messages.push_back(std::move(*parsed));
    }
    REQUIRE(messages.size() == 3);
    messages[1].message.to.push_back(parsers::Address{"bad \xff name", "bad@example.com"});
    store::Writer& writer = *backend->writer;
    REQUIRE(writer.begin());
    for (size_t i = 0; i < messages.size(); ++i) {
        INFO(i);
        const parsers::Understanding& u = messages[i];
        store::FiledMessage filed;
        filed.paths.push_back("unmatched/mail/2026/" + u.sha256 + ".eml");
        store::NewMessage record{u.sha256, 100,      &u.message, &u.classification,
                                 &filed,   &u.texts, &u.prices};
        auto added = writer.add_message(record);
        CHECK(static_cast<bool>(added) == (i != 1));
        if (!added) CHECK_THAT(added.error().message, Catch::Contains("UTF8"));
    }
    REQUIRE(writer.commit());
    for (size_t i = 0; i < messages.size(); ++i) {
        INFO(i);
        auto known = writer.has_message(messages[i].sha256);
        REQUIRE(known);
        CHECK(*known == (i != 1));
    }
}
