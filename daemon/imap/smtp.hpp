#pragma once
// Mail submission (SMTP, RFC 6409) through libcurl, beside the IMAP client because this module
// is libcurl's one home: one curl_global_init, one way to set TLS, one place that keeps
// secrets out of error messages.
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "daemon/imap/login.hpp"

namespace mailclerk::imap {

struct SmtpOptions : Login {};

// Submit `message` (RFC 5322, CRLF line ends) from envelope sender `from` to `recipients`.
// libcurl escapes lines starting with a dot. Errors: ErrorCode::auth (credentials refused),
// ErrorCode::network (connection, TLS, timeout), ErrorCode::refused (the server rejected the
// sender, a recipient or the message, with its reply code), ErrorCode::config (an unusable
// URL). Secrets never appear in them.
Status send_mail(const SmtpOptions& options, const std::string& from,
                 const std::vector<std::string>& recipients, std::string_view message);

} // namespace mailclerk::imap
