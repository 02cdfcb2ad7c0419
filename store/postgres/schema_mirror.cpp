#include "store/postgres/schema_mirror.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/postgres/pg.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store::pg {
namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
    return upper(haystack).find(upper(needle)) != std::string::npos;
}

struct Column {
    std::string name;
    std::string type; // as declared
    bool not_null = false;
    std::optional<std::string> default_value;
    int key_position = 0; // 1-based position in the primary key, 0 when not part of it
};

// SQLite's type affinity rules (sqlite.org/datatype3.html, 3.1), mapped to PostgreSQL.
Result<std::string> postgres_type(const std::string& table, const Column& column) {
    std::string type = upper(column.type);
    if (type.find("INT") != std::string::npos) return std::string("BIGINT");
    if (type.find("CHAR") != std::string::npos || type.find("CLOB") != std::string::npos ||
        type.find("TEXT") != std::string::npos || type.empty())
        return std::string("TEXT");
    if (type.find("BLOB") != std::string::npos)
        return fail(
            ErrorCode::database,
            fmt::format("{}.{}: BLOB columns are not copied to PostgreSQL", table, column.name));
    if (type.find("REAL") != std::string::npos || type.find("FLOA") != std::string::npos ||
        type.find("DOUB") != std::string::npos)
        return std::string("DOUBLE PRECISION");
    return std::string("NUMERIC");
}

Result<std::vector<Column>> columns_of(Database& db, const std::string& table) {
    auto info = db.prepare(fmt::format("PRAGMA table_info({})", quote_identifier(table)));
    if (!info) return tl::unexpected(info.error());
    std::vector<Column> columns;
    for (;;) {
        auto row = info->step();
        if (!row) return tl::unexpected(row.error());
        if (!*row) break;
        Column column{info->column_text(1), info->column_text(2), info->column_int64(3) != 0,
                      std::nullopt, static_cast<int>(info->column_int64(5))};
        if (!info->column_is_null(4)) column.default_value = info->column_text(4);
        columns.push_back(std::move(column));
    }
    return columns;
}

// The CHECK (...) clauses of a CREATE TABLE statement, each with its balanced parentheses.
std::vector<std::string> check_clauses(const std::string& sql) {
    std::vector<std::string> clauses;
    std::string upper_sql = upper(sql);
    for (size_t at = upper_sql.find("CHECK"); at != std::string::npos;
         at = upper_sql.find("CHECK", at + 5)) {
        size_t open = upper_sql.find_first_not_of(" \t\n", at + 5);
        if (open == std::string::npos || sql[open] != '(') continue;
        int depth = 0;
        for (size_t i = open; i < sql.size(); ++i) {
            if (sql[i] == '(') ++depth;
            if (sql[i] == ')' && --depth == 0) {
                clauses.push_back(sql.substr(open, i - open + 1));
                break;
            }
        }
    }
    return clauses;
}

// Names of the columns of one index (PRAGMA index_info), quoted and comma-separated.
Result<std::string> index_columns(Database& db, const std::string& index) {
    auto info = db.prepare(fmt::format("PRAGMA index_info({})", quote_identifier(index)));
    if (!info) return tl::unexpected(info.error());
    std::string list;
    for (;;) {
        auto row = info->step();
        if (!row) return tl::unexpected(row.error());
        if (!*row) break;
        if (!list.empty()) list += ", ";
        list += quote_identifier(info->column_text(2));
    }
    return list;
}

// CREATE INDEX statements as SQLite keeps them, and UNIQUE constraints (automatic indexes).
Status add_indexes(Database& db, const std::string& table, MirroredSchema& schema) {
    auto list = db.prepare(fmt::format("PRAGMA index_list({})", quote_identifier(table)));
    if (!list) return tl::unexpected(list.error());
    auto sql_of = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1");
    if (!sql_of) return tl::unexpected(sql_of.error());
    for (;;) {
        auto row = list->step();
        if (!row) return tl::unexpected(row.error());
        if (!*row) break;
        std::string name = list->column_text(1);
        std::string origin = list->column_text(3);
        if (origin == "pk") continue; // declared inline in CREATE TABLE
        if (origin == "u") {
            auto columns = index_columns(db, name);
            if (!columns) return tl::unexpected(columns.error());
            schema.after_load.push_back(
                fmt::format("ALTER TABLE {} ADD UNIQUE ({})", quote_identifier(table), *columns));
            continue;
        }
        sql_of->reset();
        sql_of->bind(1, name);
        auto found = sql_of->step();
        if (!found) return tl::unexpected(found.error());
        if (*found) schema.after_load.push_back(sql_of->column_text(0));
    }
    return {};
}

// Foreign keys, added after the rows as NOT VALID: rows are copied as they are (a copy never
// refuses data the index holds), new rows are checked.
Status add_foreign_keys(Database& db, const std::string& table, MirroredSchema& schema) {
    auto list = db.prepare(fmt::format("PRAGMA foreign_key_list({})", quote_identifier(table)));
    if (!list) return tl::unexpected(list.error());
    struct Key {
        std::string parent, from, to, on_update, on_delete;
    };
    std::map<int64_t, Key> keys;
    for (;;) {
        auto row = list->step();
        if (!row) return tl::unexpected(row.error());
        if (!*row) break;
        Key& key = keys[list->column_int64(0)];
        auto join = [](std::string& to, const std::string& name) {
            to += (to.empty() ? "" : ", ") + quote_identifier(name);
        };
        key.parent = list->column_text(2);
        join(key.from, list->column_text(3));
        if (!list->column_is_null(4)) join(key.to, list->column_text(4));
        key.on_update = list->column_text(5);
        key.on_delete = list->column_text(6);
    }
    for (const auto& [id, key] : keys) {
        std::string parent_columns = key.to.empty() ? "" : fmt::format(" ({})", key.to);
        schema.after_load.push_back(fmt::format(
            "ALTER TABLE {} ADD FOREIGN KEY ({}) REFERENCES {}{} ON UPDATE {} ON DELETE {} "
            "NOT VALID",
            quote_identifier(table), key.from, quote_identifier(key.parent), parent_columns,
            key.on_update, key.on_delete));
    }
    return {};
}

Result<MirroredTable> mirror_full_text(Database& db, const std::string& name) {
    auto columns = columns_of(db, name);
    if (!columns) return tl::unexpected(columns.error());
    MirroredTable table;
    table.name = name;
    table.rowid_column = true;
    table.full_text = true;
    table.terms_table = name + "_terms";
    std::string body = "rowid BIGINT PRIMARY KEY";
    for (const Column& column : *columns) {
        // search_text's filter tokens (store/search_meta.hpp) are marked apart from its words.
        if (column.name == "meta") table.first_filter = table.columns.size();
        table.columns.push_back(column.name);
        body += fmt::format(", {} TEXT NOT NULL DEFAULT ''", quote_identifier(column.name));
    }
    std::string terms = quote_identifier(table.terms_table);
    table.create = fmt::format("CREATE TABLE {} ({}); CREATE TABLE {} (rowid BIGINT PRIMARY KEY, "
                               "terms tsvector NOT NULL)",
                               quote_identifier(name), body, terms);
    return table; // its index is made after the load (index_copy.cpp: RUM or GIN)
}

Result<MirroredTable> mirror_table(Database& db, const std::string& name, const std::string& sql,
                                   MirroredSchema& schema) {
    auto columns = columns_of(db, name);
    if (!columns) return tl::unexpected(columns.error());
    MirroredTable table;
    table.name = name;
    std::vector<const Column*> key;
    for (const Column& column : *columns) {
        table.columns.push_back(column.name);
        if (column.key_position > 0) key.push_back(&column);
    }
    std::sort(key.begin(), key.end(),
              [](const Column* a, const Column* b) { return a->key_position < b->key_position; });
    bool without_rowid = contains(sql, "WITHOUT ROWID");
    bool integer_key = !without_rowid && key.size() == 1 && upper(key[0]->type) == "INTEGER";
    std::vector<std::string> parts;
    if (!without_rowid && !integer_key) {
        table.rowid_column = true;
        parts.push_back(fmt::format("rowid BIGINT GENERATED BY DEFAULT AS IDENTITY {}",
                                    key.empty() ? "PRIMARY KEY" : "NOT NULL UNIQUE"));
        schema.after_load.push_back(fmt::format(
            "SELECT setval(pg_get_serial_sequence('{0}', 'rowid'), coalesce(max(rowid), 0) + 1, "
            "false) FROM {0}",
            quote_identifier(name)));
    }
    for (const Column& column : *columns) {
        auto type = postgres_type(name, column);
        if (!type) return tl::unexpected(type.error());
        std::string part = quote_identifier(column.name) + " " + *type;
        if (integer_key && key[0] == &column) {
            part += " GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
            schema.after_load.push_back(fmt::format(
                "SELECT setval(pg_get_serial_sequence('{0}', '{1}'), coalesce(max({2}), 0) + 1, "
                "false) FROM {0}",
                quote_identifier(name), column.name, quote_identifier(column.name)));
        }
        if (column.not_null) part += " NOT NULL";
        if (column.default_value) part += " DEFAULT " + *column.default_value;
        parts.push_back(std::move(part));
    }
    if (!integer_key && !key.empty()) {
        std::string names;
        for (const Column* column : key)
            names += (names.empty() ? "" : ", ") + quote_identifier(column->name);
        parts.push_back(fmt::format("PRIMARY KEY ({})", names));
    }
    for (std::string& check : check_clauses(sql))
        parts.push_back("CHECK " + check);
    table.create =
        fmt::format("CREATE TABLE {} ({})", quote_identifier(name), fmt::join(parts, ", "));
    if (auto indexes = add_indexes(db, name, schema); !indexes)
        return tl::unexpected(indexes.error());
    if (auto keys = add_foreign_keys(db, name, schema); !keys) return tl::unexpected(keys.error());
    return table;
}

} // namespace

Result<MirroredSchema> mirror_schema(Database& sqlite) {
    MirroredSchema schema;
    auto version = sqlite.query_int("PRAGMA user_version");
    if (!version) return tl::unexpected(version.error());
    schema.version = *version;
    auto list = sqlite.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' ORDER BY rowid");
    if (!list) return tl::unexpected(list.error());
    std::vector<std::pair<std::string, std::string>> tables;
    std::vector<std::string> virtual_tables;
    for (;;) {
        auto row = list->step();
        if (!row) return tl::unexpected(row.error());
        if (!*row) break;
        tables.emplace_back(list->column_text(0), list->column_text(1));
        if (contains(tables.back().second, "CREATE VIRTUAL TABLE"))
            virtual_tables.push_back(tables.back().first);
    }
    list->reset();
    for (const auto& [name, sql] : tables) {
        // FTS5 keeps its data in shadow tables named after it (search_text_data, ...).
        bool shadow =
            std::any_of(virtual_tables.begin(), virtual_tables.end(),
                        [&](const std::string& v) { return name.rfind(v + "_", 0) == 0; });
        if (shadow) continue;
        bool full_text = contains(sql, "CREATE VIRTUAL TABLE");
        if (full_text && !contains(sql, "fts5"))
            return fail(ErrorCode::database,
                        fmt::format("{}: only FTS5 virtual tables are copied", name));
        auto table =
            full_text ? mirror_full_text(sqlite, name) : mirror_table(sqlite, name, sql, schema);
        if (!table) return tl::unexpected(table.error());
        schema.tables.push_back(std::move(*table));
    }
    return schema;
}

} // namespace mailclerk::store::pg
