#include "daemon/imap/version.hpp"

#include <curl/curl.h>

namespace mailclerk::imap {

std::string curl_version() {
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return info && info->version ? info->version : "unknown";
}

std::string curl_version_built() {
    return LIBCURL_VERSION;
}

std::string curl_tls_version() {
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return info && info->ssl_version ? info->ssl_version : "";
}

} // namespace mailclerk::imap
