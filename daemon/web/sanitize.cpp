#include "daemon/web/sanitize.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include "common/utf8.hpp"
#include "daemon/web/http.hpp"
#include "parsers/grid/gumbo_tree.hpp"

namespace mailclerk::web {
namespace {

// Mail HTML beyond this is cut (the parsers cap bodies lower already).
constexpr size_t k_cap = 4u << 20;

// Kept with their attributes from the allow-list below.
const std::set<std::string, std::less<>> k_tags = {
    "a",    "abbr",     "b",      "blockquote", "br",  "caption", "center", "cite", "code",
    "col",  "colgroup", "dd",     "del",        "div", "dl",      "dt",     "em",   "font",
    "h1",   "h2",       "h3",     "h4",         "h5",  "h6",      "hr",     "i",    "img",
    "ins",  "kbd",      "li",     "ol",         "p",   "pre",     "q",      "s",    "small",
    "span", "strike",   "strong", "sub",        "sup", "table",   "tbody",  "td",   "tfoot",
    "th",   "thead",    "tr",     "tt",         "u",   "ul"};
// Dropped with everything inside them.
const std::set<std::string, std::less<>> k_dropped = {
    "script",   "style",    "iframe",  "frame",    "frameset", "object", "embed",    "applet",
    "noscript", "template", "form",    "input",    "button",   "select", "textarea", "link",
    "meta",     "base",     "svg",     "math",     "audio",    "video",  "source",   "track",
    "canvas",   "title",    "noembed", "noframes", "portal",   "param",  "dialog"};
const std::set<std::string, std::less<>> k_attributes = {
    "align", "alt",    "border", "cellpadding", "cellspacing", "color", "colspan", "dir",
    "face",  "height", "href",   "lang",        "rowspan",     "size",  "src",     "style",
    "title", "valign", "width",  "bgcolor",     "start",       "type",  "cite"};

std::string tag_name(const GumboElement& element) {
    if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return utf8::ascii_lower(std::string_view(piece.data, piece.length));
}

// The URL scheme as a browser reads it: control characters and spaces inside are ignored.
std::string scheme_of(std::string_view url) {
    std::string squeezed;
    for (char c : url)
        if (static_cast<unsigned char>(c) > 0x20) squeezed.push_back(c);
    size_t colon = squeezed.find(':');
    if (colon == std::string::npos || squeezed.find_first_of("/?#") < colon) return "";
    return utf8::ascii_lower(squeezed.substr(0, colon));
}

bool safe_link(std::string_view url) {
    std::string scheme = scheme_of(url);
    return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto";
}

bool inline_image(std::string_view url) {
    std::string lower = utf8::ascii_lower(utf8::trim(url));
    return lower.starts_with("data:image/png") || lower.starts_with("data:image/gif") ||
           lower.starts_with("data:image/jpeg") || lower.starts_with("data:image/webp");
}

// A style that could load or run anything is dropped whole.
bool safe_style(std::string_view style) {
    std::string lower = utf8::ascii_lower(style);
    for (std::string_view bad :
         {"url(", "expression", "@import", "behavior", "javascript:", "-moz-binding", "\\"})
        if (lower.find(bad) != std::string::npos) return false;
    return true;
}

class Writer {
  public:
    SanitizedHtml result;

    void node(const GumboNode& node) {
        switch (node.type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            result.html += escape(grid::text_of(node));
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            element(node.v.element);
            break;
        default: // comments, the document node's doctype
            break;
        }
    }

    void children(const GumboVector& list) {
        for (unsigned i = 0; i < list.length; ++i)
            node(*static_cast<const GumboNode*>(list.data[i]));
    }

  private:
    void element(const GumboElement& element) {
        std::string name = tag_name(element);
        if (k_dropped.contains(name)) {
            if (name == "link" || name == "svg" || name == "video" || name == "audio")
                ++result.remote_blocked;
            return;
        }
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || !k_tags.contains(name)) {
            children(element.children); // html, body, unknown tags: their content only
            return;
        }
        std::string attributes;
        bool keep = attributes_of(name, element.attributes, attributes);
        if (!keep) return; // an image whose source was remote: nothing at all
        result.html += "<" + name + attributes + ">";
        if (element.children.length == 0 &&
            (name == "br" || name == "hr" || name == "img" || name == "col"))
            return;
        children(element.children);
        result.html += "</" + name + ">";
    }

    // The allowed attributes, escaped; false when the element must go (a remote image).
    bool attributes_of(const std::string& tag, const GumboVector& list, std::string& out) {
        bool link = false;
        for (unsigned i = 0; i < list.length; ++i) {
            const auto& attribute = *static_cast<const GumboAttribute*>(list.data[i]);
            std::string name = utf8::ascii_lower(attribute.name);
            std::string decoded = grid::value_of(attribute);
            std::string_view value = decoded;
            if (!k_attributes.contains(name)) continue;
            if (name == "src") {
                if (tag != "img") continue;
                if (!inline_image(value)) {
                    ++result.remote_blocked;
                    return false;
                }
            }
            if (name == "href" && (tag != "a" || !safe_link(value))) continue;
            if (name == "cite" && !safe_link(value)) continue;
            if (name == "style" && !safe_style(value)) {
                ++result.remote_blocked;
                continue;
            }
            if (name == "background") continue;
            out += " " + name + "=\"" + escape(value) + "\"";
            link = link || (name == "href");
        }
        if (tag == "img" && out.find(" src=") == std::string::npos) return false;
        if (link) out += " target=\"_blank\" rel=\"noopener noreferrer\"";
        return true;
    }
};

} // namespace

SanitizedHtml sanitize_html(std::string_view html) {
    std::string input = utf8::sanitize(utf8::truncate(html, k_cap));
    grid::GumboTree tree(input);
    Writer writer;
    if (tree.root() != nullptr) writer.node(*tree.root());
    return std::move(writer.result);
}

} // namespace mailclerk::web
