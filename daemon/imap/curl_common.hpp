#pragma once
// Internal to daemon/imap: what the IMAP connection and SMTP submission share of libcurl — the
// one process-wide curl_global_init, the handle's owner, TLS settings and keeping secrets out
// of messages. Nothing outside daemon/imap includes it (nor curl). libcurl itself is reached
// through its module (curl_api.hpp), loaded on first use.
#include <memory>
#include <string>
#include <type_traits>

#include "common/result.hpp"
#include "daemon/imap/curl_api.hpp"

namespace mailclerk::imap {

// libcurl's module, loaded once per process on first use, without curl_global_init (for its
// version). Fails with ErrorCode::config when the module cannot be loaded.
Result<const CurlApi*> load_libcurl();

// The module loaded and curl_global_init run, once per process, on first use (it is not safe
// to call concurrently). Fails with ErrorCode::config when the module cannot be loaded,
// ErrorCode::network when libcurl cannot start.
Status global_init();

// libcurl's functions: only after load_libcurl() or global_init() succeeded.
const CurlApi& libcurl();

// curl_easy_setopt through the module, by the value's type: a callback, a pointer (strings,
// lists, user data), a curl_off_t option (CURLOPT_*_LARGE) or a long.
template <typename T> CURLcode setopt(CURL* handle, CURLoption option, T value) {
    if constexpr (std::is_pointer_v<T> && std::is_function_v<std::remove_pointer_t<T>>)
        return libcurl().setopt_callback(handle, option, reinterpret_cast<CurlCallback>(value));
    else if constexpr (std::is_pointer_v<T>)
        return libcurl().setopt_pointer(handle, option,
                                        const_cast<void*>(static_cast<const void*>(value)));
    else if (option >= CURLOPTTYPE_OFF_T)
        return libcurl().setopt_off(handle, option, static_cast<curl_off_t>(value));
    else
        return libcurl().setopt_long(handle, option, static_cast<long>(value));
}

struct CurlCleanup {
    void operator()(CURL* handle) const { libcurl().easy_cleanup(handle); }
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
