#include "parsers/grid/text_table.hpp"

#include <algorithm>
#include <map>

#include "common/utf8.hpp"
#include "parsers/grid/layout.hpp"

namespace mailclerk::grid {
namespace {

// `wide`: cells separated by runs of ideographic spaces (U+3000), as Japanese and Chinese
// mailers set tables in proportional fonts: the gaps, not the display columns, part the cells.
enum class Kind { blank, rule, pipe, tab, wide, aligned };

bool is_space_char(char32_t c) {
    return c == U' ' || c == U'\u3000' || c == U'\u00A0';
}

// The cells of a line parted by runs of spaces two display columns wide or wider (two ASCII
// or no-break spaces, one ideographic space), and whether any such run holds an ideographic
// space.
struct Gaps {
    std::vector<std::string> cells;
    bool ideographic = false;
};

Gaps split_at_gaps(std::string_view line) {
    Gaps out;
    std::string current;
    size_t pos = 0, run = 0, run_start = 0;
    bool wide = false;
    while (pos < line.size()) {
        size_t start = pos;
        char32_t c = utf8::next(line, pos);
        if (is_space_char(c)) {
            if (run == 0) run_start = start;
            run += c == U'\u3000' ? 2 : 1;
            wide = wide || c == U'\u3000';
            continue;
        }
        if (run >= 2 && !current.empty()) {
            out.cells.push_back(collapse_spaces(current));
            out.ideographic = out.ideographic || wide;
            current.clear();
        } else if (run > 0) {
            current.append(line.substr(run_start, start - run_start));
        }
        run = 0;
        wide = false;
        current.append(line.substr(start, pos - start));
    }
    if (!current.empty()) out.cells.push_back(collapse_spaces(current));
    return out;
}

bool is_rule_char(char32_t c) {
    return c == U'-' || c == U'=' || c == U'+' || c == U'|' || c == U':' || c == U'_' ||
           c == U'~' || c == U' ' || c == U'\t' || (c >= U'\u2500' && c <= U'\u257F');
}

Kind kind_of(std::string_view line) {
    if (utf8::trim(collapse_spaces(line)).empty()) return Kind::blank;
    size_t pos = 0, dashes = 0;
    bool rule = true;
    while (pos < line.size() && rule) {
        char32_t c = utf8::next(line, pos);
        rule = is_rule_char(c);
        dashes += (c == U'-' || c == U'=' || c == U'_' || c == U'\u2500' || c == U'\u2501');
    }
    if (rule && dashes >= 3) return Kind::rule;
    size_t bars = static_cast<size_t>(std::count(line.begin(), line.end(), '|'));
    for (size_t at = line.find("\u2502"); at != std::string_view::npos;
         at = line.find("\u2502", at + 1))
        ++bars;
    if (bars >= 2) return Kind::pipe;
    if (line.find('\t') != std::string_view::npos) return Kind::tab;
    if (split_at_gaps(line).ideographic) return Kind::wide;
    return Kind::aligned;
}

// "**HD-OR-20x3**", "__Total__": Markdown's strong emphasis around a whole cell is markup, not
// part of the text (a part number must read the same as in a spreadsheet).
std::string without_emphasis(std::string cell) {
    for (std::string_view mark : {"**", "__"}) {
        if (cell.size() <= 2 * mark.size() || !cell.starts_with(mark) || !cell.ends_with(mark))
            continue;
        std::string_view inner =
            std::string_view(cell).substr(mark.size(), cell.size() - 2 * mark.size());
        if (inner.find(mark) == std::string_view::npos) return std::string(utf8::trim(inner));
    }
    return cell;
}

std::vector<std::string> split_at(std::string_view line, Kind kind) {
    if (kind == Kind::wide) return split_at_gaps(line).cells;
    std::vector<std::string> cells;
    std::string current;
    size_t pos = 0;
    while (pos < line.size()) {
        size_t start = pos;
        char32_t c = utf8::next(line, pos);
        bool cut = kind == Kind::tab ? c == U'\t' : (c == U'|' || c == U'\u2502');
        if (cut) {
            cells.push_back(collapse_spaces(current));
            current.clear();
        } else {
            current.append(line.substr(start, pos - start));
        }
    }
    cells.push_back(collapse_spaces(current));
    if (kind == Kind::pipe) {
        // "| a | b |": the empty cells outside the outer bars are not columns
        if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
        if (!cells.empty() && cells.back().empty()) cells.pop_back();
        for (std::string& cell : cells)
            cell = without_emphasis(std::move(cell));
    } else {
        while (!cells.empty() && cells.back().empty())
            cells.pop_back();
    }
    return cells;
}

// An aligned line as segments at display columns: runs of two or more spaces split cells;
// tabs advance to the next multiple of 8.
Line aligned_line(std::string_view line, size_t number) {
    Line out;
    out.number = number;
    out.source = std::string(utf8::trim(line));
    out.box = {0, static_cast<double>(number - 1), 1, static_cast<double>(number)};
    size_t column = 0, pos = 0, spaces = 0;
    Segment current;
    auto flush = [&] {
        std::string text = collapse_spaces(current.text);
        if (!text.empty()) out.segments.push_back({text, current.x0, current.x1, 100});
        current = Segment{};
    };
    while (pos < line.size()) {
        size_t start = pos;
        char32_t c = utf8::next(line, pos);
        if (c == U'\t') {
            flush();
            spaces = 0;
            column = (column / 8 + 1) * 8;
            continue;
        }
        if (c == U'\r') continue;
        std::string_view piece = line.substr(start, pos - start);
        size_t width = display_width(piece);
        if (is_space_char(c)) {
            if (++spaces == 2) flush();
            if (!current.text.empty()) current.text.append(piece);
            column += width;
            continue;
        }
        if (current.text.empty()) current.x0 = static_cast<double>(column);
        spaces = 0;
        current.text.append(piece);
        column += width;
        current.x1 = static_cast<double>(column);
    }
    flush();
    out.box.x1 = static_cast<double>(std::max<size_t>(column, 1));
    return out;
}

struct RawLine {
    std::string_view text;
    size_t number;
    Kind kind;
};

// Tab lines whose cell counts agree are a grid (pasted from a spreadsheet), and so are lines
// parted by ideographic spaces; tabs and spaces used to line text up by eye (cells left empty,
// a header over two lines) are read as aligned text.
bool consistent_cells(const std::vector<RawLine>& run, Kind kind) {
    std::map<size_t, size_t> counts;
    for (const RawLine& line : run)
        ++counts[split_at(line.text, kind).size()];
    size_t modal = 0;
    for (const auto& [cells, count] : counts)
        modal = std::max(modal, count);
    return modal * 4 >= run.size() * 3;
}

Table index_table(const std::vector<RawLine>& run, Kind kind, std::string_view where) {
    Table table;
    table.where = std::string(where);
    table.first_row = run.front().number;
    size_t expected = run.front().number;
    for (const RawLine& line : run) {
        for (; expected < line.number; ++expected) { // rule lines keep the row numbering
            table.rows.emplace_back();
            table.lines.emplace_back();
        }
        std::vector<Cell> row;
        for (std::string& text : split_at(line.text, kind))
            row.push_back(Cell{std::move(text), {}, false, 100});
        table.rows.push_back(std::move(row));
        table.lines.emplace_back(utf8::trim(line.text));
        ++expected;
    }
    make_rectangular(table);
    return table;
}

class Reader {
  public:
    explicit Reader(std::string_view where) : m_where(where) {}

    void add(const RawLine& line) {
        if (line.kind == Kind::rule) return; // neither a row nor a break
        if (line.kind == Kind::blank) {
            ++m_blanks;
            return;
        }
        if (!m_run.empty() && m_run.front().kind != line.kind) flush_run();
        if (line.kind == Kind::aligned) {
            add_aligned(line);
        } else {
            if (m_blanks > 1 || (m_blanks == 1 && parts_tables(line))) flush_run();
            m_run.push_back(line);
        }
        m_blanks = 0;
    }

    std::vector<Table> finish() {
        flush_run();
        flush_aligned();
        return std::move(m_tables);
    }

  private:
    // One blank line inside a pasted grid or a double-spaced table is spacing; between lines
    // parted by ideographic spaces it parts a table from its totals or terms when the count of
    // cells changes across it.
    bool parts_tables(const RawLine& line) const {
        return line.kind == Kind::wide && !m_run.empty() &&
               split_at(line.text, Kind::wide).size() !=
                   split_at(m_run.back().text, Kind::wide).size();
    }

    void add_aligned(const RawLine& line) {
        Line l = aligned_line(line.text, line.number);
        l.blank_before = std::min(m_blanks, 3);
        m_aligned.push_back(std::move(l));
    }

    void flush_run() {
        if (m_run.empty()) return;
        flush_aligned();
        Kind kind = m_run.front().kind;
        // A lone gapped line is no table of its own: a sentence or a signature with a word
        // space, read as aligned text like any other line.
        bool lone = kind == Kind::wide && m_run.size() < 2;
        if (lone || ((kind == Kind::tab || kind == Kind::wide) && !consistent_cells(m_run, kind))) {
            for (const RawLine& line : m_run)
                add_aligned(line);
            flush_aligned();
        } else {
            m_tables.push_back(index_table(m_run, kind, m_where));
        }
        m_run.clear();
    }

    void flush_aligned() {
        if (m_aligned.empty()) return;
        for (Table& table : tables_from_lines(m_aligned, m_where))
            m_tables.push_back(std::move(table));
        m_aligned.clear();
    }

    std::string_view m_where;
    std::vector<RawLine> m_run;
    std::vector<Line> m_aligned;
    std::vector<Table> m_tables;
    int m_blanks = 0;
};

} // namespace

std::vector<Table> text_tables(std::string_view text, std::string_view where) {
    Reader reader(where);
    size_t pos = 0, number = 1;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        reader.add({line, number, kind_of(line)});
        pos = end + 1;
        ++number;
    }
    return reader.finish();
}

size_t display_width(std::string_view text) {
    size_t width = 0, pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace mailclerk::grid
