#pragma once
// One logged-in IMAP connection: libcurl connects, negotiates TLS and authenticates
// (CURLOPT_CONNECT_ONLY); afterwards this class sends tagged commands and reads responses itself
// over curl_easy_send/curl_easy_recv. Internal to daemon/imap; nothing outside includes it.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/imap/response.hpp"

namespace mailclerk::imap {

// A command without its tag. Arguments that cannot be quoted (8-bit, CR, LF, NUL) become
// literals: non-synchronising with LITERAL+, else synchronising (the connection waits for "+").
class Command {
  public:
    explicit Command(std::string_view text) : m_parts{std::string(text)} {}
    Command& text(std::string_view text);
    Command& astring(std::string_view value, bool literal_plus);
    // A literal whatever the bytes (APPEND's message).
    Command& literal(std::string_view bytes, bool literal_plus);
    // Each part but the last ends with a synchronising literal marker and CRLF.
    const std::vector<std::string>& parts() const { return m_parts; }

  private:
    std::vector<std::string> m_parts;
};

using UntaggedHandler = std::function<Status(Response&&)>;

class Connection {
  public:
    // Connect and authenticate. Errors: ErrorCode::auth (refused credentials), ErrorCode::network
    // (connection, TLS, timeouts), ErrorCode::config (an unusable URL). Never names a secret.
    static Result<Connection> open(const ConnectOptions& options);
    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    // Send one command and read up to its tagged completion, which is returned (NO and BAD are
    // values here). Every other response goes to `on_untagged`; when it fails, the rest of the
    // response is still read (keeping the stream in step) and its first error is returned.
    // Capabilities announced on the way are recorded.
    Result<StatusResponse> run(const Command& command, const UntaggedHandler& on_untagged = {});
    // LOGOUT when still connected; best effort, bounded by a short timeout.
    void logout() noexcept;

    // For commands the server answers with "+" before they complete (IDLE): send `command` and
    // read up to that continuation. Returns the command's tag, or its completion when the
    // server refused it at once (a tagged NO/BAD instead of "+").
    struct Started {
        std::string tag;
        std::optional<StatusResponse> refused;
    };
    Result<Started> start(const Command& command, const UntaggedHandler& on_untagged = {});
    // What ended a wait for the server (await()).
    enum class Wake { response, deadline, interrupt };
    // Wait until a response can be read, `deadline` passes, or `interrupt_fd` (-1: none) is
    // readable. Bytes already received (ours or the TLS layer's) count as a response at hand.
    Result<Wake> await(std::chrono::steady_clock::time_point deadline, int interrupt_fd);
    // The next complete response, noted like every other (capabilities, BYE).
    Result<Response> read();
    // A tagged response read with read(), as a completion (NO and BAD are values).
    Result<StatusResponse> completion_of(const Response& response) { return completion(response); }
    // Send `line` (e.g. "DONE") and read to the completion of `tag`.
    Result<StatusResponse> finish(const std::string& tag, std::string_view line,
                                  const UntaggedHandler& on_untagged = {});

    const std::vector<std::string>& capabilities() const { return m_capabilities; }
    const std::string& host() const { return m_host; }
    uint64_t round_trips() const { return m_round_trips; }
    uint64_t bytes_received() const { return m_bytes_received; }
    uint64_t bytes_sent() const { return m_bytes_sent; }

  private:
    struct Curl;
    Connection() = default;
    Status send(std::string_view bytes);
    Result<Response> next_response();
    Status wait(short events);
    Status receive_more();
    // One non-blocking read into the reader: false when nothing was there.
    Result<bool> receive_now();
    void note(const Response& response);
    // Read to the tagged response (or a "+" when `continuation`), feeding the rest to the handler.
    Result<Response> read_until(const std::string& tag, bool continuation,
                                const UntaggedHandler& on_untagged);
    Result<StatusResponse> completion(const Response& response);
    // Mark the stream unusable (out of step or gone) and describe why.
    tl::unexpected<Error> broken(std::string message, ErrorCode code = ErrorCode::network);

    std::unique_ptr<Curl> m_curl;
    int m_socket = -1;
    std::string m_host;
    std::chrono::milliseconds m_timeout{60'000};
    ResponseReader m_reader;
    std::vector<std::string> m_capabilities;
    std::string m_bye; // the text of an untagged BYE, for the error when the server hangs up
    bool m_alive = false;
    uint64_t m_next_tag = 0;
    uint64_t m_round_trips = 0;
    uint64_t m_bytes_received = 0;
    uint64_t m_bytes_sent = 0;
};

// The upper-cased capabilities in a status response's code or CAPABILITY data, if any.
bool contains_capability(const std::vector<std::string>& capabilities, std::string_view name);

} // namespace mailclerk::imap
