#include "daemon/imap/curl_common.hpp"

#include <mutex>
#include <string_view>

#include <fmt/format.h>

#include "common/plugin.hpp"

namespace mailclerk::imap {
namespace {

const CurlApi* g_api = nullptr;

} // namespace

Result<const CurlApi*> load_libcurl() {
    static std::once_flag once;
    static Result<const CurlApi*> loaded = nullptr;
    std::call_once(once, [] {
        auto entry = plugin::load_entry(
            {"libmailclerk-curl.so", "MAILCLERK_CURL", k_curl_entry, "libcurl (IMAP, SMTP)"});
        if (!entry) {
            loaded = tl::unexpected(entry.error());
            return;
        }
        g_api = reinterpret_cast<CurlEntry>(*entry)();
        loaded = g_api;
    });
    return loaded;
}

Status global_init() {
    auto api = load_libcurl();
    if (!api) return tl::unexpected(api.error());
    static const CURLcode code = (*api)->global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK)
        return fail(ErrorCode::network, fmt::format("libcurl: {}", (*api)->easy_strerror(code)));
    return {};
}

const CurlApi& libcurl() {
    return *g_api;
}

std::string host_of(const std::string& url) {
    std::string_view rest = url;
    if (size_t scheme = rest.find("://"); scheme != std::string_view::npos)
        rest.remove_prefix(scheme + 3);
    if (size_t at = rest.rfind('@', rest.find('/')); at != std::string_view::npos)
        rest.remove_prefix(at + 1);
    return std::string(rest.substr(0, rest.find('/')));
}

void scrub(std::string& text, const std::string& secret) {
    if (secret.size() < 3) return;
    for (size_t pos; (pos = text.find(secret)) != std::string::npos;)
        text.replace(pos, secret.size(), "***");
}

CURLcode set_login(CURL* curl, const std::string& user, const std::string& password,
                   const std::string& bearer) {
    if (user.empty()) return CURLE_OK;
    CURLcode rc = setopt(curl, CURLOPT_USERNAME, user.c_str());
    if (rc != CURLE_OK) return rc;
    if (!bearer.empty()) return setopt(curl, CURLOPT_XOAUTH2_BEARER, bearer.c_str());
    return setopt(curl, CURLOPT_PASSWORD, password.c_str());
}

CURLcode set_tls(CURL* curl, bool starttls, bool verify, const std::string& ca_file) {
    CURLcode rc = CURLE_OK;
    if (starttls) rc = setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (rc == CURLE_OK) rc = setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    if (rc == CURLE_OK) rc = setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (rc == CURLE_OK && !ca_file.empty()) rc = setopt(curl, CURLOPT_CAINFO, ca_file.c_str());
    return rc;
}

} // namespace mailclerk::imap
