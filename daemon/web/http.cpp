#include "daemon/web/http.hpp"

#include "common/text_codec.hpp"
#include "common/utf8.hpp"

namespace mailclerk::web {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (;;) {
        size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

} // namespace

std::string Request::header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
}

std::string Request::param(const std::string& key) const {
    auto it = query.find(key);
    return it == query.end() ? std::string() : it->second;
}

std::optional<std::string> percent_decode(std::string_view text, bool form) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            int high = hex_value(text[i + 1]);
            int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            c = static_cast<char>(high * 16 + low);
            i += 2;
        } else if (c == '+' && form) {
            c = ' ';
        }
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && !(form && (c == '\n' || c == '\r'))) return std::nullopt;
        if (byte == 0x7f) return std::nullopt;
        out.push_back(c);
    }
    if (!utf8::is_valid(out)) return std::nullopt;
    return out;
}

std::string percent_encode(std::string_view text) {
    return mailclerk::percent_encode(text);
}

std::optional<std::map<std::string, std::string>> parse_form(std::string_view body) {
    std::map<std::string, std::string> out;
    if (body.empty()) return out;
    for (std::string_view pair : split(body, '&')) {
        if (pair.empty()) continue;
        size_t equals = pair.find('=');
        auto key = percent_decode(pair.substr(0, equals), true);
        auto value = percent_decode(
            equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true);
        if (!key || !value) return std::nullopt;
        out.emplace(std::move(*key), std::move(*value));
    }
    return out;
}

std::optional<ParsedTarget> parse_target(std::string_view target) {
    if (target.empty() || target.front() != '/' || target.size() > 4096) return std::nullopt;
    size_t question = target.find('?');
    std::string_view path = target.substr(0, question);
    ParsedTarget parsed;
    if (question != std::string_view::npos) {
        auto query = parse_form(target.substr(question + 1));
        if (!query) return std::nullopt;
        parsed.query = std::move(*query);
    }
    auto parts = split(path.substr(1), '/');
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].empty() && i + 1 == parts.size()) break; // "/" or a trailing slash
        auto segment = percent_decode(parts[i], false);
        if (!segment || segment->empty() || *segment == "." || *segment == ".." ||
            segment->find_first_of("/\\") != std::string::npos)
            return std::nullopt;
        parsed.segments.push_back(std::move(*segment));
    }
    return parsed;
}

std::map<std::string, std::string> parse_cookies(std::string_view header) {
    std::map<std::string, std::string> out;
    for (std::string_view part : split(header, ';')) {
        std::string_view item = utf8::trim(part);
        size_t equals = item.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        out.emplace(std::string(item.substr(0, equals)), std::string(item.substr(equals + 1)));
    }
    return out;
}

std::optional<Request> parse_request(const RawRequest& raw) {
    Request request;
    request.method = raw.method;
    request.target = raw.target;
    request.client = raw.client;
    request.https = raw.https;
    for (const auto& [name, value] : raw.headers) {
        std::string lower = utf8::ascii_lower(name);
        if (lower == "cookie") {
            for (auto& [k, v] : parse_cookies(value))
                request.cookies.emplace(k, v);
        }
        request.headers.emplace(lower, value);
    }
    auto target = parse_target(raw.target);
    if (!target) return std::nullopt;
    request.segments = std::move(target->segments);
    request.query = std::move(target->query);
    std::string type = utf8::ascii_lower(request.header("content-type"));
    if (type.starts_with("application/x-www-form-urlencoded")) {
        auto form = parse_form(raw.body);
        if (!form) return std::nullopt;
        request.form = std::move(*form);
    }
    return request;
}

std::optional<int64_t> parse_id(std::string_view text) {
    if (text.empty() || text.size() > 18 || text.front() == '0') return std::nullopt;
    int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string escape(std::string_view text) {
    return html_escape(text);
}

std::string content_disposition(std::string_view filename, bool inline_view) {
    std::string ascii;
    for (char c : filename) {
        auto byte = static_cast<unsigned char>(c);
        ascii.push_back(byte < 0x20 || byte >= 0x7f || c == '"' || c == '\\' || c == '/' ? '_' : c);
    }
    if (ascii.empty()) ascii = "download";
    return std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii +
           "\"; filename*=UTF-8''" + percent_encode(filename);
}

} // namespace mailclerk::web
