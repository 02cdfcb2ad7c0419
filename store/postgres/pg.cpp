#include "store/postgres/pg.hpp"

#include <mutex>

#include <fmt/format.h>

#include "common/plugin.hpp"
#include "store/postgres/pq_api.hpp"

namespace mailclerk::store::pg {
namespace {

const PqApi* g_api = nullptr;

// libpq's module, loaded once per process by the first connection.
Status load_libpq() {
    static std::once_flag once;
    static Status loaded;
    std::call_once(once, [] {
        auto entry = plugin::load_entry(
            {"libmailclerk-pq.so", "MAILCLERK_PQ", k_pq_entry, "libpq (PostgreSQL)"});
        if (!entry) {
            loaded = tl::unexpected(entry.error());
            return;
        }
        g_api = reinterpret_cast<PqEntry>(*entry)();
    });
    return loaded;
}

// libpq's functions: every caller holds a connection or a result, so the module is loaded.
const PqApi& libpq() {
    return *g_api;
}

// libpq's messages end with a newline (and sometimes carry several lines).
std::string trimmed(const char* message) {
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Refused credentials and an unreachable server say so in the message only.
ErrorCode classify_connect_failure(const std::string& message) {
    if (message.find("authentication failed") != std::string::npos ||
        message.find("no password supplied") != std::string::npos)
        return ErrorCode::auth;
    return ErrorCode::network;
}

// The rows of a finished command, or its error.
Result<Rows> checked(pg_conn* conn, PGresult* raw, std::string_view what) {
    Rows rows(raw);
    ExecStatusType status = raw ? libpq().result_status(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return rows;
    std::string message =
        raw ? trimmed(libpq().result_error_message(raw)) : trimmed(libpq().error_message(conn));
    return fail(ErrorCode::database, fmt::format("PostgreSQL: {}: {}", what, message));
}

// Collects the server's results after COPY ends; the first error wins.
Status finish_copy(pg_conn* conn, std::string_view what) {
    Status status;
    while (PGresult* raw = libpq().get_result(conn)) {
        auto rows = checked(conn, raw, what);
        if (!rows && status) status = tl::unexpected(rows.error());
    }
    return status;
}

// Send a COPY command; the server then waits for (or sends) the data.
Status start_copy(pg_conn* conn, const std::string& sql, ExecStatusType expected) {
    PGresult* started = libpq().exec(conn, sql.c_str());
    if (started && libpq().result_status(started) == expected) {
        libpq().clear(started);
        return {};
    }
    auto rows = checked(conn, started, sql);
    return fail(ErrorCode::database,
                rows ? "PostgreSQL: " + sql + ": COPY did not start" : rows.error().message);
}

} // namespace

void Rows::Clear::operator()(pg_result* result) const {
    libpq().clear(result);
}

int Rows::count() const {
    return m_result ? libpq().ntuples(m_result.get()) : 0;
}

int Rows::columns() const {
    return m_result ? libpq().nfields(m_result.get()) : 0;
}

bool Rows::is_null(int row, int column) const {
    return libpq().getisnull(m_result.get(), row, column) != 0;
}

std::string_view Rows::text(int row, int column) const {
    const char* value = libpq().getvalue(m_result.get(), row, column);
    auto length = libpq().getlength(m_result.get(), row, column);
    return {value, static_cast<size_t>(length)};
}

void Connection::Finish::operator()(pg_conn* conn) const {
    libpq().finish(conn);
}

Result<Connection> Connection::open(const std::string& url, const std::string& password) {
    // The URL is expanded as dbname; the password, when given, overrides libpq's own sources.
    const char* keys[] = {"dbname", password.empty() ? nullptr : "password", nullptr};
    const char* values[] = {url.c_str(), password.c_str(), nullptr};
    if (auto loaded = load_libpq(); !loaded) return tl::unexpected(loaded.error());
    pg_conn* raw = libpq().connectdb_params(keys, values, 1);
    if (!raw) return fail(ErrorCode::network, "PostgreSQL: out of memory while connecting");
    Connection connection(raw);
    if (libpq().status(raw) != CONNECTION_OK) {
        std::string message = trimmed(libpq().error_message(raw));
        return fail(classify_connect_failure(message),
                    fmt::format("PostgreSQL: cannot connect: {}", message),
                    "check [index] url (host, port, database, user) and the password source");
    }
    // Text in and out is UTF-8 whatever the database's default.
    // Notices (DROP ... CASCADE lists every table) are not errors: warnings and worse only.
    if (auto set = connection.exec("SET client_encoding = 'UTF8'; "
                                   "SET client_min_messages = warning");
        !set)
        return tl::unexpected(set.error());
    return connection;
}

tl::unexpected<Error> Connection::error(std::string_view what) const {
    return fail(ErrorCode::database, fmt::format("PostgreSQL: {}: {}", what,
                                                 trimmed(libpq().error_message(m_conn.get()))));
}

Status Connection::exec(std::string_view sql) {
    std::string text(sql);
    auto rows = checked(m_conn.get(), libpq().exec(m_conn.get(), text.c_str()), "exec");
    if (!rows) return tl::unexpected(rows.error());
    // PQexec returns only the last statement's result; an earlier failure aborts the rest and
    // is that result, so nothing more to check.
    return {};
}

Result<Rows> Connection::query(std::string_view sql,
                               const std::vector<std::optional<std::string>>& params) {
    std::string text(sql);
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    PGresult* raw = libpq().exec_params(m_conn.get(), text.c_str(), static_cast<int>(values.size()),
                                        nullptr, values.data(), nullptr, nullptr, 0);
    return checked(m_conn.get(), raw, "query");
}

Result<Rows> Connection::query_prepared(const std::string& sql,
                                        const std::vector<std::optional<std::string>>& params) {
    auto known = m_prepared.find(sql);
    if (known == m_prepared.end()) {
        std::string name = "mc" + std::to_string(m_prepared.size() + 1);
        auto prepared = checked(
            m_conn.get(), libpq().prepare(m_conn.get(), name.c_str(), sql.c_str(), 0, nullptr),
            "prepare");
        if (!prepared) return tl::unexpected(prepared.error());
        known = m_prepared.emplace(sql, std::move(name)).first;
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    PGresult* raw =
        libpq().exec_prepared(m_conn.get(), known->second.c_str(), static_cast<int>(values.size()),
                              values.data(), nullptr, nullptr, 0);
    return checked(m_conn.get(), raw, "query");
}

Status Connection::copy_in(std::string_view target,
                           const std::function<Result<bool>(CopyRow&)>& next) {
    std::string sql = fmt::format("COPY {} FROM STDIN", target);
    if (auto started = start_copy(m_conn.get(), sql, PGRES_COPY_IN); !started) return started;
    // Rows are sent in chunks of about 1 MB: one write per chunk, not one per row.
    std::string chunk;
    CopyRow row;
    Status produced;
    auto flush = [&]() -> bool {
        bool ok =
            libpq().put_copy_data(m_conn.get(), chunk.data(), static_cast<int>(chunk.size())) == 1;
        chunk.clear();
        return ok;
    };
    for (;;) {
        row.clear();
        auto more = next(row);
        if (!more) {
            produced = tl::unexpected(more.error());
            break;
        }
        if (!*more) break;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) chunk += '\t';
            chunk += row[i] ? copy_escape(*row[i]) : std::string("\\N");
        }
        chunk += '\n';
        if (chunk.size() >= (1u << 20) && !flush()) return error("COPY data");
    }
    if (!chunk.empty() && !flush()) return error("COPY data");
    const char* abort_reason = produced ? nullptr : produced.error().message.c_str();
    if (libpq().put_copy_end(m_conn.get(), abort_reason) != 1) return error("COPY end");
    auto finished = finish_copy(m_conn.get(), sql);
    if (!produced) return produced;
    return finished;
}

Status Connection::copy_out(std::string_view select,
                            const std::function<Status(const CopyRow&)>& row) {
    std::string sql = fmt::format("COPY ({}) TO STDOUT", select);
    if (auto started = start_copy(m_conn.get(), sql, PGRES_COPY_OUT); !started) return started;
    Status consumed;
    for (;;) {
        char* buffer = nullptr;
        int length = libpq().get_copy_data(m_conn.get(), &buffer, 0);
        if (length == -1) break; // done
        if (length < 0) return error("COPY out");
        std::string_view line(buffer, static_cast<size_t>(length));
        if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
        // Keep reading after a failure so the connection stays usable; report the first.
        if (consumed) consumed = row(copy_decode(line));
        libpq().freemem(buffer);
    }
    auto finished = finish_copy(m_conn.get(), sql);
    if (!consumed) return consumed;
    return finished;
}

std::string Connection::server_version() const {
    int version = libpq().server_version(m_conn.get());
    return fmt::format("{}.{}", version / 10000, version % 10000);
}

std::string copy_escape(std::string_view field) {
    std::string out;
    out.reserve(field.size());
    for (char c : field) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

CopyRow copy_decode(std::string_view line) {
    CopyRow fields;
    std::string field;
    bool escaped_null = false;
    auto end_field = [&]() {
        if (escaped_null && field.empty())
            fields.emplace_back(std::nullopt);
        else
            fields.emplace_back(std::move(field));
        field.clear();
        escaped_null = false;
    };
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\t') {
            end_field();
        } else if (c == '\\' && i + 1 < line.size()) {
            char e = line[++i];
            switch (e) {
            case 't':
                field += '\t';
                break;
            case 'n':
                field += '\n';
                break;
            case 'r':
                field += '\r';
                break;
            case 'b':
                field += '\b';
                break;
            case 'f':
                field += '\f';
                break;
            case 'v':
                field += '\v';
                break;
            case 'N':
                escaped_null = true;
                break;
            default:
                field += e; // "\\" and any other escaped character
            }
        } else {
            field += c;
        }
    }
    end_field();
    return fields;
}

std::string quote_identifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace mailclerk::store::pg
