#pragma once
// Client's connection and the helpers its command files share (client.cpp, client_push.cpp).
// Internal to daemon/imap.
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/imap/connection.hpp"

namespace mailclerk::imap {

struct Client::Impl {
    Connection connection;
    bool literal_plus = false;

    Command command(std::string_view verb, std::string_view mailbox, std::string_view tail = {}) {
        Command out(verb);
        out.astring(mailbox, literal_plus);
        out.text(tail);
        return out;
    }
};

namespace detail {

// "NO [CODE] text" as one line for messages, sanitised and bounded.
std::string describe(const StatusResponse& status);
// A tagged NO or BAD is a refusal of that one command (ErrorCode::refused, with the server's
// words); transport errors pass through.
Status expect_ok(const Connection& connection, const Result<StatusResponse>& done,
                 std::string_view what);
// Whether the status carries the response code `name` ("ALREADYEXISTS", "TRYCREATE").
bool code_is(const StatusResponse& status, std::string_view name);
// ErrorCode::parse: "host: the server sent no <what>".
tl::unexpected<Error> missing(const Connection& connection, std::string_view what);

} // namespace detail
} // namespace mailclerk::imap
