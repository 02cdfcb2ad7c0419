// Rows by vertical position, cells by horizontal gaps. A column is a stretch of the x axis that
// the segments of a block's lines cover; the gaps between columns are where no line (or, when
// one line bridges two columns, only that line) has text. This is what a reader does with a
// printed table whose rules were lost.
#include "parsers/grid/layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "common/utf8.hpp"

namespace mailclerk::grid {
namespace {

double centre_y(const Box& box) {
    return (box.y0 + box.y1) / 2;
}

Box unite(const Box& a, const Box& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool is_cjk(char32_t c) {
    return (c >= U'\u3040' && c <= U'\u30FF') || (c >= U'\u3400' && c <= U'\u9FFF') ||
           (c >= U'\uF900' && c <= U'\uFAFF') || (c >= U'\uFF00' && c <= U'\uFF60');
}

bool starts_cjk(std::string_view text) {
    size_t pos = 0;
    return !text.empty() && is_cjk(utf8::next(text, pos));
}

bool ends_cjk(std::string_view text) {
    size_t start = text.size();
    while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80)
        --start;
    if (start == 0) return false;
    size_t pos = start - 1;
    return is_cjk(utf8::next(text, pos));
}

// Words of one line, left to right, joined into segments where the gap is a word space.
Line line_of(std::vector<Word> words) {
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    double height = 0;
    for (const Word& w : words)
        height = std::max(height, w.box.height());
    // A column gap is wider than a word space (about a third of the font size); 0.6 of the
    // line's tallest box (capitals and descenders: the font size) separates them for PDF words
    // and OCR words alike, whose boxes hug the glyphs.
    double gap = 0.6 * height;
    Line line;
    for (const Word& w : words) {
        line.box = unite(line.box, w.box);
        bool join = !line.segments.empty() && w.box.x0 - line.segments.back().x1 < gap;
        if (!join) {
            line.segments.push_back({w.text, w.box.x0, w.box.x1, w.confidence});
            continue;
        }
        Segment& s = line.segments.back();
        // Glyph runs that touch are one word (poppler splits at font changes); Chinese and
        // Japanese put no spaces between words at all.
        if (w.box.x0 - s.x1 > 0.1 * height && !(ends_cjk(s.text) && starts_cjk(w.text)))
            s.text += ' ';
        s.text += w.text;
        s.x1 = std::max(s.x1, w.box.x1);
        s.confidence = std::min(s.confidence, w.confidence);
    }
    for (const Segment& s : line.segments)
        line.source += (line.source.empty() ? "" : "  ") + s.text;
    return line;
}

// Is the line one a table has: two or more cells?
bool tabular(const Line& line) {
    return line.segments.size() >= 2;
}

// Columns of a block: maximal x intervals where more than `allowed` of the tabular lines have
// text. Returned left to right.
std::vector<std::pair<double, double>> columns_of(const std::vector<const Line*>& block,
                                                  int allowed) {
    std::map<double, int> events; // x -> change in coverage
    for (const Line* line : block) {
        if (!tabular(*line)) continue;
        for (const Segment& s : line->segments) {
            events[s.x0] += 1;
            events[std::max(s.x1, s.x0 + 1e-6)] -= 1;
        }
    }
    std::vector<std::pair<double, double>> columns;
    int coverage = 0;
    double start = 0;
    bool open = false;
    for (const auto& [x, change] : events) {
        coverage += change;
        if (!open && coverage > allowed) {
            open = true;
            start = x;
        } else if (open && coverage <= allowed) {
            open = false;
            columns.emplace_back(start, x);
        }
    }
    return columns;
}

// The count of cells the block's item lines have: the most segments that a quarter of its
// tabular lines (two at least) have, so that short total and section lines, however many,
// do not hide the columns of the items.
size_t usual_segments(const std::vector<const Line*>& block) {
    std::map<size_t, int> counts;
    int lines = 0;
    for (const Line* line : block)
        if (tabular(*line)) {
            ++counts[line->segments.size()];
            ++lines;
        }
    int enough = std::max(2, lines / 4);
    for (auto it = counts.rbegin(); it != counts.rend(); ++it)
        if (it->second >= enough) return it->first;
    size_t best = 0;
    int best_count = 0;
    for (const auto& [segments, count] : counts)
        if (count > best_count || (count == best_count && segments > best)) {
            best = segments;
            best_count = count;
        }
    return best;
}

// The columns that fit the block best: the strict gaps, unless a few lines bridging two
// columns (a section title over the description and its size, a "Freight to ..." label over
// the quantity and the price) hide a gap the other lines show. Then tolerate as many lines
// over a gap as it takes to reach the usual count of cells, up to a quarter of the lines.
std::vector<std::pair<double, double>> best_columns(const std::vector<const Line*>& block) {
    auto best = columns_of(block, 0);
    size_t wanted = usual_segments(block);
    size_t lines = static_cast<size_t>(
        std::count_if(block.begin(), block.end(), [](const Line* l) { return tabular(*l); }));
    if (best.size() >= wanted || lines < 3) return best;
    int most = static_cast<int>(std::max<size_t>(1, lines / 4));
    for (int allowed = 1; allowed <= most && best.size() < wanted; ++allowed) {
        auto tolerant = columns_of(block, allowed);
        if (tolerant.size() > best.size() && tolerant.size() <= wanted) best = std::move(tolerant);
    }
    return best;
}

size_t column_of(const Segment& s, const std::vector<std::pair<double, double>>& columns) {
    size_t best = 0;
    double best_score = -1e300;
    for (size_t i = 0; i < columns.size(); ++i) {
        double overlap = std::min(s.x1, columns[i].second) - std::max(s.x0, columns[i].first);
        // No overlap: the nearer column, by distance (a negative score).
        if (overlap > best_score) {
            best_score = overlap;
            best = i;
        }
    }
    return best;
}

// The columns of a table under several wide lines (a document's reference, buyer and terms
// lines set in two or three runs across the page) that cover its gaps, more of them than
// best_columns tolerates: those of the lines with the block's most frequent count of cells,
// when three or more such lines show exactly that many columns.
std::vector<std::pair<double, double>> table_columns(const std::vector<const Line*>& block) {
    auto columns = best_columns(block);
    std::map<size_t, int> counts;
    for (const Line* line : block)
        if (tabular(*line)) ++counts[line->segments.size()];
    auto usual = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
    });
    if (usual == counts.end() || columns.size() >= usual->first || usual->second < 3)
        return columns;
    std::vector<const Line*> lines;
    for (const Line* line : block)
        if (tabular(*line) && line->segments.size() == usual->first) lines.push_back(line);
    auto own = columns_of(lines, 0);
    return own.size() == usual->first ? own : columns;
}

bool filled(const Table& table, size_t r, size_t c) {
    return !table.rows[r][c].text.empty();
}

// A header set left above numbers set right (or the reverse) leaves two columns that never
// share a line: the one with only the header's line (or two) and the one with the values. They
// are one column.
void join_header_columns(Table& table) {
    for (size_t c = 0; c + 1 < table.width();) {
        size_t left = 0, right = 0, both = 0;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            bool a = filled(table, r, c), b = filled(table, r, c + 1);
            left += a;
            right += b;
            both += a && b;
        }
        bool header_only = (left > 0 && left <= 2) || (right > 0 && right <= 2);
        if (both > 0 || left == 0 || right == 0 || !header_only) {
            ++c;
            continue;
        }
        for (auto& row : table.rows) {
            if (row[c].text.empty()) row[c] = row[c + 1];
            row.erase(row.begin() + static_cast<std::ptrdiff_t>(c + 1));
        }
    }
}

Table table_of(const std::vector<const Line*>& block, std::string_view where) {
    auto columns = table_columns(block);
    Table table;
    table.where = std::string(where);
    table.first_row = block.front()->number;
    if (columns.empty()) return table;
    for (const Line* line : block) {
        for (int i = 0; i < line->blank_before && !table.rows.empty(); ++i) {
            table.rows.emplace_back(columns.size());
            table.lines.emplace_back();
        }
        std::vector<Cell> row(columns.size());
        for (const Segment& s : line->segments) {
            Cell& cell = row[column_of(s, columns)];
            cell.text += (cell.text.empty() ? "" : " ") + s.text;
            cell.box = unite(cell.box, Box{s.x0, line->box.y0, s.x1, line->box.y1});
            cell.confidence = std::min(cell.confidence, s.confidence);
        }
        table.rows.push_back(std::move(row));
        table.lines.push_back(line->source);
    }
    join_header_columns(table);
    return table;
}

// A one-segment line inside a block (a wrapped cell, a group title) when a tabular line follows
// closely; at the end of a block it is prose and ends it.
bool continues_block(const std::vector<Line>& lines, size_t at) {
    for (size_t next = at + 1; next < lines.size() && next <= at + 2; ++next) {
        if (lines[next].blank_before > 0) return false;
        if (tabular(lines[next])) return true;
    }
    return false;
}

// Does every segment of the line sit in its own column of the block?
bool fits(const std::vector<const Line*>& block, const Line& line) {
    auto columns = table_columns(block);
    if (columns.empty()) return false;
    std::vector<bool> used(columns.size(), false);
    for (const Segment& s : line.segments) {
        size_t c = column_of(s, columns);
        double overlap = std::min(s.x1, columns[c].second) - std::max(s.x0, columns[c].first);
        if (overlap <= 0 || used[c]) return false;
        used[c] = true;
    }
    return true;
}

} // namespace

std::vector<Line> lines_from_words(std::vector<Word> words) {
    std::erase_if(words, [](const Word& w) { return w.text.empty() || w.box.empty(); });
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return centre_y(a.box) < centre_y(b.box); });
    std::vector<std::vector<Word>> groups;
    double band_centre = 0, band_height = 0;
    for (Word& w : words) {
        double half = std::max(band_height, w.box.height()) / 2;
        if (groups.empty() || std::abs(centre_y(w.box) - band_centre) >= half) {
            groups.emplace_back();
            band_centre = centre_y(w.box);
            band_height = w.box.height();
        }
        groups.back().push_back(std::move(w));
    }
    std::vector<Line> lines;
    std::vector<double> heights;
    for (auto& group : groups) {
        lines.push_back(line_of(std::move(group)));
        heights.push_back(lines.back().box.height());
    }
    double height = median(heights);
    for (size_t i = 0; i < lines.size(); ++i)
        lines[i].number = i + 1;
    for (size_t i = 1; i < lines.size() && height > 0; ++i) {
        double gap = lines[i].box.y0 - lines[i - 1].box.y1;
        lines[i].blank_before = static_cast<int>(std::floor(gap / (1.5 * height)));
        lines[i].blank_before = std::clamp(lines[i].blank_before, 0, 3);
    }
    return lines;
}

std::vector<Table> tables_from_lines(const std::vector<Line>& lines, std::string_view where) {
    std::vector<Table> tables;
    std::vector<const Line*> block;
    auto close = [&] {
        if (!block.empty()) {
            Table table = table_of(block, where);
            if (!table.empty()) tables.push_back(std::move(table));
        }
        block.clear();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (line.blank_before > 1) close();
        if (tabular(line)) {
            // One empty line inside a table is spacing; before a line whose cells do not sit
            // in the columns so far, it is the start of another table.
            if (!block.empty() && line.blank_before == 1 && !fits(block, line)) close();
            block.push_back(&line);
        } else if (!block.empty() && line.blank_before == 0 && continues_block(lines, i)) {
            block.push_back(&line);
        } else {
            close();
        }
    }
    close();
    return tables;
}

std::string text_of_lines(const std::vector<Line>& lines) {
    std::string out;
    for (const Line& line : lines) {
        for (int i = 0; i < line.blank_before; ++i)
            out += '\n';
        out += line.source;
        out += '\n';
    }
    return out;
}

} // namespace mailclerk::grid
