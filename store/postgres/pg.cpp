#include "store/postgres/pg.hpp"

#include <charconv>

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

int64_t Rows::integer(int row, int column) const {
    std::string_view digits = text(row, column);
    int64_t value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

std::optional<int64_t> Rows::optional_integer(int row, int column) const {
    if (is_null(row, column)) return std::nullopt;
    return integer(row, column);
}

std::string id_array(const std::vector<int64_t>& ids) {
    std::string out = "{";
    for (int64_t id : ids)
        out += (out.size() > 1 ? "," : "") + std::to_string(id);
    return out + "}";
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
    Status queued = leave_pipeline();
    std::string text(sql);
    auto rows = checked(m_conn.get(), libpq().exec(m_conn.get(), text.c_str()), "exec");
    if (!queued) return queued;
    if (!rows) return tl::unexpected(rows.error());
    // PQexec returns only the last statement's result; an earlier failure aborts the rest and
    // is that result, so nothing more to check.
    return {};
}

namespace {

// libpq's parameter array over ours (nullopt is NULL); valid while `params` lives.
std::vector<const char*> param_values(const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    return values;
}

} // namespace

Result<Rows> Connection::query(std::string_view sql,
                               const std::vector<std::optional<std::string>>& params) {
    Status queued = leave_pipeline();
    std::string text(sql);
    std::vector<const char*> values = param_values(params);
    PGresult* raw = libpq().exec_params(m_conn.get(), text.c_str(), static_cast<int>(values.size()),
                                        nullptr, values.data(), nullptr, nullptr, 0);
    auto rows = checked(m_conn.get(), raw, "query");
    if (!queued) return tl::unexpected(queued.error());
    return rows;
}

Result<Rows> Connection::query_prepared(const std::string& sql,
                                        const std::vector<std::optional<std::string>>& params) {
    if (auto sent = send(sql, params); !sent) return tl::unexpected(sent.error());
    Rows rows;
    if (auto drained = drain(&rows); !drained) return tl::unexpected(drained.error());
    return rows;
}

Status Connection::send(const std::string& sql,
                        const std::vector<std::optional<std::string>>& params) {
    // The server answers each statement while later ones are still being sent; a bounded queue
    // keeps its answers well inside the socket's buffers, so neither side waits on the other.
    constexpr size_t k_max_pending = 512;
    if (m_pending.size() >= k_max_pending)
        if (auto drained = drain(nullptr); !drained) return drained;
    pg_conn* conn = m_conn.get();
    if (!m_pipeline) {
        if (libpq().enter_pipeline_mode(conn) != 1) return error("pipeline mode");
        m_pipeline = true;
    }
    auto known = m_prepared.find(sql);
    if (known == m_prepared.end()) {
        std::string name = "mc" + std::to_string(++m_statements);
        if (libpq().send_prepare(conn, name.c_str(), sql.c_str(), 0, nullptr) != 1)
            return error("prepare");
        known = m_prepared.emplace(sql, std::move(name)).first;
        m_pending.push_back({sql});
    }
    std::vector<const char*> values = param_values(params);
    if (libpq().send_query_prepared(conn, known->second.c_str(), static_cast<int>(values.size()),
                                    values.data(), nullptr, nullptr, 0) != 1)
        return error("query");
    m_pending.push_back({});
    return {};
}

Status Connection::sync() {
    return drain(nullptr);
}

// One sync point: each statement's results end with a NULL, then the sync's own result. After
// a failure the server skips the rest (PGRES_PIPELINE_ABORTED) up to the sync.
Status Connection::drain(Rows* last) {
    if (m_pending.empty()) return {};
    pg_conn* conn = m_conn.get();
    std::vector<Pending> pending;
    pending.swap(m_pending);
    if (libpq().pipeline_sync(conn) != 1) return error("pipeline sync");
    Status status;
    for (size_t i = 0; i < pending.size(); ++i) {
        while (PGresult* raw = libpq().get_result(conn)) {
            bool skipped = libpq().result_status(raw) == PGRES_PIPELINE_ABORTED;
            auto rows = skipped ? Result<Rows>(Rows(raw)) : checked(conn, raw, "query");
            bool ok = rows && !skipped;
            if (!ok && !pending[i].prepared_sql.empty()) m_prepared.erase(pending[i].prepared_sql);
            if (!rows && status) status = tl::unexpected(rows.error());
            if (skipped && status)
                status = fail(ErrorCode::database, "PostgreSQL: query: skipped after a failure");
            if (ok && last != nullptr && i + 1 == pending.size()) *last = std::move(*rows);
        }
    }
    PGresult* raw = libpq().get_result(conn);
    bool synced = raw != nullptr && libpq().result_status(raw) == PGRES_PIPELINE_SYNC;
    Rows cleared(raw);
    if (!synced && status) status = error("pipeline sync");
    return status;
}

Status Connection::leave_pipeline() {
    if (!m_pipeline) return {};
    Status status = drain(nullptr);
    if (libpq().exit_pipeline_mode(m_conn.get()) == 1)
        m_pipeline = false;
    else if (status)
        status = error("pipeline mode");
    return status;
}

Status Connection::copy_in(std::string_view target,
                           const std::function<Result<bool>(CopyRow&)>& next) {
    if (auto left = leave_pipeline(); !left) return left;
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
    if (auto left = leave_pipeline(); !left) return left;
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
