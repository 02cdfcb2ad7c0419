#pragma once
// CSV as Excel and LibreOffice read it (RFC 4180): shared by the command line, the web page's
// downloads and the price-list.csv files in the archive.
#include <string>
#include <vector>

namespace mailclerk::sheets {

// One cell: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.
std::string csv_cell(const std::string& cell);
// One line of cells joined by commas, without the line end.
std::string csv_line(const std::vector<std::string>& cells);

} // namespace mailclerk::sheets
