// Price items and attachment text through the real pipeline into the index (issue 6): the
// latest quote per product wins whatever the import order, the older stays in history, the
// archive's price-list.csv follows, attachment text lands in the full-text table.
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "daemon/app/pipeline.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;

namespace {

parsers::MatchRules rules() {
    parsers::MatchRules r;
    r.own_domains = {"ourco.com"};
    r.customers = {{"acme", "ACME Corp", {"acme.com"}, {}}};
    return r;
}

struct Archive {
    test::TempDir dir;
    parsers::MatchRules match = rules();
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(dir.path() / ".mailclerk" / "index.sqlite").value();
    app::Pipeline pipeline{match, archive, index};

    void import(const std::string& name) {
        auto raw = read_file(std::string(MAILCLERK_TEST_DATA) + "/quotes/" + name);
        REQUIRE(raw);
        auto ingested = pipeline.ingest(*raw, {"file", "", name, 0, 0});
        REQUIRE(ingested);
        REQUIRE(pipeline.flush());
    }
};

std::vector<std::string> show(const std::vector<store::PriceRow>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(std::string(row.current ? "current " : "old ") + row.item.model + " " +
                      row.item.unit_price + " " + row.direction + " " + row.attachment);
    return out;
}

} // namespace

TEST_CASE("prices: a revised quote wins and the old price stays in history", "[prices][store]") {
    for (bool revised_first : {false, true}) {
        Archive a;
        if (revised_first) a.import("revised_quote.eml");
        a.import("outlook_quote.eml");
        if (!revised_first) a.import("revised_quote.eml");
        a.import("invoice.eml");
        auto rows = a.index.prices("acme");
        REQUIRE(rows);
        INFO("revised first: " << revised_first);
        CHECK(show(*rows) == std::vector<std::string>{"current BF-20A 0.85 outbound ",
                                                      "current SV-100 11.80 outbound ",
                                                      "old SV-100 12.50 outbound "});
        auto csv = read_file(a.dir / "customers/acme/price-list.csv");
        REQUIRE(csv);
        CHECK(csv->find("current,Stainless steel ball valve,SV-100,500,pcs,USD,11.80,FOB Ningbo,,"
                        "2026-11-12,outbound,sv-100,") != std::string::npos);
        CHECK(csv->find("superseded,Stainless steel ball valve,SV-100,500,pcs,USD,12.50") !=
              std::string::npos);
    }
}

TEST_CASE("prices: an unknown customer is not_found", "[prices][store]") {
    Archive a;
    auto rows = a.index.prices("nobody");
    REQUIRE_FALSE(rows);
    CHECK(rows.error().code == ErrorCode::not_found);
}

TEST_CASE("attachment text is indexed at import, rowid = the attachment's rowid",
          "[prices][store]") {
    Archive a;
    a.import("pdf_quote.eml");
    a.import("csv_quote.eml");
    auto rows = a.index.prices("acme");
    REQUIRE(rows);
    CHECK(show(*rows) == std::vector<std::string>{"current LD-40 3.15 outbound PI-2026-050.pdf",
                                                  "current LP-600 18.00 outbound PI-2026-050.pdf"});
    auto db = store::Database::open(a.dir / ".mailclerk" / "index.sqlite");
    REQUIRE(db);
    REQUIRE(store::prepare_schema(*db));
    auto found = db->query_int(
        "SELECT a.idx FROM attachment_text t JOIN attachments a ON a.rowid = t.rowid "
        "WHERE attachment_text MATCH '\"Bank of China\"' AND a.filename = 'PI-2026-050.pdf'");
    REQUIRE(found);
    CHECK(*found == 0);
    auto csv_text = db->query_int("SELECT count(*) FROM attachment_text WHERE attachment_text "
                                  "MATCH 'Hydraulic AND cylinder'");
    REQUIRE(csv_text);
    CHECK(*csv_text == 1);
}
