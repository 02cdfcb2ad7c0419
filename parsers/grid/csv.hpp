#pragma once
// CSV and TSV files (UTF-8 text; the caller decodes the bytes).
#include <string_view>

#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// The delimiter that splits the first lines into the most consistent number of fields, outside
// quotes: ',' ';' '\t' or '|'. ',' when nothing splits.
char sniff_delimiter(std::string_view text);

// RFC 4180: quoted fields with doubled quotes, delimiters and line breaks inside quotes; CR,
// LF and CRLF rows. At most max_rows rows are read.
Table read_csv(std::string_view text, char delimiter, std::string_view where = {},
               size_t max_rows = 200000);

} // namespace mailclerk::grid
