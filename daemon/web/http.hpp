#pragma once
// The web page's view of HTTP, independent of Boost.Beast so that routing and pages can be
// tested without sockets: requests with decoded path segments and parameters, responses with
// headers, and the strict URL rules (no encoded slashes, no dot segments, no NUL, bounded
// numbers) that keep a URL from naming anything but an indexed id or slug.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mailclerk::web {

struct Request {
    std::string method;                       // GET, POST, ...
    std::string target;                       // as received: path and query
    std::vector<std::string> segments;        // decoded path segments ("/a/b" -> {"a", "b"})
    std::map<std::string, std::string> query; // decoded ?k=v (first value of each key)
    std::map<std::string, std::string> form;  // decoded application/x-www-form-urlencoded body
    std::map<std::string, std::string> cookies;
    std::map<std::string, std::string> headers; // lower-case names
    std::string client;                         // peer address
    bool https = false;

    std::string header(const std::string& lower_name) const;
    std::string param(const std::string& key) const; // query, else ""
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    // Set by routes whose body is framed by our own pages (the sanitised mail HTML).
    bool frameable_by_self = false;
};

// A request as it came off the wire, before any decoding.
struct RawRequest {
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string client;
    bool https = false;
};
// Decode target, query, cookies and (for application/x-www-form-urlencoded) the form; nullopt
// when any of them breaks the URL rules below (the caller answers 400).
std::optional<Request> parse_request(const RawRequest& raw);

// Percent-decoding of one URL component. form: '+' is a space. nullopt on a bad escape
// ("%zz", a truncated "%4"), on NUL or other control characters, and on invalid UTF-8.
std::optional<std::string> percent_decode(std::string_view text, bool form);
// Percent-encoding for a path segment or a query value (unreserved characters stay).
std::string percent_encode(std::string_view text);

// Split "/a/b%20c?x=1" into decoded segments and query. nullopt when the target is not an
// origin-form path, a segment does not decode, or a decoded segment is empty (except a
// trailing "/"), ".", "..", or holds '/' or '\' (an encoded slash is never a separator).
struct ParsedTarget {
    std::vector<std::string> segments;
    std::map<std::string, std::string> query;
};
std::optional<ParsedTarget> parse_target(std::string_view target);
// "a=1&b=x+y": decoded pairs; nullopt on a bad escape.
std::optional<std::map<std::string, std::string>> parse_form(std::string_view body);
// Cookie header "a=1; b=2".
std::map<std::string, std::string> parse_cookies(std::string_view header);

// A positive database id: 1 to 18 ASCII digits without a sign or leading zero; nullopt
// otherwise (so 99999999999999999999 is no id at all rather than an overflow).
std::optional<int64_t> parse_id(std::string_view text);

// HTML text and attribute values: & < > " ' escaped.
std::string escape(std::string_view text);

// "attachment; filename=\"safe\"; filename*=UTF-8''encoded": quotes, backslashes and control
// characters never reach the header.
std::string content_disposition(std::string_view filename, bool inline_view);

} // namespace mailclerk::web
