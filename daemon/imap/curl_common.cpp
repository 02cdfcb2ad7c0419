#include "daemon/imap/curl_common.hpp"

#include <string_view>

namespace mailclerk::imap {

CURLcode global_init() {
    static const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
    return code;
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
    CURLcode rc = curl_easy_setopt(curl, CURLOPT_USERNAME, user.c_str());
    if (rc != CURLE_OK) return rc;
    if (!bearer.empty()) return curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, bearer.c_str());
    return curl_easy_setopt(curl, CURLOPT_PASSWORD, password.c_str());
}

CURLcode set_tls(CURL* curl, bool starttls, bool verify, const std::string& ca_file) {
    CURLcode rc = CURLE_OK;
    if (starttls) rc = curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
    if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
    if (rc == CURLE_OK && !ca_file.empty())
        rc = curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file.c_str());
    return rc;
}

} // namespace mailclerk::imap
