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

TEST_CASE("attachment text is stored and indexed once at import, and found by search",
          "[prices][store]") {
    Archive a;
    a.import("pdf_quote.eml");
    a.import("csv_quote.eml");
    auto rows = a.index.prices("acme");
    REQUIRE(rows);
    CHECK(show(*rows) == std::vector<std::string>{"current LD-40 3.15 outbound PI-2026-050.pdf",
                                                  "current LP-600 18.00 outbound PI-2026-050.pdf"});
    auto hit = a.index.search("\"Bank of China\"", "", 10, 0);
    REQUIRE(hit);
    REQUIRE(hit->results.size() == 1);
    CHECK(hit->results[0].attachment == "PI-2026-050.pdf");
    auto csv_hit = a.index.search("Hydraulic cylinder", "", 10, 0);
    REQUIRE(csv_hit);
    CHECK(csv_hit->results.size() == 1);

    auto db = store::Database::open(a.dir / ".mailclerk" / "index.sqlite");
    REQUIRE(db);
    REQUIRE(store::prepare_schema(*db));
    // The text lies in search_text alone; attachments.text_size says how much of it is the PDF's.
    auto tables =
        db->query_int("SELECT count(*) FROM sqlite_master WHERE name LIKE 'attachment_text%'");
    REQUIRE(tables);
    CHECK(*tables == 0);
    auto size =
        db->query_int("SELECT text_size FROM attachments WHERE filename = 'PI-2026-050.pdf'");
    REQUIRE(size);
    CHECK(*size > 100);
}

namespace {

std::string mail(const std::string& from, const std::string& to, const std::string& date,
                 const std::string& subject, const std::string& body) {
    return "From: " + from + "\r\nTo: " + to + "\r\nDate: " + date + "\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + subject +
           "@ourco.com>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
           body;
}

void ingest(Archive& a, const std::string& raw) {
    REQUIRE(a.pipeline.ingest(raw, {"file", "", "m.eml", 0, 0}));
    REQUIRE(a.pipeline.flush());
}

std::vector<std::string> listed(const std::vector<store::PriceRow>& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows)
        if (row.current)
            out.push_back(row.item.product + " | " + row.item.model + " | " + row.item.status +
                          " " + row.item.currency + " " + row.item.unit_price + "/" +
                          row.item.unit);
    return out;
}

} // namespace

// Issue 16: a list shows the latest quote and the latest agreed price of a product beside each
// other, and a revision that names only the model keeps the product's name and unit.
TEST_CASE("prices: quoted and agreed prices side by side; a model-only revision inherits",
          "[prices][store]") {
    Archive a;
    ingest(a, mail("Sales <sales@ourco.com>", "Buyer <buyer@acme.com>",
                   "Mon, 02 Nov 2026 09:00:00 +0000", "Quotation QT-1",
                   "Dear buyer,\n\nPlease find our quotation below.\n\n"
                   "Model     Description              Qty   Unit   Unit price (USD)\n"
                   "SV-100    Stainless ball valve     500   pcs    12.50\n"
                   "GV-80     Gate valve               100   pcs    26.75\n\n"
                   "Best regards\n"));
    ingest(a, mail("Sales <sales@ourco.com>", "Buyer <buyer@acme.com>",
                   "Tue, 10 Nov 2026 09:00:00 +0000", "Sales contract SC-7",
                   "Dear buyer,\n\nThe sales contract as agreed:\n\n"
                   "Model     Description              Qty   Unit   Unit price (USD)\n"
                   "SV-100    Stainless ball valve     500   pcs    11.90\n\n"
                   "Best regards\n"));
    ingest(a, mail("Sales <sales@ourco.com>", "Buyer <buyer@acme.com>",
                   "Thu, 12 Nov 2026 09:00:00 +0000", "Revised quotation QT-1 rev 1",
                   "Dear buyer,\n\nOur revised price:\n\n"
                   "Model     Unit price (USD)\n"
                   "GV-80     25.90\n\n"
                   "Best regards\n"));
    auto rows = a.index.prices("acme");
    REQUIRE(rows);
    CHECK(listed(*rows) ==
          std::vector<std::string>{"Gate valve | GV-80 | quoted USD 25.90/pcs",
                                   "Stainless ball valve | SV-100 | agreed USD 11.90/pcs",
                                   "Stainless ball valve | SV-100 | quoted USD 12.50/pcs"});
}
