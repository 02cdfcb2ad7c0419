#pragma once
// The libcurl functions mailclerk calls, as the module libmailclerk-curl.so (curl_plugin.cpp)
// hands them to daemon/imap: libcurl and what it pulls in (nghttp2, ssh2, LDAP, Kerberos, ...)
// are mapped only by a command that connects to a server (issue 18). Both sides include this
// header; only the module links libcurl. curl_easy_setopt and curl_easy_getinfo are variadic:
// the module gives one function per argument type instead.
#include <cstddef>

#include <curl/curl.h>

namespace mailclerk::imap {

// Any callback (CURLOPT_*FUNCTION), passed through to libcurl unchanged.
using CurlCallback = void (*)();

struct CurlApi {
    CURLcode (*global_init)(long flags);
    CURL* (*easy_init)();
    void (*easy_cleanup)(CURL* handle);
    CURLcode (*easy_perform)(CURL* handle);
    const char* (*easy_strerror)(CURLcode code);
    CURLcode (*easy_send)(CURL* handle, const void* buffer, size_t length, size_t* sent);
    CURLcode (*easy_recv)(CURL* handle, void* buffer, size_t length, size_t* received);
    CURLcode (*setopt_long)(CURL* handle, CURLoption option, long value);
    CURLcode (*setopt_off)(CURL* handle, CURLoption option, curl_off_t value);
    CURLcode (*setopt_pointer)(CURL* handle, CURLoption option, void* value);
    CURLcode (*setopt_callback)(CURL* handle, CURLoption option, CurlCallback value);
    CURLcode (*getinfo_long)(CURL* handle, CURLINFO info, long* value);
    CURLcode (*getinfo_socket)(CURL* handle, CURLINFO info, curl_socket_t* value);
    curl_slist* (*slist_append)(curl_slist* list, const char* text);
    void (*slist_free_all)(curl_slist* list);
    curl_version_info_data* (*version_info)(CURLversion version);
};

// The module's extern "C" entry point and its type.
inline constexpr const char* k_curl_entry = "mailclerk_curl_v1";
using CurlEntry = const CurlApi* (*)();

} // namespace mailclerk::imap
