// libmailclerk-curl.so: libcurl behind the table of curl_api.hpp. Nothing here decides anything;
// each entry is libcurl's own function, or a typed front for a variadic one.
#include "daemon/imap/curl_api.hpp"

namespace mailclerk::imap {
namespace {

CURLcode setopt_long(CURL* handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode setopt_off(CURL* handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode setopt_pointer(CURL* handle, CURLoption option, void* value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode setopt_callback(CURL* handle, CURLoption option, CurlCallback value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode getinfo_long(CURL* handle, CURLINFO info, long* value) {
    return curl_easy_getinfo(handle, info, value);
}

CURLcode getinfo_socket(CURL* handle, CURLINFO info, curl_socket_t* value) {
    return curl_easy_getinfo(handle, info, value);
}

const CurlApi k_api{curl_global_init,   curl_easy_init,    curl_easy_cleanup,   curl_easy_perform,
                    curl_easy_strerror, curl_easy_send,    curl_easy_recv,      setopt_long,
                    setopt_off,         setopt_pointer,    setopt_callback,     getinfo_long,
                    getinfo_socket,     curl_slist_append, curl_slist_free_all, curl_version_info};

} // namespace
} // namespace mailclerk::imap

extern "C" __attribute__((visibility("default"))) const mailclerk::imap::CurlApi*
mailclerk_curl_v1() {
    return &mailclerk::imap::k_api;
}
