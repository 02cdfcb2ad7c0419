#include "parsers/html_text.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/grid/gumbo_tree.hpp"

namespace mailclerk::parsers {
namespace {

enum class Role { inline_text, skip, line, cell, line_break, preformatted };

Role role_of(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEMPLATE:
        return Role::skip;
    case GUMBO_TAG_BR:
        return Role::line_break;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Role::cell;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TEXTAREA:
        return Role::preformatted;
    default:
        return grid::is_block(tag) ? Role::line : Role::inline_text;
    }
}

// The value of `display` in an element's inline style ("inline-block", "flex"), or "".
std::string display_of(const GumboNode* node) {
    if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
    const GumboAttribute* style = gumbo_get_attribute(&node->v.element.attributes, "style");
    if (style == nullptr) return {};
    std::string compact;
    for (char c : std::string_view(style->value))
        if (c != ' ' && c != '\t')
            compact.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    size_t at = compact.find("display:");
    if (at == std::string::npos || (at > 0 && compact[at - 1] != ';')) return {};
    at += 8;
    return compact.substr(at, compact.find(';', at) - at);
}

// Web mailers lay out item tables without <table>: rows of <div style="display:flex"> or
// "display:table-row", cells of <span style="display:inline-block"> or "display:table-cell".
// Such a cell is written as a table cell is, so that its text is not glued to its neighbour's.
bool styled_as_cell(const GumboNode* node) {
    std::string own = display_of(node);
    if (own == "inline-block" || own == "table-cell") return true;
    std::string parent = display_of(node->parent);
    return parent == "flex" || parent == "inline-flex" || parent == "table-row";
}

Role role_of(const GumboNode* node) {
    Role role = role_of(node->v.element.tag);
    if ((role == Role::inline_text || role == Role::line) && styled_as_cell(node))
        return Role::cell;
    return role;
}

// Walks the tree without recursion (mail HTML nests thousands deep) and writes text: blocks on
// their own lines, table rows as lines with tab-separated cells, whitespace collapsed outside
// <pre>.
class TextWriter {
  public:
    std::string run(const GumboNode* root) {
        struct Step {
            const GumboNode* node;
            bool leaving;
        };
        std::vector<Step> stack;
        if (root != nullptr) stack.push_back({root, false});
        while (!stack.empty()) {
            Step step = stack.back();
            stack.pop_back();
            if (step.leaving) {
                leave(step.node);
                continue;
            }
            if (!enter(step.node)) continue;
            stack.push_back({step.node, true});
            const GumboVector& children = grid::children_of(step.node);
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
        }
        return tidy(m_out);
    }

  private:
    // False when the node has no children to visit.
    bool enter(const GumboNode* node) {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            add_text(grid::text_of(*node));
            return false;
        case GUMBO_NODE_COMMENT:
            return false;
        case GUMBO_NODE_DOCUMENT:
            return true;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
        switch (role_of(node)) {
        case Role::skip:
            return false;
        case Role::line_break:
            m_out.push_back('\n');
            m_space = false;
            return false;
        case Role::line:
            new_line();
            break;
        case Role::cell:
            if (!at_line_start()) m_out.push_back('\t');
            m_space = false;
            break;
        case Role::preformatted:
            new_line();
            ++m_pre;
            break;
        case Role::inline_text:
            break;
        }
        return true;
    }

    void leave(const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
        Role role = role_of(node);
        if (role == Role::preformatted && m_pre > 0) --m_pre;
        if (role == Role::line || role == Role::preformatted) new_line();
    }

    void add_text(std::string_view text) {
        for (size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
            if (m_pre > 0) {
                if (c != '\r') m_out.push_back(c);
                continue;
            }
            if (nbsp || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (nbsp) ++i; // a non-breaking space still reads as one space
                m_space = true;
                continue;
            }
            if (m_space && !at_line_start() && m_out.back() != '\t') m_out.push_back(' ');
            m_space = false;
            m_out.push_back(c);
        }
    }

    void new_line() {
        if (!at_line_start()) m_out.push_back('\n');
        m_space = false;
    }

    bool at_line_start() const { return m_out.empty() || m_out.back() == '\n'; }

    // Trailing blanks off each line, at most one empty line in a row, no edges.
    static std::string tidy(const std::string& text) {
        std::string out;
        size_t newlines = 0;
        for (char c : text) {
            if (c == '\n') {
                while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
                    out.pop_back();
                if (++newlines <= 2 && !out.empty()) out.push_back('\n');
                continue;
            }
            newlines = 0;
            out.push_back(c);
        }
        return utf8::sanitize(utf8::trim(out));
    }

    std::string m_out;
    bool m_space = false;
    int m_pre = 0;
};

} // namespace

std::string html_to_text(const grid::GumboTree& tree) {
    return TextWriter().run(tree.document());
}

std::string html_to_text(std::string_view html) {
    return html_to_text(grid::GumboTree(html));
}

} // namespace mailclerk::parsers
