// The PostgreSQL side's pure parts: COPY's text format, tsvector input made from our
// tokenizer, and the schema derived from a real SQLite index. The copy itself runs against a
// real PostgreSQL in tests/integration/test_postgres_copy.sh.
#include <algorithm>

#include <catch2/catch.hpp>

#include "store/cjk_tokenizer.hpp"
#include "store/index.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/schema_mirror.hpp"
#include "store/postgres/tsvector.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "temp_dir.hpp"

using namespace mailclerk;
using store::pg::CopyRow;

TEST_CASE("COPY text fields survive escaping and decoding", "[postgres]") {
    std::string awkward = "tab\there\nnew line\\back slash\rCR \x01 pair mark 报价";
    std::string line = store::pg::copy_escape(awkward) + "\t\\N\t" + store::pg::copy_escape("");
    CHECK(line.find('\n') == std::string::npos);
    CopyRow fields = store::pg::copy_decode(line);
    REQUIRE(fields.size() == 3);
    CHECK(fields[0] == awkward);
    CHECK_FALSE(fields[1].has_value()); // \N is NULL
    CHECK(fields[2] == std::string());  // an empty string is not NULL
}

TEST_CASE("identifiers are quoted for PostgreSQL", "[postgres]") {
    CHECK(store::pg::quote_identifier("user") == "\"user\"");
    CHECK(store::pg::quote_identifier("a\"b") == "\"a\"\"b\"");
}

TEST_CASE("tsvector text carries our tokenizer's terms with positions and weights", "[postgres]") {
    std::string text = store::pg::tsvector_text({"报价单 QT-2026", "DN50 ball valve"});
    // CJK characters one position each, with the bigram at the first one's position; the
    // subject weighs A, the body B.
    CHECK(text.find("'报':1A") != std::string::npos);
    CHECK(text.find("'报价':1A") != std::string::npos);
    CHECK(text.find("'价单':2A") != std::string::npos);
    CHECK(text.find("'qt':4A") != std::string::npos);
    CHECK(text.find("'dn50':6B") != std::string::npos);
    CHECK(text.find("'valve':8B") != std::string::npos);
}

TEST_CASE("tsvector text keeps word pairs and PostgreSQL's limits", "[postgres]") {
    // The pair of two neighbouring words shares the first one's position.
    CHECK(store::pg::tsvector_text({"ball valve"})
              .find("'\x01"
                    "ball valve':1") != std::string::npos);
    std::string many;
    for (int i = 0; i < 20000; ++i)
        many += "word ";
    std::string text = store::pg::tsvector_text({many});
    size_t start = text.find("'word':");
    REQUIRE(start != std::string::npos);
    std::string positions = text.substr(start, text.find(' ', start) - start);
    auto count = std::count(positions.begin(), positions.end(), ',') + 1;
    CHECK(count == static_cast<long>(store::pg::k_max_positions_per_lexeme));
    CHECK(text.find("16384") == std::string::npos);
}

TEST_CASE("tsvector text stays within the server's 1 MiB, positions counted", "[postgres]") {
    // Issue 23: a message with an attachment of ~130,000 distinct words, each seen four times,
    // was refused ("string is too long for tsvector") when only the lexemes' bytes were counted.
    std::string many;
    for (int i = 0; i < 130000; ++i)
        many += "w" + std::to_string(i) + " ";
    std::string text = store::pg::tsvector_text({many + many + many + many});
    size_t stored = 0;
    for (size_t at = 0; at < text.size();) {
        size_t close = text.find('\'', at + 1);
        size_t end = text.find(' ', close);
        if (end == std::string::npos) end = text.size();
        std::string_view positions(text.data() + close + 1, end - close - 1);
        size_t lexeme = close - at - 1;
        stored += (lexeme + 1) / 2 * 2 + 2 +
                  2 * static_cast<size_t>(std::count(positions.begin(), positions.end(), ',') + 1);
        at = end + 1;
    }
    CHECK(stored <= (1u << 20) - 1);
    CHECK(stored > (1u << 20) - 8192); // it was filled, not cut early
}

TEST_CASE("tsvector text marks the filter column's lexemes apart from words", "[postgres]") {
    // Issue 23: "zc12" in a body is a word; in `meta` it is customer 12's filter token.
    std::string text = store::pg::tsvector_text({"zc12", "", "", "zc12 zdinbound"}, 3);
    CHECK(text.find("'zc12':1A") != std::string::npos);
    CHECK(text.find("'\x02zc12':2") != std::string::npos);
    CHECK(text.find("'\x02zdinbound':3") != std::string::npos);
    CHECK(text.find("'zdinbound'") == std::string::npos);
}

TEST_CASE("the PostgreSQL schema is derived from the SQLite index", "[postgres]") {
    test::TempDir dir;
    { REQUIRE(store::Index::open(dir / "index.sqlite")); }
    auto db = store::Database::open_read_only(dir / "index.sqlite");
    REQUIRE(db);
    REQUIRE(store::register_cjk_tokenizer(*db)); // reading the FTS5 table's columns needs it
    auto schema = store::pg::mirror_schema(*db);
    INFO((schema ? std::string() : schema.error().message));
    REQUIRE(schema);
    CHECK(schema->version == store::schema_version());
    auto table = [&](const std::string& name) -> const store::pg::MirroredTable* {
        for (const auto& t : schema->tables)
            if (t.name == name) return &t;
        return nullptr;
    };
    // FTS5's shadow tables are not tables of their own; the search table is its text, its
    // terms a narrow table beside it, the filter column `meta` marked.
    CHECK(table("search_text_data") == nullptr);
    REQUIRE(table("search_text"));
    CHECK(table("search_text")->full_text);
    CHECK(table("search_text")->terms_table == "search_text_terms");
    CHECK(table("search_text")->first_filter == 3u);
    CHECK(table("search_text")
              ->create.find("CREATE TABLE \"search_text_terms\" (rowid BIGINT "
                            "PRIMARY KEY, terms tsvector NOT NULL)") != std::string::npos);
    // An INTEGER PRIMARY KEY is an identity; a rowid table without one keeps its rowid.
    REQUIRE(table("customers"));
    CHECK(table("customers")
              ->create.find("\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY "
                            "PRIMARY KEY") != std::string::npos);
    CHECK_FALSE(table("customers")->rowid_column);
    REQUIRE(table("message_customers"));
    CHECK(table("message_customers")->rowid_column);
    // WITHOUT ROWID tables have none; reserved words are quoted; CHECK constraints are kept.
    REQUIRE(table("users"));
    CHECK_FALSE(table("users")->rowid_column);
    CHECK(table("users")->create.find("CHECK (role IN ('rep', 'manager'))") != std::string::npos);
    REQUIRE(table("today_dismissals"));
    CHECK(table("today_dismissals")->create.find("\"user\" TEXT NOT NULL") != std::string::npos);
    // Foreign keys and indexes come after the rows.
    auto has = [&](const std::string& needle) {
        return std::any_of(
            schema->after_load.begin(), schema->after_load.end(),
            [&](const std::string& s) { return s.find(needle) != std::string::npos; });
    };
    CHECK(has("REFERENCES \"messages\" (\"id\") ON UPDATE NO ACTION ON DELETE CASCADE NOT VALID"));
    CHECK(has("CREATE UNIQUE INDEX messages_search_key"));
    CHECK(has("ALTER TABLE \"customers\" ADD UNIQUE (\"slug\")"));
}
