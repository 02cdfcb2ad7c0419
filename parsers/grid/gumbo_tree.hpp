#pragma once
// The one owner of a gumbo parse tree, for every reader of HTML (the text renderer, the table
// reader, the web page's sanitizer): parse options, the error list turned off, the input capped.
#include <gumbo.h>
#include <string>
#include <string_view>

namespace mailclerk::grid {

class GumboTree {
  public:
    // Parses UTF-8 HTML (invalid sequences replaced first; gumbo wants UTF-8). Inputs beyond
    // 16 MiB are cut: gumbo's tree costs several times its input.
    explicit GumboTree(std::string_view html);
    ~GumboTree();
    GumboTree(const GumboTree&) = delete;
    GumboTree& operator=(const GumboTree&) = delete;

    // The document node (children: doctype, <html>), or nullptr when gumbo failed.
    const GumboNode* document() const { return m_output ? m_output->document : nullptr; }
    // The <html> element, or nullptr.
    const GumboNode* root() const { return m_output ? m_output->root : nullptr; }

  private:
    std::string m_input; // gumbo points into it
    GumboOptions m_options;
    GumboOutput* m_output = nullptr;
};

// The children of an element, document or template node (an empty vector for text nodes).
const GumboVector& children_of(const GumboNode* node);

// The decoded text of a text, whitespace or CDATA node, valid UTF-8. Gumbo 0.10 decodes an
// overflowing numeric character reference (&#x0ddddddddd9;) into a lone byte, so its strings
// are not valid UTF-8 even when its input was: invalid sequences become U+FFFD here.
std::string text_of(const GumboNode& node);

// An attribute's decoded value, valid UTF-8 (as text_of).
std::string value_of(const GumboAttribute& attribute);

// An element's attribute value, or "" when absent.
std::string_view attribute_of(const GumboNode* node, const char* name);

// Does the element set its text apart from what stands around it (paragraphs, headings, lists,
// quotes, tables and their rows, sections, <hr>)? Readers of text start a line for it, or put a
// space between its words and their neighbours'. <br> is not one: it breaks a line, nothing more.
bool is_block(GumboTag tag);

// Is the node an element with this tag?
bool is_element(const GumboNode* node, GumboTag tag);

} // namespace mailclerk::grid
