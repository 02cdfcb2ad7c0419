#pragma once
// The PostgreSQL schema of an index, derived from the SQLite index itself: one schema
// definition (store/schema.cpp's migrations) serves both backends, so they cannot drift. Each
// table keeps its columns, NOT NULL, defaults, primary and unique keys, CHECK constraints,
// foreign keys and indexes. Integers become BIGINT. A rowid table keeps its rowid as a column
// named rowid (queries order by it: insertion order), an INTEGER PRIMARY KEY becomes an
// identity column. An FTS5 table becomes its text columns, and beside it the table
// <name>_terms (rowid, terms tsvector: weights A, B, C, D by column, store/postgres/
// tsvector.hpp), indexed after the load (store/postgres/index_copy.hpp): a search reads that
// narrow table, not the wide rows of text.
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {
class Database;
}

namespace mailclerk::store::pg {

struct MirroredTable {
    std::string name;
    std::vector<std::string> columns;        // SQLite's columns in order, without the rowid
    bool rowid_column = false;               // rows carry their SQLite rowid as column "rowid"
    bool full_text = false;                  // an FTS5 table: its terms table is computed from it
    std::string terms_table;                 // full_text: <name>_terms (rowid, terms)
    size_t first_filter = std::string::npos; // full_text: the filter column (`meta`), if any
    std::string create;                      // CREATE TABLE for PostgreSQL (keys and checks inline)
};

struct MirroredSchema {
    int64_t version = 0;                 // the SQLite index's user_version
    std::vector<MirroredTable> tables;   // in the order SQLite created them
    std::vector<std::string> after_load; // indexes, foreign keys, identity restarts
};

// Read the schema of an open SQLite index (with our tokenizer registered: FTS5 tables are
// opened to read their columns). Fails on a column type PostgreSQL is not given
// (BLOB): copying it as text could change its bytes.
Result<MirroredSchema> mirror_schema(Database& sqlite);

} // namespace mailclerk::store::pg
