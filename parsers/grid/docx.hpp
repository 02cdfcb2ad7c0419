#pragma once
// Word documents (.docx): the body's paragraphs as lines of text and each table as a grid, with
// horizontally merged cells (w:gridSpan, w:gridBefore) and vertically merged ones (w:vMerge)
// expanded so every row has the same columns.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

struct DocxContent {
    std::string text;          // paragraphs one per line, table rows as tab-separated lines
    std::vector<Table> tables; // "table 1", "table 2", ... in document order
};

// Add a table read from the body: its rows as tab-separated lines of the text, the table in
// document order, then the tables nested in its cells.
void add_body_table(DocxContent& content, Table table, std::vector<Table> nested);

// Once the body is read: its text made valid UTF-8, its tables named "table 1", "table 2", ...
// in document order.
void finish_body(DocxContent& content);

// ErrorCode::parse when the bytes are not a readable .docx. word/document.xml may unpack to
// at most 64 MiB.
Result<DocxContent> read_docx(std::string_view bytes);

} // namespace mailclerk::grid
