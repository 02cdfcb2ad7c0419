#pragma once
// Internal to daemon/imap: what the IMAP connection and SMTP submission share of libcurl — the
// one process-wide curl_global_init, the handle's owner, TLS settings and keeping secrets out
// of messages. Nothing outside daemon/imap includes it (nor curl).
#include <memory>
#include <string>

#include <curl/curl.h>

namespace mailclerk::imap {

// curl_global_init once per process, on first use (it is not safe to call concurrently).
CURLcode global_init();

struct CurlCleanup {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using CurlHandle = std::unique_ptr<CURL, CurlCleanup>;

// "host:port" of a URL, never with credentials embedded in it.
std::string host_of(const std::string& url);

// Blank out a secret should libcurl or the server ever echo it.
void scrub(std::string& text, const std::string& secret);

// Log in as `user` (nothing when empty) with `bearer` (XOAUTH2) when set, else `password`.
CURLcode set_login(CURL* curl, const std::string& user, const std::string& password,
                   const std::string& bearer);

// Require STARTTLS (`starttls`, for the plain-text scheme), verify the peer (`verify`) against
// `ca_file` or the system's CAs.
CURLcode set_tls(CURL* curl, bool starttls, bool verify, const std::string& ca_file);

} // namespace mailclerk::imap
