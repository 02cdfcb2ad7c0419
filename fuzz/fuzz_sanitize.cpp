// libFuzzer target: the mail HTML sanitiser of the web page. Whatever a sender writes, the
// output must be valid UTF-8 and hold no script, event handler or javascript: link: each of
// those in the output is a finding, as is a crash or a sanitizer report.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"
#include "daemon/web/sanitize.hpp"

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

struct Attribute {
    std::string name, value;
};

// The attributes of one tag as the sanitiser wrote it: name="value" pairs (values quoted).
std::vector<Attribute> attributes(std::string_view tag) {
    std::vector<Attribute> out;
    size_t pos = tag.find_first_of(" \t\n/>");
    while (pos < tag.size()) {
        while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '/' || tag[pos] == '\n'))
            ++pos;
        size_t name_end = tag.find_first_of("= >", pos);
        if (name_end == std::string_view::npos || name_end == pos) break;
        Attribute attribute{std::string(tag.substr(pos, name_end - pos)), {}};
        pos = name_end;
        if (tag[pos] == '=' && pos + 1 < tag.size() &&
            (tag[pos + 1] == '"' || tag[pos + 1] == '\'')) {
            size_t close = tag.find(tag[pos + 1], pos + 2);
            if (close == std::string_view::npos) close = tag.size();
            attribute.value = std::string(tag.substr(pos + 2, close - pos - 2));
            pos = close + 1;
        }
        out.push_back(std::move(attribute));
    }
    return out;
}

bool is_url_attribute(const std::string& name) {
    for (const char* url : {"href", "src", "action", "formaction", "background", "cite", "poster",
                            "xlink:href", "srcset"})
        if (name == url) return true;
    return false;
}

// The first tag the allow-list must never write, or "" when the output is clean. Text is
// escaped (&lt;), so every '<' in the output opens a tag; "javascript:" in text is harmless.
std::string banned_tag(const std::string& html) {
    std::string out = lower(html);
    for (size_t open = out.find('<'); open != std::string::npos; open = out.find('<', open + 1)) {
        size_t close = out.find('>', open);
        std::string tag = out.substr(open, close == std::string::npos ? close : close - open + 1);
        for (const char* name : {"<script", "<iframe", "<object", "<embed", "<style", "<form",
                                 "<meta", "<base", "<link", "<svg", "<math"})
            if (tag.starts_with(name)) return tag;
        for (const Attribute& a : attributes(tag)) {
            if (a.name.starts_with("on")) return tag;
            std::string value;
            for (char c : a.value)
                if (static_cast<unsigned char>(c) > ' ') value.push_back(c);
            if (is_url_attribute(a.name) &&
                (value.starts_with("javascript:") || value.starts_with("vbscript:") ||
                 value.starts_with("data:text")))
                return tag;
        }
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view html(reinterpret_cast<const char*>(data), size);
    mailclerk::web::SanitizedHtml clean = mailclerk::web::sanitize_html(html);
    if (!mailclerk::utf8::is_valid(clean.html)) std::abort();
    if (std::string found = banned_tag(clean.html); !found.empty()) {
        std::fprintf(stderr, "sanitised HTML holds %s in:\n%s\n", found.c_str(),
                     clean.html.c_str());
        std::abort();
    }
    return 0;
}
