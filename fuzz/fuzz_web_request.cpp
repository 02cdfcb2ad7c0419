// libFuzzer target: what a browser (or anyone on the network) sends the web page: the request
// target, query string, form body and cookies (daemon/web/http.cpp), and the search box's query
// language (store/search_query.cpp). The first byte picks the component. A decoded segment
// that could name a path outside its route ("..", "/", "\", NUL), invalid UTF-8, a crash or a
// sanitizer report is a finding.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/utf8.hpp"
#include "daemon/web/http.hpp"
#include "store/search_query.hpp"

namespace {

void require(bool ok) {
    if (!ok) std::abort();
}

void check_target(std::string_view text) {
    auto target = mailclerk::web::parse_target(text);
    if (!target) return;
    for (const std::string& segment : target->segments) {
        require(segment != "." && segment != "..");
        require(segment.find_first_of(std::string_view("/\\\0", 3)) == std::string::npos);
        require(mailclerk::utf8::is_valid(segment));
    }
    for (const auto& [key, value] : target->query)
        require(mailclerk::utf8::is_valid(key) && mailclerk::utf8::is_valid(value));
}

void check_query(std::string_view text) {
    auto parsed = mailclerk::store::parse_query(text);
    if (!parsed) return;
    for (const auto& group : parsed->groups) {
        require(!group.empty());
        for (const auto& term : group)
            require(term.column >= 1 && term.column <= text.size() + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 5) {
    case 0:
        check_target(text);
        break;
    case 1:
        if (auto form = mailclerk::web::parse_form(text))
            for (const auto& [key, value] : *form)
                require(mailclerk::utf8::is_valid(key) && mailclerk::utf8::is_valid(value));
        break;
    case 2:
        (void)mailclerk::web::parse_cookies(text);
        (void)mailclerk::web::parse_id(text);
        break;
    case 3: {
        std::string header = mailclerk::web::content_disposition(text, data[0] & 8);
        for (char c : header)
            require(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
        require(mailclerk::utf8::is_valid(mailclerk::web::escape(text)) ||
                !mailclerk::utf8::is_valid(text));
        break;
    }
    default:
        check_query(text);
    }
    return 0;
}
