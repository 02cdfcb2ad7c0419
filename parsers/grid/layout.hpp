#pragma once
// Tables from positioned text: the words of a PDF page or an OCR'd scan, or the cells of plain
// text lines, become rows (by vertical position) and columns (by horizontal alignment across
// the rows of a block). One algorithm for every source that has no native grid.
#include <string>
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// A run of words on one line that belongs to one cell: words closer than a column gap.
struct Segment {
    std::string text;
    double x0 = 0, x1 = 0;
    float confidence = 100;
};

// One line of a page, segments left to right. `box` spans the line; `blank_before` counts the
// empty lines (text) or line-heights of empty space (PDF, OCR) above it.
struct Line {
    std::vector<Segment> segments;
    Box box;
    int blank_before = 0;
    size_t number = 0;  // 1-based line number on the page (text) or from the top (PDF, OCR)
    std::string source; // the line as written (text) or its segments joined (PDF, OCR)
};

// Lines of a page from its words: words whose vertical centres fall in one band form a line;
// within a line, a gap wider than about half the line height starts a new segment.
std::vector<Line> lines_from_words(std::vector<Word> words);

// The tables of a page: each block of lines that have two or more segments (with the
// one-segment lines between them: wrapped cells, section titles) becomes a table whose columns
// are the horizontal gaps no line of the block crosses. `where` names the page.
std::vector<Table> tables_from_lines(const std::vector<Line>& lines, std::string_view where);

// The page as text: one line per line, segments separated by two spaces, so prose and the
// full-text index read it.
std::string text_of_lines(const std::vector<Line>& lines);

} // namespace mailclerk::grid
