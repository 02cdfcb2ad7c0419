#pragma once
// Inside parsers/grid: what the OpenDocument readers (.ods spreadsheets, .odt text) share. Both
// are a zip whose stored "mimetype" entry names the kind and whose content.xml holds the body,
// with paragraphs (<text:p>, <text:h>) and tables (<table:table>) written the same way.
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "common/result.hpp"

namespace mailclerk::grid::opendocument {

// Does the zip's "mimetype" entry say `mimetype`?
bool has_mimetype(std::string_view bytes, std::string_view mimetype);

// content.xml parsed, at most 64 MiB unpacked; ErrorCode::parse "not a readable .<what>: ..."
// when the bytes are no zip, have no content.xml or it is no XML.
Status load_content(std::string_view bytes, std::string_view what, pugi::xml_document& doc);

// A count attribute ("table:number-columns-repeated", "text:c"); 1 when absent or below 1.
size_t count_of(const pugi::xml_node& node, const char* attribute);

// The text of a paragraph: spans, links and fields as their text, <text:s text:c="3"/> as
// spaces, tabs and line breaks as themselves; notes and annotations left out.
void append_paragraph(std::string& out, const pugi::xml_node& paragraph);

} // namespace mailclerk::grid::opendocument
