#include "daemon/imap/version.hpp"

#include "daemon/imap/curl_common.hpp"

namespace mailclerk::imap {

// Asking loads libcurl's module: `mailclerk --version` names the library that would run.
LibraryVersion curl_library() {
    auto api = load_libcurl();
    if (!api) return {"libcurl", "not loaded: " + api.error().message, LIBCURL_VERSION, ""};
    const curl_version_info_data* info = (*api)->version_info(CURLVERSION_NOW);
    return {"libcurl", info && info->version ? info->version : "unknown", LIBCURL_VERSION,
            info && info->ssl_version ? info->ssl_version : ""};
}

} // namespace mailclerk::imap
