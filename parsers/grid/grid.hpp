#pragma once
// The one table layer: every document (HTML, DOCX, CSV, XLSX, XLS, PDF, scanned pages, plain
// text) becomes tables of positioned cells, and one reader (parsers/pricing/) reads prices out
// of them. Native grids give row and column; PDF and OCR words also give a bounding box.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/grid/geometry.hpp"

namespace mailclerk::grid {

// One cell of a rectangular table. A merged cell (rowspan/colspan, w:vMerge, <mergeCell>) puts
// its text into every position it covers; the copies say `spanned` so a reader can tell a
// product name that covers three rows from three rows that each name it.
struct Cell {
    std::string text; // UTF-8, trimmed, inner whitespace runs collapsed to one space
    Box box;          // where it sits on the page, when the source has geometry
    bool spanned = false;
    float confidence = 100; // the lowest OCR confidence of its words
    bool operator==(const Cell&) const = default;
};

// Rows of equal length. `where` names the table for a person ("Sheet1", "page 2", "table 1",
// "quote.zip/prices.xlsx: Prices"); `first_row` is the source row number of rows[0] (1-based
// sheet rows, text lines) so a cell can be referred to as where + row.
struct Table {
    std::vector<std::vector<Cell>> rows;
    std::string where;
    size_t first_row = 1;
    // The source line of each row when the table was laid out from text (same size as rows),
    // else empty: kept so an item can show the line it came from exactly as written.
    std::vector<std::string> lines;

    size_t width() const { return rows.empty() ? 0 : rows.front().size(); }
    bool empty() const { return rows.empty(); }
};

// A workbook holds at most this many non-empty cells, and a table at most this many places
// (rows x widest row): the grid is dense, and a sparse format (XLSX cell references, XLS
// dimensions, ODS repeats) can ask for billions of places in a few hundred bytes. Readers refuse
// a workbook beyond either bound.
constexpr size_t k_max_cells = 4'000'000;
constexpr bool within_cells(size_t rows, size_t width) {
    return width == 0 || rows <= k_max_cells / width;
}

// What one document's tables may hold in all, for the readers of zipped formats (DOCX, ODT):
// their 260 KB may unpack to 64 MB of XML whose spans and repeats copy a cell (and its text)
// thousands of times more. Such a reader charges every cell it keeps, padding included, and
// stops once the budget is spent; the document is then refused.
class CellBudget {
  public:
    static constexpr size_t k_max_text = 64u << 20; // bytes of cell text, copies included
    static constexpr const char* k_spent = "its tables hold more than 4 million cells or 64 MB";

    // Whether `cell` may be kept (charging it); false from the first cell past a bound on.
    bool take(const Cell& cell);
    // make_rectangular() when the padding fits the budget; else, or when the budget was spent
    // while the table was read (a cut table), the table's rows are dropped.
    void make_rectangular(Table& table);
    bool spent() const { return m_spent; }

  private:
    size_t m_places = 0, m_text = 0;
    bool m_spent = false;
};

// A table built from plain strings (tests, simple readers); rows are padded to the widest.
Table make_table(const std::vector<std::vector<std::string>>& rows, std::string where = {});

// The row's cell texts joined by " | ", trailing empty cells dropped: how an item shows the
// row it came from when the source had no line of its own.
std::string row_text(const std::vector<Cell>& row);

// Pad every row to the widest with empty cells.
void make_rectangular(Table& table);

// Collapse runs of white space (ASCII, NBSP, ideographic and other Unicode spaces) to one
// ASCII space and trim the ends.
std::string collapse_spaces(std::string_view text);

// Every white space a document may put between words: ASCII, NBSP, the Unicode spaces
// (en/em/thin/figure/narrow no-break) and the ideographic space.
inline bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
           c == U'\u00A0' || (c >= U'\u2000' && c <= U'\u200A') || c == U'\u202F' ||
           c == U'\u205F' || c == U'\u3000';
}

// collapse_spaces() one character at a time, for a caller that decodes the text anyway (a
// fold that maps characters and collapses spaces in one pass, not two).
class SpaceCollapser {
  public:
    explicit SpaceCollapser(size_t reserve) { m_out.reserve(reserve); }

    // The text's next character: `c` as decoded, `bytes` its UTF-8.
    void add(char32_t c, std::string_view bytes) {
        if (is_space(c)) {
            m_space = true;
            return;
        }
        if (c == U'\u200B' || c == U'\uFEFF') return; // zero-width space, stray BOM
        if (m_space && !m_out.empty()) m_out.push_back(' ');
        m_space = false;
        m_out.append(bytes);
    }

    // add() for an ASCII character, its own UTF-8: most of what is folded and collapsed, taken
    // without building a view of one byte.
    void add_ascii(char c) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) { // the ASCII spaces of is_space
            m_space = true;
            return;
        }
        if (m_space && !m_out.empty()) m_out.push_back(' ');
        m_space = false;
        m_out.push_back(c);
    }

    std::string take() { return std::move(m_out); }

  private:
    std::string m_out;
    bool m_space = false;
};

} // namespace mailclerk::grid
