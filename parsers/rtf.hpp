#pragma once
// Rich Text Format documents (.rtf, as WordPad, Word and ERP exports write them; also the body
// of a TNEF winmail.dat): their text, and their tables (\trowd … \cell … \row) as grids.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/grid.hpp"

namespace mailclerk::parsers {

struct RtfContent {
    std::string text; // paragraphs as lines; a table row as its cells separated by tabs
    std::vector<grid::Table> tables;
};

// Does the text start like RTF ("{\rtf")?
bool looks_like_rtf(std::string_view bytes);

// Code-page bytes (\'hh) are read in the document's \ansicpg (windows-1252 when none), \uN as
// Unicode; font tables, styles, pictures, headers and other hidden destinations are skipped.
// ErrorCode::parse when the bytes are no RTF.
Result<RtfContent> read_rtf(std::string_view bytes);

} // namespace mailclerk::parsers
