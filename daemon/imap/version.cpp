#include "daemon/imap/version.hpp"

#include <curl/curl.h>

namespace mailclerk::imap {

LibraryVersion curl_library() {
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return {"libcurl", info && info->version ? info->version : "unknown", LIBCURL_VERSION,
            info && info->ssl_version ? info->ssl_version : ""};
}

} // namespace mailclerk::imap
