#pragma once
// Mail HTML made inert for the browser: parsed with gumbo (as a browser would), then written
// back with only an allow-list of tags and attributes. Scripts, styles sheets, frames, forms,
// event handlers, javascript:/data: links and every remote resource are dropped; remote
// images are replaced by nothing and counted so the page can say "remote content blocked".
// The result is served in a sandboxed iframe under a CSP that forbids scripts and remote
// loads: the sanitiser and the CSP each suffice alone.
#include <string>
#include <string_view>

namespace mailclerk::web {

struct SanitizedHtml {
    std::string html;       // a body fragment (UTF-8)
    int remote_blocked = 0; // remote images, stylesheets, backgrounds removed
};

SanitizedHtml sanitize_html(std::string_view html);

} // namespace mailclerk::web
