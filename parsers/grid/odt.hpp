#pragma once
// OpenDocument text (.odt, as LibreOffice Writer, OpenOffice and WPS write it): the body's
// paragraphs, headings and list items as lines of text and each table (<table:table>) as a
// grid, with spanned cells (table:number-columns-spanned, table:number-rows-spanned, whose
// covered cells follow) expanded so every row has the same columns: the same shape a Word
// document is read into.
#include <string_view>

#include "common/result.hpp"
#include "parsers/grid/docx.hpp"

namespace mailclerk::grid {

// Does the zip hold an OpenDocument text (its "mimetype" entry says so)?
bool is_odt(std::string_view bytes);

// ErrorCode::parse when the bytes are not a readable .odt. content.xml may unpack to at most
// 64 MiB; spans and repeats are expanded to at most 256 columns and 10,000 rows per table.
// Tables are named "table 1", "table 2", ... in document order, tables nested in a cell after
// the table that holds them.
Result<DocxContent> read_odt(std::string_view bytes);

} // namespace mailclerk::grid
