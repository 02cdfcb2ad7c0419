#include "daemon/imap/connection.hpp"

#include <algorithm>
#include <array>
#include <cerrno>

#include <fmt/format.h>
#include <poll.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "daemon/imap/curl_common.hpp"

namespace mailclerk::imap {
namespace {

constexpr size_t k_receive_chunk = 64 * 1024;

// libcurl hands every server line of the login dialogue to the header callback. We keep the
// lines of the last exchange: the reply to LOGIN/AUTHENTICATE, which names the reason of a
// refusal and usually carries the post-login capabilities (untagged or as a response code).
struct LoginTranscript {
    std::string last_exchange; // lines since the previous tagged line, CRLF included
    std::string last_line;
    bool exchange_done = false;
};

size_t record_line(char* data, size_t size, size_t count, void* user) {
    auto* transcript = static_cast<LoginTranscript*>(user);
    std::string_view line(data, size * count);
    if (transcript->exchange_done) transcript->last_exchange.clear();
    transcript->last_exchange.append(line);
    transcript->last_line = std::string(line);
    transcript->exchange_done = !line.empty() && line.front() != '*' && line.front() != '+';
    return size * count;
}

bool needs_literal(std::string_view value) {
    return std::any_of(value.begin(), value.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte >= 0x7f;
    });
}

} // namespace

struct Connection::Curl {
    CurlHandle handle;
    std::array<char, CURL_ERROR_SIZE> error{};
    LoginTranscript transcript;
};

Command& Command::text(std::string_view text) {
    m_parts.back().append(text);
    return *this;
}

Command& Command::literal(std::string_view bytes, bool literal_plus) {
    m_parts.back() += fmt::format("{{{}{}}}\r\n", bytes.size(), literal_plus ? "+" : "");
    if (!literal_plus) m_parts.emplace_back();
    m_parts.back().append(bytes);
    return *this;
}

Command& Command::astring(std::string_view value, bool literal_plus) {
    if (needs_literal(value)) return literal(value, literal_plus);
    std::string& out = m_parts.back();
    out.push_back('"');
    for (char c : value) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    return *this;
}

bool contains_capability(const std::vector<std::string>& capabilities, std::string_view name) {
    std::string wanted = utf8::ascii_lower(name);
    return std::any_of(capabilities.begin(), capabilities.end(),
                       [&](const std::string& c) { return utf8::ascii_lower(c) == wanted; });
}

Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

namespace {

CURLcode configure(CURL* curl, const ConnectOptions& o, LoginTranscript& transcript,
                   char* error_buffer) {
    long seconds = static_cast<long>(o.timeout.count());
    CURLcode rc = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK) rc = setopt(curl, option, value);
    };
    set(CURLOPT_URL, o.url.c_str());
    set(CURLOPT_CONNECT_ONLY, 1L);
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_CONNECTTIMEOUT, seconds);
    set(CURLOPT_ERRORBUFFER, error_buffer);
    set(CURLOPT_HEADERFUNCTION, record_line);
    set(CURLOPT_HEADERDATA, static_cast<void*>(&transcript));
    set(CURLOPT_TCP_KEEPALIVE, 1L);
    // Without a user libcurl stops after the greeting and TLS: nothing is logged in.
    if (rc == CURLE_OK) rc = set_login(curl, o.user, o.password, o.bearer);
    if (!o.user.empty() && o.xoauth2_only) set(CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
    if (rc == CURLE_OK)
        rc = set_tls(curl, o.starttls && utf8::ascii_lower(o.url).starts_with("imap://"),
                     o.verify_tls, o.ca_file);
    return rc;
}

tl::unexpected<Error> connect_error(CURLcode rc, const ConnectOptions& o, const std::string& host,
                                    std::string detail, std::string server_line) {
    scrub(detail, o.password);
    scrub(detail, o.bearer);
    scrub(server_line, o.password);
    scrub(server_line, o.bearer);
    server_line = utf8::sanitize(utf8::truncate(utf8::trim(server_line), 300));
    if (detail.empty()) detail = libcurl().easy_strerror(rc);
    if (rc == CURLE_LOGIN_DENIED)
        return fail(ErrorCode::auth,
                    fmt::format("{}: login refused for user {}{}{}", host, o.user,
                                server_line.empty() ? "" : ": ", server_line),
                    o.bearer.empty() ? "check the user name and password"
                                     : "check the user name and the OAuth2 token");
    std::string message = fmt::format("{}: {}", host, detail);
    if (rc == CURLE_URL_MALFORMAT || rc == CURLE_UNSUPPORTED_PROTOCOL)
        return fail(ErrorCode::config, message,
                    "the url must be imap://host[:port] or imaps://...");
    if (rc == CURLE_USE_SSL_FAILED)
        return fail(ErrorCode::network, message, "the server does not offer STARTTLS");
    if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE)
        return fail(ErrorCode::network, message,
                    "the server's certificate is not trusted: set ca_file, or tls_verify = false "
                    "for a test server");
    return fail(ErrorCode::network, message);
}

} // namespace

Result<Connection> Connection::open(const ConnectOptions& options) {
    std::string host = host_of(options.url);
    std::string scheme = utf8::ascii_lower(options.url.substr(0, options.url.find("://") + 3));
    // CONNECT_ONLY would happily open any protocol libcurl knows.
    if (scheme != "imap://" && scheme != "imaps://")
        return fail(ErrorCode::config, fmt::format("{}: not an IMAP URL", host),
                    "the url must be imap://host[:port] or imaps://host[:port]");
    if (auto ready = global_init(); !ready) return tl::unexpected(ready.error());
    Connection out;
    out.m_curl = std::make_unique<Curl>();
    out.m_curl->handle.reset(libcurl().easy_init());
    CURL* curl = out.m_curl->handle.get();
    if (!curl) return fail(ErrorCode::network, "libcurl: cannot create a handle");
    CURLcode rc = configure(curl, options, out.m_curl->transcript, out.m_curl->error.data());
    if (rc != CURLE_OK)
        return fail(ErrorCode::config, fmt::format("{}: libcurl refused an option: {}", host,
                                                   libcurl().easy_strerror(rc)));
    rc = libcurl().easy_perform(curl);
    if (rc != CURLE_OK)
        return connect_error(rc, options, host, out.m_curl->error.data(),
                             out.m_curl->transcript.last_line);
    curl_socket_t socket = CURL_SOCKET_BAD;
    if (libcurl().getinfo_socket(curl, CURLINFO_ACTIVESOCKET, &socket) != CURLE_OK ||
        socket == CURL_SOCKET_BAD)
        return fail(ErrorCode::network, fmt::format("{}: no socket after login", host));
    out.m_socket = socket;
    out.m_host = std::move(host);
    // A zero timeout would make every wait fail at once: fall back to a minute.
    out.m_timeout = options.timeout.count() > 0
                        ? std::chrono::duration_cast<std::chrono::milliseconds>(options.timeout)
                        : std::chrono::milliseconds(60'000);
    out.m_alive = true;
    // Capabilities in the reply to the login save asking for them again.
    ResponseReader reader;
    reader.feed(out.m_curl->transcript.last_exchange);
    while (auto reply = reader.pop())
        out.note(*reply);
    return out;
}

tl::unexpected<Error> Connection::broken(std::string message, ErrorCode code) {
    // After a transport or framing error the stream is out of step: never use it again.
    m_alive = false;
    return fail(code, fmt::format("{}: {}", m_host, message));
}

Status Connection::wait(short events) {
    pollfd fd{m_socket, events, 0};
    int ready = ::poll(&fd, 1, static_cast<int>(m_timeout.count()));
    if (ready == 0)
        return broken(
            fmt::format("no answer from the server for {} s",
                        std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()));
    if (ready < 0 && errno != EINTR) return broken("poll failed");
    return {};
}

Status Connection::send(std::string_view bytes) {
    while (!bytes.empty()) {
        size_t sent = 0;
        CURLcode rc = libcurl().easy_send(m_curl->handle.get(), bytes.data(), bytes.size(), &sent);
        if (rc == CURLE_AGAIN) {
            if (auto ready = wait(POLLOUT); !ready) return ready;
            continue;
        }
        if (rc != CURLE_OK)
            return broken(fmt::format("send failed: {}", libcurl().easy_strerror(rc)));
        m_bytes_sent += sent;
        bytes.remove_prefix(sent);
    }
    return {};
}

Result<bool> Connection::receive_now() {
    std::array<char, k_receive_chunk> buffer;
    size_t received = 0;
    CURLcode rc =
        libcurl().easy_recv(m_curl->handle.get(), buffer.data(), buffer.size(), &received);
    if (rc == CURLE_AGAIN) return false;
    if (rc != CURLE_OK)
        return broken(fmt::format("receive failed: {}", libcurl().easy_strerror(rc)));
    if (received == 0)
        return broken(m_bye.empty() ? std::string("the server closed the connection")
                                    : fmt::format("the server closed the connection: {}", m_bye));
    m_bytes_received += received;
    m_reader.feed(std::string_view(buffer.data(), received));
    return true;
}

Status Connection::receive_more() {
    for (;;) {
        auto got = receive_now();
        if (!got) return tl::unexpected(got.error());
        if (*got) return {};
        if (auto ready = wait(POLLIN); !ready) return ready;
    }
}

Result<Response> Connection::next_response() {
    for (;;) {
        if (auto response = m_reader.pop()) return std::move(*response);
        if (m_reader.error()) return broken(*m_reader.error(), ErrorCode::parse);
        if (auto more = receive_more(); !more) return tl::unexpected(more.error());
    }
}

// Record what any response may tell us in passing: capabilities, an announced hang-up.
void Connection::note(const Response& response) {
    if (auto capabilities = parse_capabilities(response)) m_capabilities = std::move(*capabilities);
    if (response.tag != "*") return;
    auto status = parse_status(response);
    if (status && status->kind == StatusKind::bye)
        m_bye = utf8::sanitize(utf8::truncate(status->text, 300));
}

Result<Response> Connection::read_until(const std::string& tag, bool continuation,
                                        const UntaggedHandler& on_untagged) {
    std::optional<Error> handler_error;
    for (;;) {
        auto response = next_response();
        if (!response) return tl::unexpected(response.error());
        note(*response);
        if (response->tag == tag || (continuation && response->tag == "+")) {
            if (handler_error) return tl::unexpected(std::move(*handler_error));
            return response;
        }
        if (response->tag != "*" || !on_untagged || handler_error) continue;
        if (auto handled = on_untagged(std::move(*response)); !handled)
            handler_error = std::move(handled.error());
    }
}

Result<StatusResponse> Connection::completion(const Response& response) {
    auto status = parse_status(response);
    if (!status)
        return broken(fmt::format("unreadable completion: {}",
                                  utf8::sanitize(utf8::truncate(response.text, 200))),
                      ErrorCode::parse);
    return std::move(*status);
}

Result<StatusResponse> Connection::run(const Command& command, const UntaggedHandler& on_untagged) {
    if (!m_alive) return fail(ErrorCode::network, fmt::format("{}: not connected", m_host));
    std::string tag = fmt::format("M{}", ++m_next_tag);
    ++m_round_trips;
    const std::vector<std::string>& parts = command.parts();
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (auto sent = send(i == 0 ? fmt::format("{} {}", tag, parts[0]) : parts[i]); !sent)
            return tl::unexpected(sent.error());
        // A synchronising literal: the server says "+" before we may send its bytes.
        auto go_on = read_until(tag, true, on_untagged);
        if (!go_on) return tl::unexpected(go_on.error());
        if (go_on->tag != "+") return completion(*go_on);
    }
    std::string last = parts.size() == 1 ? fmt::format("{} {}", tag, parts[0]) : parts.back();
    if (auto sent = send(last + "\r\n"); !sent) return tl::unexpected(sent.error());
    auto done = read_until(tag, false, on_untagged);
    if (!done) return tl::unexpected(done.error());
    return completion(*done);
}

Result<Connection::Started> Connection::start(const Command& command,
                                              const UntaggedHandler& on_untagged) {
    if (command.parts().size() != 1)
        return fail(ErrorCode::parse,
                    fmt::format("{}: a continued command takes no literal", m_host));
    if (!m_alive) return fail(ErrorCode::network, fmt::format("{}: not connected", m_host));
    Started started{fmt::format("M{}", ++m_next_tag), std::nullopt};
    ++m_round_trips;
    if (auto sent = send(fmt::format("{} {}\r\n", started.tag, command.parts()[0])); !sent)
        return tl::unexpected(sent.error());
    auto answer = read_until(started.tag, true, on_untagged);
    if (!answer) return tl::unexpected(answer.error());
    if (answer->tag == "+") return started;
    auto done = completion(*answer);
    if (!done) return tl::unexpected(done.error());
    started.refused = std::move(*done);
    return started;
}

Result<Connection::Wake> Connection::await(std::chrono::steady_clock::time_point deadline,
                                           int interrupt_fd) {
    using namespace std::chrono;
    if (!m_alive) return fail(ErrorCode::network, fmt::format("{}: not connected", m_host));
    for (;;) {
        if (m_reader.has_response()) return Wake::response;
        // TLS may hold decrypted bytes that poll() on the socket cannot see: read first.
        auto got = receive_now();
        if (!got) return tl::unexpected(got.error());
        if (*got) continue;
        auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        if (left <= 0) return Wake::deadline;
        std::array<pollfd, 2> fds{pollfd{m_socket, POLLIN, 0}, pollfd{interrupt_fd, POLLIN, 0}};
        int ready = ::poll(fds.data(), interrupt_fd >= 0 ? 2 : 1,
                           static_cast<int>(std::min<int64_t>(left, 60'000)));
        if (ready < 0 && errno != EINTR) return broken("poll failed");
        if (ready > 0 && interrupt_fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            return Wake::interrupt;
    }
}

Result<Response> Connection::read() {
    auto response = next_response();
    if (response) note(*response);
    return response;
}

Result<StatusResponse> Connection::finish(const std::string& tag, std::string_view line,
                                          const UntaggedHandler& on_untagged) {
    if (!m_alive) return fail(ErrorCode::network, fmt::format("{}: not connected", m_host));
    if (auto sent = send(std::string(line) + "\r\n"); !sent) return tl::unexpected(sent.error());
    auto done = read_until(tag, false, on_untagged);
    if (!done) return tl::unexpected(done.error());
    return completion(*done);
}

void Connection::logout() noexcept {
    if (!m_alive) return;
    // Best effort only: a destructor must not throw.
    auto done = try_result(ErrorCode::network, "LOGOUT", [&] {
        m_timeout = std::min(m_timeout, std::chrono::milliseconds(5'000));
        return run(Command("LOGOUT"));
    });
    if (!done || !*done)
        log::debug("{}: LOGOUT: {}", m_host, !done ? done.error().message : done->error().message);
    m_alive = false;
}

} // namespace mailclerk::imap
