#include "parsers/grid/gumbo_tree.hpp"

#include <algorithm>
#include <iterator>

#include "common/utf8.hpp"

namespace mailclerk::grid {
namespace {

constexpr size_t k_html_cap = size_t{16} << 20;

const GumboVector k_no_children{nullptr, 0, 0};

constexpr GumboTag k_block_tags[] = {
    GUMBO_TAG_P,          GUMBO_TAG_DIV,     GUMBO_TAG_H1,      GUMBO_TAG_H2,
    GUMBO_TAG_H3,         GUMBO_TAG_H4,      GUMBO_TAG_H5,      GUMBO_TAG_H6,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_TR,      GUMBO_TAG_LI,      GUMBO_TAG_UL,
    GUMBO_TAG_OL,         GUMBO_TAG_DL,      GUMBO_TAG_DT,      GUMBO_TAG_DD,
    GUMBO_TAG_TABLE,      GUMBO_TAG_CAPTION, GUMBO_TAG_HR,      GUMBO_TAG_SECTION,
    GUMBO_TAG_ARTICLE,    GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,  GUMBO_TAG_ADDRESS,
    GUMBO_TAG_CENTER,     GUMBO_TAG_FORM,    GUMBO_TAG_FIELDSET};

} // namespace

GumboTree::GumboTree(std::string_view html)
    : m_input(utf8::sanitize(utf8::truncate(html, k_html_cap))), m_options(kGumboDefaultOptions) {
    m_options.max_errors = 0; // the error list is never read; do not build it
    m_output = gumbo_parse_with_options(&m_options, m_input.data(), m_input.size());
}

GumboTree::~GumboTree() {
    if (m_output != nullptr) gumbo_destroy_output(&m_options, m_output);
}

bool is_block(GumboTag tag) {
    return std::find(std::begin(k_block_tags), std::end(k_block_tags), tag) !=
           std::end(k_block_tags);
}

const GumboVector& children_of(const GumboNode* node) {
    if (node == nullptr) return k_no_children;
    if (node->type == GUMBO_NODE_DOCUMENT) return node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return node->v.element.children;
    return k_no_children;
}

std::string text_of(const GumboNode& node) {
    return utf8::sanitize(node.v.text.text);
}

std::string value_of(const GumboAttribute& attribute) {
    return utf8::sanitize(attribute.value);
}

std::string_view attribute_of(const GumboNode* node, const char* name) {
    if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
    const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute == nullptr ? std::string_view() : std::string_view(attribute->value);
}

bool is_element(const GumboNode* node, GumboTag tag) {
    return node != nullptr && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

} // namespace mailclerk::grid
