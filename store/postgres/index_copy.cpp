#include "store/postgres/index_copy.hpp"

#include <chrono>
#include <cstring>
#include <functional>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/file_io.hpp"
#include "store/cjk_tokenizer.hpp"
#include "store/index.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/schema_mirror.hpp"
#include "store/postgres/tsvector.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store::pg {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

// maintenance_work_mem while the copy builds its indexes: a 1M-message terms index sorts
// in memory instead of in temporary files (bench/README.md, issue 23).
constexpr std::string_view k_index_build_memory = "512MB";

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Both sides must be at this binary's schema: a copy never migrates, so what arrives is what
// every command of this version reads.
Status check_version(int64_t version, std::string_view side) {
    if (version == schema_version()) return {};
    return fail(ErrorCode::database,
                fmt::format("the index in {} is at schema version {}, this mailclerk writes {}",
                            side, version, schema_version()),
                version < schema_version()
                    ? "run any mailclerk command on it once (it migrates at open), then copy"
                    : "copy with the newer mailclerk that wrote it");
}

// The column list of a table as both sides name it: the rowid first where it is kept.
std::vector<std::string> copied_columns(const MirroredTable& table) {
    std::vector<std::string> names;
    if (table.rowid_column) names.push_back("rowid");
    for (const std::string& column : table.columns)
        names.push_back(quote_identifier(column));
    return names;
}

std::string select_rows(const MirroredTable& table, std::string_view schema_prefix) {
    return fmt::format("SELECT {} FROM {}{}{}", fmt::join(copied_columns(table), ", "),
                       schema_prefix, quote_identifier(table.name),
                       table.rowid_column ? " ORDER BY rowid" : "");
}

Result<int64_t> count_rows(Database& db, const MirroredTable& table) {
    return db.query_int(fmt::format("SELECT count(*) FROM {}", quote_identifier(table.name)));
}

// What one pass of a table's rows writes: the rows themselves, or (a full-text table's second
// pass) each row's rowid and search terms into its terms table.
enum class Pass { rows, terms };

// One pass over a table's rows from SQLite into PostgreSQL's COPY.
Status copy_pass(Database& db, Connection& pg, const MirroredTable& table, Pass pass,
                 CopyObserver* observer) {
    auto select = db.prepare(select_rows(table, ""));
    if (!select) return tl::unexpected(select.error());
    const auto width = static_cast<int>(copied_columns(table).size()); // the columns SQLite gives
    int64_t done = 0;
    CopyRow fields;
    auto next = [&](CopyRow& row) -> Result<bool> {
        auto more = select->step();
        if (!more) return tl::unexpected(more.error());
        if (!*more) return false;
        CopyRow& out = pass == Pass::rows ? row : fields;
        out.clear();
        for (int i = 0; i < width; ++i) {
            if (select->column_is_blob(i))
                return fail(ErrorCode::database,
                            fmt::format("{}: a row holds bytes that are not text", table.name));
            if (select->column_is_null(i))
                out.emplace_back(std::nullopt);
            else
                out.emplace_back(select->column_text(i));
        }
        if (pass == Pass::terms) {
            std::vector<std::string_view> texts;
            for (size_t i = 1; i < fields.size(); ++i) // after the rowid
                texts.emplace_back(fields[i] ? std::string_view(*fields[i]) : std::string_view());
            row.emplace_back(std::move(fields[0]));
            row.emplace_back(tsvector_text(texts, table.first_filter));
        }
        if (observer && ++done % 1000 == 0) observer->rows(done);
        return true;
    };
    std::string into = pass == Pass::rows
                           ? fmt::format("{} ({})", quote_identifier(table.name),
                                         fmt::join(copied_columns(table), ", "))
                           : fmt::format("{} (rowid, terms)", quote_identifier(table.terms_table));
    return pg.copy_in(into, next);
}

// One table's rows from SQLite into PostgreSQL; a full-text table's terms after its rows.
Result<int64_t> copy_table_out(Database& db, Connection& pg, const MirroredTable& table,
                               CopyObserver* observer) {
    auto total = count_rows(db, table);
    if (!total) return tl::unexpected(total.error());
    if (observer) observer->table(table.name, *total);
    if (auto copied = copy_pass(db, pg, table, Pass::rows, observer); !copied)
        return tl::unexpected(copied.error());
    if (table.full_text) {
        if (observer) observer->table(table.terms_table, *total);
        if (auto copied = copy_pass(db, pg, table, Pass::terms, observer); !copied)
            return tl::unexpected(copied.error());
    }
    if (observer) observer->rows(*total);
    return *total;
}

Status create_schema(Connection& pg, bool replace) {
    auto exists = pg.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", {k_schema});
    if (!exists) return tl::unexpected(exists.error());
    if (exists->count() > 0) {
        if (!replace)
            return fail(
                ErrorCode::refused,
                fmt::format("the database already holds a mailclerk index (schema {})", k_schema),
                "add --replace to drop it and copy anew");
        if (auto dropped = pg.exec(fmt::format("DROP SCHEMA {} CASCADE", k_schema)); !dropped)
            return dropped;
    }
    return pg.exec(fmt::format("CREATE SCHEMA {0}; SET LOCAL search_path = {0}; "
                               "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                               k_schema));
}

// The index `wanted` (CopyOptions::terms_index); unnamed, the RUM extension where it can be
// created (it needs the privilege), else GIN: a failed attempt is rolled back to a savepoint so
// the copy's transaction goes on.
Result<std::string> choose_terms_index(Connection& pg, const std::string& wanted) {
    if (wanted == k_terms_index_gin) return wanted;
    if (!wanted.empty() && wanted != k_terms_index_rum)
        return fail(ErrorCode::usage, fmt::format("no terms index '{}'", wanted),
                    fmt::format("name {} or {}", k_terms_index_rum, k_terms_index_gin));
    if (wanted == k_terms_index_rum) {
        if (auto made = pg.exec("CREATE EXTENSION IF NOT EXISTS rum"); !made)
            return tl::unexpected(made.error());
        return wanted;
    }
    if (auto saved = pg.exec("SAVEPOINT terms_index"); !saved) return tl::unexpected(saved.error());
    if (pg.exec("CREATE EXTENSION IF NOT EXISTS rum")) {
        if (auto released = pg.exec("RELEASE terms_index"); !released)
            return tl::unexpected(released.error());
        return std::string(k_terms_index_rum);
    }
    if (auto undone = pg.exec("ROLLBACK TO terms_index"); !undone)
        return tl::unexpected(undone.error());
    return std::string(k_terms_index_gin);
}

Status index_terms(Connection& pg, const MirroredSchema& schema, const std::string& kind,
                   CopyObserver* observer) {
    for (const MirroredTable& table : schema.tables) {
        if (!table.full_text) continue;
        std::string name = quote_identifier(table.terms_table + "_" + kind);
        std::string terms = quote_identifier(table.terms_table);
        std::string create =
            kind == k_terms_index_rum
                ? fmt::format("CREATE INDEX {} ON {} USING rum (terms rum_tsvector_addon_ops, "
                              "rowid) WITH (attach = 'rowid', to = 'terms')",
                              name, terms)
                : fmt::format("CREATE INDEX {} ON {} USING gin (terms)", name, terms);
        if (observer) observer->building(fmt::format("{} index on {}", kind, table.terms_table));
        if (auto made = pg.exec(create); !made) return made;
    }
    return {};
}

// The planner's statistics of the tables just loaded, before anyone reads them: without them
// it estimates 100 matches for a word that has 14,576 of 20,000 messages and sorts them all
// instead of reading RUM's newest-first order (107 vs 21 ms for a page of 'valve'); autovacuum
// would analyze them only a minute or more after the copy.
Status analyze_tables(Connection& pg, const MirroredSchema& schema, CopyObserver* observer) {
    for (const MirroredTable& table : schema.tables) {
        std::vector<std::string> names{table.name};
        if (table.full_text) names.push_back(table.terms_table);
        for (const std::string& name : names) {
            if (observer) observer->building("ANALYZE " + name);
            if (auto done = pg.exec("ANALYZE " + quote_identifier(name)); !done) return done;
        }
    }
    return {};
}

// The indexes, keys and sequences of the rows just loaded. Built in bulk after the load, as
// pg_restore does: a RUM entry inserted row by row costs 35-60 ms, in a build it is sorted in
// memory; the memory is this transaction's only (SET LOCAL), and a build that needs more spills
// to disk.
Status build_after_load(Connection& pg, const MirroredSchema& schema, const std::string& kind,
                        CopyObserver* observer) {
    if (auto set =
            pg.exec(fmt::format("SET LOCAL maintenance_work_mem = '{}'", k_index_build_memory));
        !set)
        return set;
    for (const std::string& statement : schema.after_load) {
        if (observer) observer->building(statement);
        if (auto done = pg.exec(statement); !done) return done;
    }
    if (auto indexed = index_terms(pg, schema, kind, observer); !indexed) return indexed;
    return analyze_tables(pg, schema, observer);
}

Status record_meta(Connection& pg, const MirroredSchema& schema, const fs::path& from,
                   const std::string& terms_index) {
    auto stored = pg.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1), "
                           "('copied_from', $2), ('copied_at', now()::text), ('terms_index', $3)",
                           {std::to_string(schema.version), from.string(), terms_index});
    if (!stored) return tl::unexpected(stored.error());
    return {};
}

Result<int64_t> schema_version_in(Connection& pg) {
    auto exists = pg.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", {k_schema});
    if (!exists) return tl::unexpected(exists.error());
    if (exists->count() == 0)
        return fail(ErrorCode::not_found,
                    fmt::format("the database holds no mailclerk index (schema {})", k_schema),
                    "copy one there first: mailclerk index copy --to URL");
    auto version =
        pg.query(fmt::format("SELECT value FROM {}.meta WHERE key = 'schema_version'", k_schema));
    if (!version) return tl::unexpected(version.error());
    if (version->count() != 1)
        return fail(ErrorCode::corrupt, "the PostgreSQL index names no schema version");
    return std::stoll(std::string(version->text(0, 0)));
}

// One table's rows from PostgreSQL into the new SQLite file.
Result<int64_t> copy_table_in(Connection& pg, Database& db, const MirroredTable& table,
                              CopyObserver* observer) {
    if (observer) observer->table(table.name, -1);
    auto cleared = db.exec(fmt::format("DELETE FROM {}", quote_identifier(table.name)));
    if (!cleared) return tl::unexpected(cleared.error());
    std::vector<std::string> columns = copied_columns(table);
    std::string placeholders;
    for (size_t i = 1; i <= columns.size(); ++i)
        placeholders += fmt::format("{}?{}", i > 1 ? ", " : "", i);
    auto insert =
        db.prepare(fmt::format("INSERT INTO {} ({}) VALUES ({})", quote_identifier(table.name),
                               fmt::join(columns, ", "), placeholders));
    if (!insert) return tl::unexpected(insert.error());
    int64_t done = 0;
    auto row = [&](const CopyRow& fields) -> Status {
        for (size_t i = 0; i < fields.size(); ++i) {
            int at = static_cast<int>(i) + 1;
            if (fields[i])
                insert->bind(at, std::string_view(*fields[i]));
            else
                insert->bind_null(at);
        }
        if (auto ran = insert->run(); !ran) return ran;
        if (observer && ++done % 1000 == 0) observer->rows(done);
        return {};
    };
    std::string prefix = std::string(k_schema) + ".";
    if (auto copied = pg.copy_out(select_rows(table, prefix), row); !copied)
        return tl::unexpected(copied.error());
    if (observer) observer->rows(done);
    return done;
}

// Every table through `copy` (one direction's), counted into the report.
Status copy_tables(const MirroredSchema& schema,
                   const std::function<Result<int64_t>(const MirroredTable&)>& copy,
                   CopyReport& report) {
    for (const MirroredTable& table : schema.tables) {
        auto rows = copy(table);
        if (!rows) return tl::unexpected(rows.error());
        report.rows += *rows;
        report.tables += 1;
        if (table.name == "messages") report.messages = *rows;
    }
    return {};
}

// Move the finished file into place: renamed where there was no index, else copied page by
// page into the live one through SQLite (store::Index::replace_with), which its readers and
// writers see as one transaction.
Status put_in_place(const fs::path& built, const fs::path& index_file, bool existed) {
    if (existed) {
        auto live = Index::open(index_file);
        if (!live) return tl::unexpected(live.error());
        if (auto replaced = live->replace_with(built); !replaced) return replaced;
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(built.string() + suffix, ignored);
        return {};
    }
    if (std::rename(built.c_str(), index_file.c_str()) != 0)
        return fail(ErrorCode::io, fmt::format("cannot rename {} to {}: {}", built.string(),
                                               index_file.string(), std::strerror(errno)));
    return sync_directory(index_file.parent_path());
}

} // namespace

Result<CopyReport> copy_to_postgresql(const fs::path& index_file, const std::string& url,
                                      const CopyOptions& options) {
    auto start = Clock::now();
    if (!fs::exists(index_file))
        return fail(ErrorCode::not_found, "no index at " + index_file.string());
    auto db = Database::open_read_only(index_file);
    if (!db) return tl::unexpected(db.error());
    if (auto registered = register_cjk_tokenizer(*db); !registered)
        return tl::unexpected(registered.error());
    // One read transaction: every table from the same snapshot while the daemon writes on.
    if (auto begun = db->exec("BEGIN"); !begun) return tl::unexpected(begun.error());
    auto schema = mirror_schema(*db);
    if (!schema) return tl::unexpected(schema.error());
    if (auto checked = check_version(schema->version, index_file.string()); !checked)
        return tl::unexpected(checked.error());
    auto pg = Connection::open(url, options.password);
    if (!pg) return tl::unexpected(pg.error());
    if (auto begun = pg->exec("BEGIN"); !begun) return tl::unexpected(begun.error());
    if (auto created = create_schema(*pg, options.replace); !created)
        return tl::unexpected(created.error());
    CopyReport report;
    report.version = schema->version;
    for (const MirroredTable& table : schema->tables)
        if (auto made = pg->exec(table.create); !made) return tl::unexpected(made.error());
    auto copy_out = [&](const MirroredTable& table) {
        return copy_table_out(*db, *pg, table, options.observer);
    };
    if (auto copied = copy_tables(*schema, copy_out, report); !copied)
        return tl::unexpected(copied.error());
    auto terms_index = choose_terms_index(*pg, options.terms_index);
    if (!terms_index) return tl::unexpected(terms_index.error());
    if (auto built = build_after_load(*pg, *schema, *terms_index, options.observer); !built)
        return tl::unexpected(built.error());
    report.terms_index = *terms_index;
    if (auto noted = record_meta(*pg, *schema, index_file, *terms_index); !noted)
        return tl::unexpected(noted.error());
    if (auto committed = pg->exec("COMMIT"); !committed) return tl::unexpected(committed.error());
    report.seconds = seconds_since(start);
    return report;
}

Result<CopyReport> copy_from_postgresql(const std::string& url, const fs::path& index_file,
                                        const CopyOptions& options) {
    auto start = Clock::now();
    bool existed = fs::exists(index_file);
    if (existed && !options.replace)
        return fail(ErrorCode::refused, "an index already exists at " + index_file.string(),
                    "add --replace to overwrite it (back it up first: mailclerk backup DEST)");
    auto pg = Connection::open(url, options.password);
    if (!pg) return tl::unexpected(pg.error());
    // REPEATABLE READ: every table from one snapshot of the database.
    if (auto begun = pg->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return tl::unexpected(begun.error());
    auto version = schema_version_in(*pg);
    if (!version) return tl::unexpected(version.error());
    if (auto checked = check_version(*version, "PostgreSQL"); !checked)
        return tl::unexpected(checked.error());
    fs::path built = index_file.string() + ".copy";
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(built.string() + suffix, ignored);
    if (auto made = Index::open(built); !made) return tl::unexpected(made.error());
    CopyReport report;
    report.version = *version;
    {
        auto db = Database::open(built);
        if (!db) return tl::unexpected(db.error());
        if (auto prepared = prepare_schema(*db); !prepared) return tl::unexpected(prepared.error());
        auto schema = mirror_schema(*db);
        if (!schema) return tl::unexpected(schema.error());
        if (auto begun = db->exec("BEGIN"); !begun) return tl::unexpected(begun.error());
        auto copy_in = [&](const MirroredTable& table) {
            return copy_table_in(*pg, *db, table, options.observer);
        };
        if (auto copied = copy_tables(*schema, copy_in, report); !copied)
            return tl::unexpected(copied.error());
        if (auto committed = db->exec("COMMIT"); !committed)
            return tl::unexpected(committed.error());
        if (auto folded = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !folded)
            return tl::unexpected(folded.error());
    }
    if (auto placed = put_in_place(built, index_file, existed); !placed)
        return tl::unexpected(placed.error());
    report.seconds = seconds_since(start);
    return report;
}

} // namespace mailclerk::store::pg
