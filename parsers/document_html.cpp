// HTML attachments: readable text from html_to_text, tables from gumbo's parse tree (a cell's
// text whatever its inner markup: Outlook wraps every cell in <p class=MsoNormal><span>).
#include <gumbo.h>
#include <memory>

#include "common/utf8.hpp"
#include "parsers/document.hpp"
#include "parsers/html_text.hpp"

namespace mailclerk::parsers {
namespace {

using Output = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

void destroy(GumboOutput* output) {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

void cell_text(const GumboNode* node, std::string& out) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        out += node->v.text.text;
        out += ' ';
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (node->v.element.tag == GUMBO_TAG_SCRIPT || node->v.element.tag == GUMBO_TAG_STYLE) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        cell_text(static_cast<const GumboNode*>(children.data[i]), out);
}

// Whitespace runs (including &nbsp;) collapsed to one space.
std::string collapse(std::string_view text) {
    std::string out;
    size_t pos = 0;
    bool space = false;
    while (pos < text.size()) {
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == U'\u00A0') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out.append(text.substr(start, pos - start));
    }
    return out;
}

// The rows of this table (not of tables nested in it).
void collect_rows(const GumboNode* node, Table& rows) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tag = child->v.element.tag;
        if (tag == GUMBO_TAG_TR) {
            std::vector<std::string> cells;
            const GumboVector& tds = child->v.element.children;
            for (unsigned j = 0; j < tds.length; ++j) {
                auto* td = static_cast<const GumboNode*>(tds.data[j]);
                if (td->type != GUMBO_NODE_ELEMENT ||
                    (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH))
                    continue;
                std::string text;
                cell_text(td, text);
                cells.push_back(collapse(text));
            }
            rows.push_back(std::move(cells));
        } else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT) {
            collect_rows(child, rows);
        }
    }
}

void find_tables(const GumboNode* node, std::vector<Table>& tables) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (node->v.element.tag == GUMBO_TAG_TABLE) {
        Table rows;
        collect_rows(node, rows);
        if (!rows.empty()) tables.push_back(std::move(rows));
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        find_tables(static_cast<const GumboNode*>(children.data[i]), tables);
}

} // namespace

std::vector<Table> html_tables(std::string_view html) {
    std::vector<Table> tables;
    Output output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
                  &destroy);
    if (output) find_tables(output->root, tables);
    return tables;
}

Document read_html_document(std::string_view bytes, const DocumentLimits&) {
    Document document;
    std::string html = decode_text(bytes);
    document.text = html_to_text(html);
    document.tables = html_tables(html);
    return document;
}

} // namespace mailclerk::parsers
