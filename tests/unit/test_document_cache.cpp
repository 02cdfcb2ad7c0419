// The document cache (issue 18): an attachment read once per process by the SHA-256 of its
// bytes, whatever message it comes in; other limits or other bytes are read again.
#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "parsers/document.hpp"
#include "parsers/document_cache.hpp"

using namespace mailclerk;
using namespace mailclerk::parsers;

namespace {

Attachment quote(const std::string& name, const std::string& filename) {
    auto bytes = read_file(std::string(MAILCLERK_TEST_DATA) + "/quotes/" + name);
    REQUIRE(bytes);
    return Attachment{filename, "application/octet-stream", *bytes, false, DocKind::quote};
}

} // namespace

TEST_CASE("the same document in another message is read once", "[document_cache]") {
    Attachment first = quote("quote.pdf", "quote.pdf");
    Attachment again = quote("quote.pdf", "PI-copy-for-another-customer.pdf");
    Document read = read_document(first);
    REQUIRE_FALSE(read.text.empty());
    auto before = detail::document_cache_stats(); // each SECTION runs this case again
    Document kept = read_document(again);
    auto after = detail::document_cache_stats();
    CHECK(after.hits == before.hits + 1);
    CHECK(kept.text == read.text);
    CHECK(kept.tables.size() == read.tables.size());
    CHECK(kept.flag == read.flag);

    SECTION("other limits read it again") {
        DocumentLimits shorter;
        shorter.max_text = 40;
        Document cut = read_document(first, shorter);
        CHECK(detail::document_cache_stats().hits == after.hits);
        CHECK(cut.text.size() <= 40);
        CHECK(cut.flag == "truncated");
    }
    SECTION("other bytes are another document") {
        Attachment sheet = quote("quote.xlsx", "quote.pdf");
        Document other = read_document(sheet);
        CHECK(detail::document_cache_stats().hits == after.hits);
        CHECK(other.text != read.text);
    }
}

TEST_CASE("cheap formats are not kept", "[document_cache]") {
    CHECK(detail::worth_caching(DocFormat::pdf));
    CHECK(detail::worth_caching(DocFormat::xlsx));
    CHECK_FALSE(detail::worth_caching(DocFormat::csv));
    CHECK_FALSE(detail::worth_caching(DocFormat::text));
    CHECK_FALSE(detail::worth_caching(DocFormat::none));
}
