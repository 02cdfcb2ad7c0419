// search_bench: builds the benchmark index through the store library's writer and measures
// in-process search latency. See bench/README.md (search) for the whole run.
//
//   search_bench build DIR COUNT [SEED]    index DIR/archive/.mailclerk/index.sqlite + config
//   search_bench maildir DIR COUNT [SEED]  the first COUNT messages as a Maildir (for mu)
//   search_bench files DIR COUNT SINCE [SEED]  archive files of those dated >= SINCE (today)
//   search_bench queries [SEED]            the 200 benchmark queries, one per line
//   search_bench run DIR [SEED] [RUNS] [LIMIT]  in-process p50/p95 of the queries, first page
//                                               of LIMIT (50)
//   search_bench compare DIR URL [SEED] [LIMIT]  the same ids and totals on both indexes
//   search_bench run-pg DIR URL [SEED] [RUNS] [LIMIT]  the same on the index copied to the
//                                               PostgreSQL database URL
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bench/search_corpus.hpp"
#include "store/cjk_tokenizer.hpp"
#include "store/index.hpp"
#include "store/postgres/pg_index.hpp"
#include "store/sqlite.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

std::string fake_sha(int64_t index) {
    char buffer[65];
    std::snprintf(buffer, sizeof buffer, "%064llx", static_cast<unsigned long long>(index));
    return buffer;
}

parsers::DocKind kind_of(const std::string& kind) {
    for (auto k : {parsers::DocKind::inquiry, parsers::DocKind::quote, parsers::DocKind::contract,
                   parsers::DocKind::order, parsers::DocKind::invoice})
        if (kind == parsers::to_string(k)) return k;
    return parsers::DocKind::other;
}

void write_config(const fs::path& dir) {
    std::ofstream out(dir / "mailclerk.toml");
    out << "[archive]\nroot = \"" << fs::absolute(dir / "archive").string()
        << "\"\nown_domains = [\"hengda-valves.com\"]\n";
    // Ten reps own the customers in turn (the web page shows a rep only theirs).
    size_t i = 0;
    for (const auto& c : bench::customers())
        out << "\n[[customer]]\nname = \"" << c.name << "\"\nslug = \"" << c.slug
            << "\"\ndomains = [\"" << c.domain << "\"]\nowner = \"rep" << i++ % 10 << "\"\n";
}

// One generated message in the shapes the pipeline hands to Index::add_message.
struct Record {
    parsers::Message message;
    parsers::Classification classification;
    store::FiledMessage filed;
};

Record record_of(const bench::CorpusMessage& g, int64_t index) {
    Record r;
    parsers::Message& m = r.message;
    m.message_id = g.message_id;
    m.in_reply_to = g.in_reply_to;
    if (!g.in_reply_to.empty()) m.references = {g.in_reply_to};
    m.date = g.date;
    m.subject = g.subject;
    m.text = g.body;
    m.from = {{g.from_name, g.from_address}};
    m.to = {{"", g.to_address}};
    std::string slug = g.customer >= 0 ? bench::customers()[size_t(g.customer)].slug : "";
    std::string folder = slug.empty() ? "unmatched" : "customers/" + slug;
    r.filed.paths = {folder + "/mail/" + g.message_id + ".eml"};
    for (size_t i = 0; i < g.attachments.size(); ++i) {
        parsers::Attachment a;
        a.filename = g.attachments[i].filename;
        a.content_type = "application/octet-stream";
        a.content = std::string(1000 + 37 * size_t(index % 100), 'x');
        a.kind = kind_of(g.kind);
        m.attachments.push_back(std::move(a));
        r.filed.attachments.push_back(
            {i, fake_sha(index * 4 + int64_t(i) + 1), folder + "/other/" + a.filename, {}});
    }
    r.classification.direction =
        g.outbound ? parsers::Direction::outbound : parsers::Direction::inbound;
    r.classification.kind = kind_of(g.kind);
    std::string external = g.outbound ? g.to_address : g.from_address;
    if (!slug.empty()) {
        r.classification.customers.push_back({slug, "domain", external});
        r.classification.participants.push_back({external, g.from_name, slug});
    }
    return r;
}

int build(const fs::path& dir, int64_t count, uint64_t seed) {
    fs::create_directories(dir / "archive" / ".mailclerk");
    fs::path db_path = dir / "archive" / ".mailclerk" / "index.sqlite";
    write_config(dir);
    auto index = store::Index::open(db_path);
    if (!index) return 1;
    std::vector<store::CustomerRow> rows;
    for (const auto& c : bench::customers())
        rows.push_back({c.slug, c.name, "key", "", "", {c.domain}, {}});
    if (!index->sync_customers(rows)) return 1;
    if (const char* tune = std::getenv("FTS_TUNE")) {
        auto db = store::Database::open(db_path);
        if (!db || !store::register_cjk_tokenizer(*db) || !db->exec(tune)) {
            std::cerr << "tune failed\n";
            return 1;
        }
    }
    int64_t batch = std::getenv("BATCH") ? std::atoll(std::getenv("BATCH")) : 5000;
    auto start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < count; ++i) {
        if (i % batch == 0 && !index->begin()) return 1;
        bench::CorpusMessage g = bench::generate_message(seed, i);
        Record r = record_of(g, i);
        std::string sha = fake_sha(i);
        int64_t size = int64_t(g.body.size() + g.subject.size() + 600);
        // Attachment text as the extraction hands it to the writer (parsers/understand.cpp).
        std::vector<store::AttachmentText> texts;
        for (const auto& attachment : g.attachments)
            texts.push_back({attachment.text, ""});
        if (auto ok =
                index->add_message({sha, size, &r.message, &r.classification, &r.filed, &texts});
            !ok) {
            std::cerr << "add_message: " << ok.error().message << "\n";
            return 1;
        }
        if ((i + 1) % batch == 0 || i + 1 == count) {
            if (!index->commit()) return 1;
            double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::fprintf(stderr, "\r%lld messages, %.0f s", static_cast<long long>(i + 1), s);
        }
    }
    std::fprintf(stderr, "\n");
    return 0;
}

std::string eml_of(const bench::CorpusMessage& g) {
    char date[64];
    time_t t = static_cast<time_t>(g.date);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", std::gmtime(&t));
    std::string out = "From: " + g.from_name + " <" + g.from_address + ">\nTo: " + g.to_address +
                      "\nSubject: " + g.subject + "\nDate: " + date + "\nMessage-ID: <" +
                      g.message_id + ">\n";
    if (!g.in_reply_to.empty()) out += "In-Reply-To: <" + g.in_reply_to + ">\n";
    out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           "Content-Transfer-Encoding: 8bit\n\n" +
           g.body;
    for (const auto& a : g.attachments)
        out += "\n" + a.filename + "\n" + a.text; // mu sees attachment text as body text
    return out + "\n";
}

int maildir(const fs::path& dir, int64_t count, uint64_t seed) {
    for (const char* sub : {"cur", "new", "tmp"})
        fs::create_directories(dir / "Maildir" / sub);
    for (int64_t i = 0; i < count; ++i) {
        std::ofstream out(dir / "Maildir" / "cur" / (std::to_string(i) + ".bench:2,S"));
        out << eml_of(bench::generate_message(seed, i));
    }
    return 0;
}

// The archive files of the messages dated at or after `since` (what `mailclerk today` may read
// back: the text of a customer's reply), at the paths the index records.
int files(const fs::path& dir, int64_t count, int64_t since, uint64_t seed) {
    int64_t written = 0;
    for (int64_t i = 0; i < count; ++i) {
        bench::CorpusMessage g = bench::generate_message(seed, i);
        if (g.date < since) continue;
        std::string slug = g.customer >= 0 ? bench::customers()[size_t(g.customer)].slug : "";
        fs::path path = dir / "archive" / (slug.empty() ? "unmatched" : "customers/" + slug) /
                        "mail" / (g.message_id + ".eml");
        fs::create_directories(path.parent_path());
        std::ofstream(path) << eml_of(g);
        ++written;
    }
    std::printf("%lld files\n", static_cast<long long>(written));
    return 0;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    size_t at = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

// The 200 queries, `runs` times after a warm-up pass, against either index; per-query times
// of the last pass into DIR/<csv>.
int time_queries(store::Search& index, const fs::path& dir, const std::string& csv_name,
                 uint64_t seed, int runs, int64_t limit, int64_t count_limit) {
    auto queries = bench::benchmark_queries(seed);
    const char* names[] = {"chinese 1-4 chars", "english words/codes", "customer+date filters",
                           "phrases"};
    std::vector<double> all;
    std::vector<std::vector<double>> per(4);
    std::ofstream csv(dir / csv_name);
    csv << "query,total,ms\n";
    for (int pass = 0; pass <= runs; ++pass) { // pass 0 warms the page cache
        for (size_t q = 0; q < queries.size(); ++q) {
            auto t0 = std::chrono::steady_clock::now();
            auto r = index.search(store::SearchRequest{queries[q], "", store::SearchSort::date,
                                                       limit, 0, count_limit});
            double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count();
            if (!r) {
                std::cerr << queries[q] << ": " << r.error().message << "\n";
                return 1;
            }
            if (pass == 0) continue;
            all.push_back(ms);
            per[q / 50].push_back(ms);
            if (pass == runs) csv << '"' << queries[q] << "\"," << r->total << "," << ms << "\n";
        }
    }
    std::printf("%-24s %8s %8s %8s\n", "in-process (ms)", "p50", "p95", "max");
    for (size_t c = 0; c < 4; ++c)
        std::printf("%-24s %8.2f %8.2f %8.2f\n", names[c], percentile(per[c], 0.5),
                    percentile(per[c], 0.95), percentile(per[c], 1.0));
    std::printf("%-24s %8.2f %8.2f %8.2f\n", "all 200", percentile(all, 0.5), percentile(all, 0.95),
                percentile(all, 1.0));
    return 0;
}

int run(const fs::path& dir, uint64_t seed, int runs, int64_t limit, int64_t count_limit) {
    auto index = store::Index::open(dir / "archive" / ".mailclerk" / "index.sqlite");
    if (!index) return 1;
    return time_queries(*index, dir, "latency-inprocess.csv", seed, runs, limit, count_limit);
}

// The 200 queries on the SQLite index of DIR and on its copy in PostgreSQL: the ids of the
// first page of LIMIT and the totals must be the same. Prints each query that differs.
int compare(const fs::path& dir, const std::string& url, uint64_t seed, int64_t limit) {
    auto sqlite = store::Index::open(dir / "archive" / ".mailclerk" / "index.sqlite");
    auto postgresql = store::pg::PgIndex::open(url);
    if (!sqlite || !postgresql) {
        std::cerr << (sqlite ? postgresql.error().message : sqlite.error().message) << "\n";
        return 1;
    }
    int differ = 0, matched = 0;
    for (const std::string& query : bench::benchmark_queries(seed)) {
        store::SearchRequest request{query, "", store::SearchSort::date, limit, 0};
        auto a = sqlite->search(request);
        auto b = postgresql->search(request);
        if (!a || !b) {
            std::cerr << query << ": " << (a ? b.error().message : a.error().message) << "\n";
            return 1;
        }
        std::vector<int64_t> ids_a, ids_b;
        for (const auto& hit : a->results)
            ids_a.push_back(hit.id);
        for (const auto& hit : b->results)
            ids_b.push_back(hit.id);
        matched += a->total > 0;
        if (ids_a == ids_b && a->total == b->total && a->total_exact == b->total_exact) continue;
        ++differ;
        std::printf("differs: %s (SQLite %lld, PostgreSQL %lld)\n", query.c_str(),
                    static_cast<long long>(a->total), static_cast<long long>(b->total));
    }
    std::printf("%d of 200 queries differ; %d found something\n", differ, matched);
    return differ == 0 ? 0 : 1;
}

// The same queries against the index `mailclerk index copy --to URL` put into PostgreSQL.
int run_postgresql(const fs::path& dir, const std::string& url, uint64_t seed, int runs,
                   int64_t limit, int64_t count_limit) {
    auto index = store::pg::PgIndex::open(url);
    if (!index) {
        std::cerr << index.error().message << "\n";
        return 1;
    }
    return time_queries(*index, dir, "latency-postgresql.csv", seed, runs, limit, count_limit);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    auto seed_at = [&](size_t i) { return args.size() > i ? std::stoull(args[i]) : 1ull; };
    if (args.size() >= 3 && args[0] == "build")
        return build(args[1], std::stoll(args[2]), seed_at(3));
    if (args.size() >= 3 && args[0] == "maildir")
        return maildir(args[1], std::stoll(args[2]), seed_at(3));
    if (args.size() >= 4 && args[0] == "files")
        return files(args[1], std::stoll(args[2]), std::stoll(args[3]), seed_at(4));
    if (!args.empty() && args[0] == "queries") {
        for (const std::string& q : bench::benchmark_queries(seed_at(1)))
            std::cout << q << "\n";
        return 0;
    }
    if (args.size() >= 3 && args[0] == "compare")
        return compare(args[1], args[2], seed_at(3), args.size() > 4 ? std::stoll(args[4]) : 50);
    if (args.size() >= 3 && args[0] == "run-pg")
        return run_postgresql(
            args[1], args[2], seed_at(3), args.size() > 4 ? std::stoi(args[4]) : 3,
            args.size() > 5 ? std::stoll(args[5]) : 50,
            args.size() > 6 ? std::stoll(args[6]) : store::SearchRequest{}.count_limit);
    if (args.size() >= 2 && args[0] == "run")
        return run(args[1], seed_at(2), args.size() > 3 ? std::stoi(args[3]) : 3,
                   args.size() > 4 ? std::stoll(args[4]) : 50,
                   args.size() > 5 ? std::stoll(args[5]) : store::SearchRequest{}.count_limit);
    std::cerr
        << "usage: search_bench build|maildir DIR COUNT [SEED] | files DIR COUNT SINCE "
           "[SEED] | queries [SEED] | run DIR [SEED] [RUNS] [LIMIT] [COUNT-LIMIT] | run-pg DIR URL "
           "[SEED] [RUNS] [LIMIT] [COUNT-LIMIT]\n";
    return 2;
}
