#pragma once
// The only owner of libpq's PGconn* and PGresult*: a connection whose failures become
// Error{ErrorCode::database, "<what>: <server message>"} (ErrorCode::network when the server
// cannot be reached, ErrorCode::auth when it refuses the credentials). Used by store/postgres/.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"

struct pg_conn;
struct pg_result;

namespace mailclerk::store::pg {

// The rows of one query, in text form (libpq's default result format).
class Rows {
  public:
    Rows() = default;
    explicit Rows(pg_result* result) : m_result(result) {}

    int count() const;
    int columns() const;
    bool is_null(int row, int column) const;
    std::string_view text(int row, int column) const; // NULL -> ""
    // An integer column (bigint, count(*), ...) as a number; NULL and text that is no number
    // read as 0, or as nullopt from optional_integer.
    int64_t integer(int row, int column) const;
    std::optional<int64_t> optional_integer(int row, int column) const;

  private:
    struct Clear {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

// Ids as one bigint[] parameter ("{1,2,3}"), for "= ANY($n::bigint[])".
std::string id_array(const std::vector<int64_t>& ids);

// One row's fields for COPY ... FROM STDIN; nullopt is SQL NULL.
using CopyRow = std::vector<std::optional<std::string>>;

class Connection {
  public:
    // A libpq connection string or URI ("postgresql://user@host:5432/db?sslmode=require");
    // a non-empty `password` is given beside it (never written into the URL, never logged).
    static Result<Connection> open(const std::string& url, const std::string& password = {});

    // One or more statements that return no rows that matter.
    Status exec(std::string_view sql);
    // One statement with $1, $2, ... parameters (text; nullopt is NULL).
    Result<Rows> query(std::string_view sql,
                       const std::vector<std::optional<std::string>>& params = {});
    // The same for a statement run many times (the writer's per-message statements): prepared
    // on the server at its first use on this connection, then only executed. Statements queued
    // by send() go to the server with it, in one round trip; the first failure among them is
    // this call's error.
    Result<Rows> query_prepared(const std::string& sql,
                                const std::vector<std::optional<std::string>>& params = {});
    // Queue a prepared statement whose rows are not needed (libpq's pipeline mode): it is sent
    // with the next round trip (sync, query_prepared, or any other call, which syncs first).
    // Its failure, and the skipping of every statement queued after it, is reported by that
    // call. Fails at once only when the connection cannot take it (or a full queue, sent on
    // its own, failed).
    Status send(const std::string& sql, const std::vector<std::optional<std::string>>& params = {});
    // Send the queued statements and wait for their results: the first failure, if any.
    Status sync();

    // COPY <target> FROM STDIN (text format): `next` fills the row and returns true while there
    // is one; its error ends the copy, which the server then rolls back.
    Status copy_in(std::string_view target, const std::function<Result<bool>(CopyRow&)>& next);
    // COPY (<select>) TO STDOUT (text format): `row` receives each row's fields, decoded.
    Status copy_out(std::string_view select, const std::function<Status(const CopyRow&)>& row);

    // The server's version as "15.18".
    std::string server_version() const;

  private:
    struct Finish {
        void operator()(pg_conn* conn) const;
    };
    explicit Connection(pg_conn* conn) : m_conn(conn) {}
    tl::unexpected<Error> error(std::string_view what) const;
    // sync(), the rows of the last statement queued going to `last` when given.
    Status drain(Rows* last);
    // Everything queued sent and waited for, and the connection out of pipeline mode, as
    // PQexec and COPY require: the queue's first failure, if any.
    Status leave_pipeline();

    // A statement sent in pipeline mode whose result is still to be read: its PQsendPrepare
    // (whose failure unlearns the name) or its execution.
    struct Pending {
        std::string prepared_sql; // the SQL a PQsendPrepare prepares; empty for an execution
    };

    std::unique_ptr<pg_conn, Finish> m_conn;
    std::unordered_map<std::string, std::string> m_prepared; // SQL -> statement name
    int64_t m_statements = 0;                                // names handed out ("mc<n>")
    bool m_pipeline = false;
    std::vector<Pending> m_pending;
};

// "a\tb" -> "a\\tb": a field in COPY's text format (backslash, tab, newline, CR escaped).
std::string copy_escape(std::string_view field);
// One line of COPY's text format (without its newline) back into fields.
CopyRow copy_decode(std::string_view line);
// An identifier quoted for SQL: user -> "user".
std::string quote_identifier(std::string_view name);

} // namespace mailclerk::store::pg
