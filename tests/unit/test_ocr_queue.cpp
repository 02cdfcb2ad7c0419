// Issue 16: scans are read off the ingest path. Documents read with Ocr::later mark the scans
// they leave (and only those), and the index keeps them as a queue that OCR later empties.
// Tesseract is real here: the read that replaces a pending text is the one ingest would have done.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "parsers/document.hpp"
#include "parsers/understand.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"
#include "test_data.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
using parsers::Attachment;
using parsers::DocKind;
using parsers::Document;
using parsers::DocumentLimits;
using parsers::Ocr;

namespace {

Attachment sample(const std::string& name) {
    return test::data_attachment("prices", name);
}

DocumentLimits later() {
    DocumentLimits limits;
    limits.ocr = Ocr::later;
    return limits;
}

} // namespace

TEST_CASE("ocr later: a scanned PDF and a document photo are left pending, unread",
          "[ocr][ocr-queue]") {
    Document scan = parsers::read_document(sample("scanned_quote.pdf"), later());
    CHECK(scan.format == parsers::DocFormat::pdf);
    CHECK(scan.ocr_pending);
    CHECK(scan.ocr_pages == 0);
    CHECK(parsers::extract_from_document(scan, 0).empty());
    Document photo = parsers::read_document(sample("photo_quote.png"), later());
    CHECK(photo.format == parsers::DocFormat::image);
    CHECK(photo.ocr_pending);
    CHECK(photo.text.empty());
    // Read in place, the same scan is not pending and yields its items.
    Document read = parsers::read_document(sample("scanned_quote.pdf"));
    CHECK_FALSE(read.ocr_pending);
    CHECK(read.ocr_pages == 1);
    CHECK(parsers::extract_from_document(read, 0).size() == 3);
}

TEST_CASE("ocr later: documents that need no OCR are never pending", "[ocr-queue]") {
    // A text PDF, an archive, a spreadsheet, a CSV: read at once and in full.
    for (const char* name : {"text_table.pdf", "quote_bundle.zip", "openpyxl_angebot.xlsx"}) {
        INFO(name);
        Document document = parsers::read_document(sample(name), later());
        CHECK_FALSE(document.ocr_pending);
        CHECK_FALSE(document.text.empty());
    }
    Attachment csv{"prices.csv", "text/csv", "Item,Qty,Unit price\nDN50 valve,10,USD 12.50\n",
                   false, DocKind::quote};
    CHECK_FALSE(parsers::read_document(csv, later()).ocr_pending);
    // A logo is too small to be a document: not read, and not waiting for OCR either.
    Attachment logo{"logo.png", "image/png", "\x89PNG\r\n\x1A\n tiny", false, DocKind::other};
    CHECK_FALSE(parsers::read_document(logo, later()).ocr_pending);
    // Ocr::off leaves the scan unread and does not queue it.
    DocumentLimits off;
    off.ocr = Ocr::off;
    CHECK_FALSE(parsers::read_document(sample("scanned_quote.pdf"), off).ocr_pending);
}

TEST_CASE("ocr later: the message's texts flag the scan alone as pending", "[ocr-queue]") {
    parsers::Message message;
    message.subject = "Quotation";
    message.attachments = {
        sample("scanned_quote.pdf"),
        Attachment{"notes.txt", "text/plain", "Delivery in 30 days", false, DocKind::other}};
    auto extracted =
        parsers::extract_documents(message, DocKind::quote, {}, nullptr, {}, Ocr::later);
    REQUIRE(extracted.texts.size() == 2);
    CHECK(extracted.texts[0].flag == std::string(parsers::k_ocr_pending));
    CHECK(extracted.texts[0].text.find("6204") == std::string::npos); // no words of the scan
    CHECK(extracted.texts[1].flag.empty());
    CHECK(extracted.texts[1].text == "Delivery in 30 days");
    CHECK(extracted.prices.empty());
    auto inline_read = parsers::extract_documents(message, DocKind::quote);
    CHECK(inline_read.texts[0].flag.empty());
    CHECK(inline_read.prices.size() == 3);
}

namespace {

// An index with messages whose attachments have the texts and flags given.
struct QueueStore {
    test::TempDir dir;
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(dir.path() / ".mailclerk" / "index.sqlite").value();

    std::string add(const std::string& subject, std::vector<parsers::AttachmentText> texts) {
        parsers::Message m;
        m.subject = subject;
        m.text = "see the attached scan";
        m.date = 1767254400;
        m.from = {{"", "wang@acme.com"}};
        for (size_t i = 0; i < texts.size(); ++i)
            m.attachments.push_back(Attachment{"scan" + std::to_string(i) + ".pdf",
                                               "application/pdf", subject + std::to_string(i),
                                               false, DocKind::quote});
        parsers::Classification c;
        c.kind = DocKind::quote;
        c.customers.push_back({"acme", "address", "wang@acme.com"});
        std::string raw = "Subject: " + subject + "\r\n\r\nsee the attached scan";
        std::string sha = sha256_hex(raw);
        auto filed = archive.file(sha, raw, m, {"acme"});
        REQUIRE(filed);
        REQUIRE(archive.sync());
        store::NewMessage record{sha, static_cast<int64_t>(raw.size()), &m, &c, &*filed, &texts};
        REQUIRE(index.begin());
        REQUIRE(index.add_message(record));
        REQUIRE(index.commit());
        return sha;
    }
    std::vector<std::string> queue() {
        auto queued = index.ocr_queue(100);
        REQUIRE(queued);
        std::vector<std::string> out;
        for (const store::OcrQueued& q : *queued)
            out.push_back(q.sha256);
        return out;
    }
    int64_t hits(const std::string& query) {
        auto found = index.search(query, "", 50, 0);
        REQUIRE(found);
        return found->total;
    }
};

const std::string k_pending(parsers::k_ocr_pending);

} // namespace

TEST_CASE("ocr queue: pending messages oldest first, counted, read once", "[store][ocr-queue]") {
    QueueStore s;
    std::string first = s.add("first scan", {{"", k_pending}, {"typed text", ""}});
    s.add("no scan", {{"typed bearing list", ""}});
    std::string second = s.add("second scan", {{"", k_pending}});
    CHECK(s.queue() == std::vector<std::string>{first, second});
    auto counts = s.index.ocr_counts();
    REQUIRE(counts);
    CHECK(counts->pending == 2);
    CHECK(counts->failed == 0);
    // The typed attachment is searchable at once; the scan's words are not there yet.
    CHECK(s.hits("typed") == 2);
    CHECK(s.hits("6204") == 0);

    auto queued = s.index.ocr_queue(1);
    REQUIRE(queued);
    REQUIRE(queued->size() == 1);
    int64_t row = queued->front().row;
    CHECK(queued->front().tries == 0);
    REQUIRE(s.index.begin());
    REQUIRE(s.index.count_ocr_try(row));
    REQUIRE(s.index.commit());
    CHECK(s.index.ocr_queue(1)->front().tries == 1);

    REQUIRE(s.index.begin());
    REQUIRE(s.index.replace_attachment_texts(
        row, {{"Ball bearing 6204-2RS 0.42 USD", ""}, {"typed text", ""}}));
    REQUIRE(s.index.commit());
    CHECK(s.queue() == std::vector<std::string>{second});
    CHECK(s.hits("6204") == 1);
    CHECK(s.hits("typed") == 2); // the other attachment's text is kept
    // The hit names the attachment the OCR text came from (text_size cuts the column).
    auto hit = s.index.search("6204", "", 10, 0);
    REQUIRE(hit);
    REQUIRE(hit->results.size() == 1);
    CHECK(hit->results[0].attachment == "scan0.pdf");
    CHECK(s.index.ocr_counts()->pending == 1);
}

TEST_CASE("ocr queue: a message given up is flagged failed and leaves the queue",
          "[store][ocr-queue]") {
    QueueStore s;
    s.add("unreadable scan", {{"", k_pending}, {"", "too-large"}});
    auto queued = s.index.ocr_queue(10);
    REQUIRE(queued);
    REQUIRE(queued->size() == 1);
    REQUIRE(s.index.begin());
    REQUIRE(s.index.fail_ocr(queued->front().row));
    REQUIRE(s.index.commit());
    CHECK(s.queue().empty());
    auto counts = s.index.ocr_counts();
    REQUIRE(counts);
    CHECK(counts->pending == 0);
    CHECK(counts->failed == 1); // the too-large attachment was never queued, nor failed
}
