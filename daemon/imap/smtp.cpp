#include "daemon/imap/smtp.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/imap/curl_common.hpp"

namespace mailclerk::imap {
namespace {

struct SlistFree {
    void operator()(curl_slist* list) const { libcurl().slist_free_all(list); }
};

struct Upload {
    std::string_view rest;
};

size_t read_upload(char* buffer, size_t size, size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    size_t n = std::min(size * count, upload->rest.size());
    std::memcpy(buffer, upload->rest.data(), n);
    upload->rest.remove_prefix(n);
    return n;
}

tl::unexpected<Error> send_error(CURLcode rc, long reply, const SmtpOptions& o,
                                 const std::string& host, std::string detail) {
    scrub(detail, o.password);
    scrub(detail, o.bearer);
    detail = utf8::sanitize(utf8::truncate(detail, 300));
    if (detail.empty()) detail = libcurl().easy_strerror(rc);
    if (rc == CURLE_LOGIN_DENIED)
        return fail(ErrorCode::auth,
                    fmt::format("{}: SMTP login refused for user {}", host, o.user),
                    "check [smtp] user and its secret");
    if (rc == CURLE_URL_MALFORMAT || rc == CURLE_UNSUPPORTED_PROTOCOL)
        return fail(ErrorCode::config, fmt::format("{}: {}", host, detail),
                    "the url must be smtp://host[:port] or smtps://host[:port]");
    if (rc == CURLE_USE_SSL_FAILED)
        return fail(ErrorCode::network, fmt::format("{}: {}", host, detail),
                    "the server does not offer STARTTLS");
    if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE)
        return fail(ErrorCode::network, fmt::format("{}: {}", host, detail),
                    "the server's certificate is not trusted: set [smtp] ca_file");
    // A reply code of 4xx/5xx: the server refused the sender, a recipient or the data.
    if (reply >= 400)
        return fail(ErrorCode::refused,
                    fmt::format("{}: the server refused the mail ({}): {}", host, reply, detail));
    return fail(ErrorCode::network, fmt::format("{}: {}", host, detail));
}

} // namespace

Status send_mail(const SmtpOptions& o, const std::string& from,
                 const std::vector<std::string>& recipients, std::string_view message) {
    std::string host = host_of(o.url);
    std::string scheme = utf8::ascii_lower(o.url.substr(0, o.url.find("://") + 3));
    if (scheme != "smtp://" && scheme != "smtps://")
        return fail(ErrorCode::config, fmt::format("{}: not an SMTP URL", host),
                    "the url must be smtp://host[:port] or smtps://host[:port]");
    if (recipients.empty()) return fail(ErrorCode::config, "no recipient");
    if (auto ready = global_init(); !ready) return tl::unexpected(ready.error());
    CurlHandle handle(libcurl().easy_init());
    if (!handle) return fail(ErrorCode::network, "libcurl: cannot create a handle");
    std::unique_ptr<curl_slist, SlistFree> rcpt;
    for (const std::string& recipient : recipients)
        rcpt.reset(libcurl().slist_append(rcpt.release(), ("<" + recipient + ">").c_str()));
    std::array<char, CURL_ERROR_SIZE> error{};
    Upload upload{message};
    std::string envelope_from = "<" + from + ">";
    CURL* curl = handle.get();
    CURLcode rc = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK) rc = setopt(curl, option, value);
    };
    set(CURLOPT_URL, o.url.c_str());
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_CONNECTTIMEOUT, static_cast<long>(o.timeout.count()));
    set(CURLOPT_TIMEOUT, static_cast<long>(o.timeout.count() * 5));
    set(CURLOPT_ERRORBUFFER, error.data());
    set(CURLOPT_MAIL_FROM, envelope_from.c_str());
    set(CURLOPT_MAIL_RCPT, rcpt.get());
    set(CURLOPT_UPLOAD, 1L);
    set(CURLOPT_READFUNCTION, read_upload);
    set(CURLOPT_READDATA, static_cast<void*>(&upload));
    set(CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    if (rc == CURLE_OK) rc = set_login(curl, o.user, o.password, o.bearer);
    if (rc == CURLE_OK)
        rc = set_tls(curl, o.starttls && scheme == "smtp://", o.verify_tls, o.ca_file);
    if (rc != CURLE_OK)
        return fail(ErrorCode::config, fmt::format("{}: libcurl refused an option: {}", host,
                                                   libcurl().easy_strerror(rc)));
    rc = libcurl().easy_perform(curl);
    if (rc == CURLE_OK) return {};
    long reply = 0;
    libcurl().getinfo_long(curl, CURLINFO_RESPONSE_CODE, &reply);
    return send_error(rc, reply, o, host, error.data());
}

} // namespace mailclerk::imap
