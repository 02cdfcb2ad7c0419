#pragma once
// `mailclerk index copy`: an SQLite index into a PostgreSQL database and back, all rows as they
// are (ids, insertion order, search text), the archive untouched. PostgreSQL gets the schema
// "mailclerk" (store/postgres/schema_mirror.hpp) in one transaction: a copy is there whole or
// not at all. The SQLite side is read in one read transaction (a consistent snapshot while the
// daemon writes) or written to a new file that is renamed into place only when complete.
#include <cstdint>
#include <filesystem>
#include <string>

#include "common/result.hpp"

namespace mailclerk::store::pg {

inline constexpr const char* k_schema = "mailclerk";

// How a terms table is indexed, as the schema's meta row `terms_index` records it: "rum" (the
// RUM extension, postgresql-15-rum: each entry carries the rowid, so matches come out newest
// first and a page stops early instead of sorting every match; ordered by `rowid <=| max`),
// or "gin" where the extension cannot be created (ordered by rowid DESC after the match).
inline constexpr const char* k_terms_index_rum = "rum";
inline constexpr const char* k_terms_index_gin = "gin";

class CopyObserver {
  public:
    virtual ~CopyObserver() = default;
    virtual void table(const std::string& name, int64_t rows) = 0; // a table begins
    virtual void rows(int64_t done) = 0;                           // rows of it copied so far
    // After the rows: an index or constraint is being built (the copy's longest silent steps).
    virtual void building(const std::string& what) = 0;
};

struct CopyReport {
    int64_t tables = 0;
    int64_t rows = 0;
    int64_t messages = 0;
    int64_t version = 0;     // the schema version of both sides
    std::string terms_index; // copy --to: k_terms_index_rum or k_terms_index_gin
    double seconds = 0;
};

struct CopyOptions {
    bool replace = false; // drop an existing schema "mailclerk" / an existing index file first
    CopyObserver* observer = nullptr;
    std::string password; // beside the URL (store/postgres/pg.hpp), "" for libpq's own sources
    // copy --to: k_terms_index_rum (fails where the extension cannot be created),
    // k_terms_index_gin, or "" for RUM where it can be created, else GIN. GIN costs a writer
    // some 30 times less per message than RUM and a newest-first page more (bench/README.md).
    std::string terms_index;
};

// Copy the SQLite index at `index_file` into the database at `url`.
Result<CopyReport> copy_to_postgresql(const std::filesystem::path& index_file,
                                      const std::string& url, const CopyOptions& options);
// Copy the index in the database at `url` into a new SQLite index file `index_file`.
Result<CopyReport> copy_from_postgresql(const std::string& url,
                                        const std::filesystem::path& index_file,
                                        const CopyOptions& options);

} // namespace mailclerk::store::pg
