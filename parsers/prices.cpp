// Table reading is one loop over rows of positioned cells: grid tables (HTML, CSV, XLSX) put
// cell i at column i; plain-text lines put each cell at its display column, so a row whose
// cells do not line up one-to-one with the header is mapped by overlap with the header's spans.
#include "parsers/prices.hpp"

#include <algorithm>
#include <optional>

#include "common/utf8.hpp"
#include "parsers/decimal.hpp"
#include "parsers/price_terms.hpp"

namespace mailclerk::parsers {
namespace {

struct Cell {
    std::string text;
    size_t start = 0; // display column (text) or column index (grid)
    size_t end = 0;
};

struct Row {
    std::vector<Cell> cells;
    std::string line;  // the source text of the row
    bool grid = false; // cells are columns of a grid: map by index
};

struct Header {
    std::vector<Column> columns;
    std::vector<Cell> cells;
    PriceContext from_price_header; // "Unit Price (USD, FOB Ningbo)"
    std::string unit;               // "USD/pc"
    bool grid = false;
};

bool is_space_at(std::string_view line, size_t at, size_t& length) {
    if (line[at] == ' ') {
        length = 1;
        return true;
    }
    if (line.substr(at).starts_with("\u3000")) {
        length = 3;
        return true;
    }
    return false;
}

// Cells separated by tabs, by '|', or by runs of two or more spaces.
Row split_line(std::string_view line) {
    Row row;
    row.line = std::string(utf8::trim(line));
    char separator = line.find('\t') != std::string_view::npos        ? '\t'
                     : std::count(line.begin(), line.end(), '|') >= 2 ? '|'
                                                                      : 0;
    size_t column = 0, at = 0;
    std::string current;
    size_t current_start = 0;
    auto flush = [&] {
        std::string_view text = utf8::trim(current);
        if (!text.empty() || separator != 0)
            row.cells.push_back({std::string(text), current_start, column});
        current.clear();
    };
    while (at < line.size()) {
        size_t length = 0;
        bool split = false;
        if (separator != 0 && line[at] == separator) {
            split = true;
            length = 1;
        } else if (separator == 0 && is_space_at(line, at, length)) {
            size_t next_length = 0;
            split = at + length < line.size() && is_space_at(line, at + length, next_length);
            if (split) {
                while (at < line.size() && is_space_at(line, at, length)) {
                    column += length == 3 ? 2 : 1;
                    at += length;
                }
                flush();
                current_start = column;
                continue;
            }
        }
        if (split) {
            flush();
            at += length;
            ++column;
            current_start = column;
            continue;
        }
        size_t pos = at;
        utf8::next(line, pos);
        std::string_view piece = line.substr(at, pos - at);
        if (current.empty() && piece == " ")
            ++current_start;
        else
            current.append(piece);
        column += display_width(piece);
        at = pos;
    }
    flush();
    if (separator == '|') {
        // "| a | b |": the empty cells outside the outer bars are not columns
        if (!row.cells.empty() && row.cells.front().text.empty())
            row.cells.erase(row.cells.begin());
        if (!row.cells.empty() && row.cells.back().text.empty()) row.cells.pop_back();
    }
    return row;
}

std::optional<Header> read_header(const Row& row) {
    Header header;
    header.grid = row.grid;
    bool price = false, product = false, model = false;
    for (const Cell& cell : row.cells) {
        Column column = classify_header(cell.text);
        header.columns.push_back(column);
        header.cells.push_back(cell);
        if (column == Column::price && !price) {
            price = true;
            header.from_price_header = context_of(cell.text);
            header.unit = find_unit_after_slash(cell.text);
        } else if (column == Column::price) {
            header.columns.back() = Column::none; // a second price column: the first wins
        }
        // "型号 | 规格", "Model | Spec.": the second names a variant of the model, as a size does.
        if (column == Column::model && model) header.columns.back() = Column::size;
        model = model || column == Column::model;
        product = product || column == Column::product || column == Column::model ||
                  column == Column::size;
    }
    // "Item" numbers the rows when a description column follows, else it names the product.
    for (size_t i = 0; i < header.cells.size() && !product; ++i)
        if (utf8::ascii_lower(utf8::trim(header.cells[i].text)).starts_with("item")) {
            header.columns[i] = Column::product;
            product = true;
        }
    if (!price || !product) return std::nullopt;
    return header;
}

size_t overlap(size_t a, size_t b, size_t c, size_t d) {
    size_t lo = std::max(a, c), hi = std::min(b, d);
    return hi > lo ? hi - lo : 0;
}

// The header column each cell of the row belongs to.
std::vector<Column> map_row(const Header& header, const Row& row) {
    std::vector<Column> out(row.cells.size(), Column::none);
    if (header.grid || row.cells.size() == header.cells.size()) {
        for (size_t i = 0; i < row.cells.size() && i < header.columns.size(); ++i)
            out[i] = header.columns[i];
        return out;
    }
    for (size_t i = 0; i < row.cells.size(); ++i) {
        size_t best = 0, best_overlap = 0;
        for (size_t j = 0; j < header.cells.size(); ++j) {
            size_t span_start = j == 0 ? 0 : header.cells[j].start;
            size_t span_end = j + 1 < header.cells.size() ? header.cells[j + 1].start : SIZE_MAX;
            size_t o = overlap(row.cells[i].start, row.cells[i].end, span_start, span_end);
            if (o > best_overlap) {
                best_overlap = o;
                best = j;
            }
        }
        if (best_overlap > 0) out[i] = header.columns[best];
    }
    return out;
}

struct Amount {
    std::string value;
    std::string currency;
    std::string unit;
};

// "USD 12.50/pc", "¥1.250,00", "12.50元/件", "$0.85": a positive price, or nullopt.
std::optional<Amount> parse_amount(std::string_view cell) {
    Amount amount;
    amount.currency = find_currency(cell);
    amount.unit = find_unit_after_slash(cell);
    std::string text(cell);
    if (size_t slash = text.find('/'); slash != std::string::npos) text.resize(slash);
    std::string lower = utf8::ascii_lower(text);
    if (size_t per = lower.find(" per "); per != std::string::npos) text.resize(per);
    // Strip everything before the first digit and after the number when it is a currency or
    // a unit word; anything else around the number means this is not a price.
    size_t first = text.find_first_of("0123456789");
    if (first == std::string::npos) return std::nullopt;
    std::string prefix = text.substr(0, first);
    if (!utf8::trim(prefix).empty() && find_currency(prefix).empty()) return std::nullopt;
    size_t last = text.find_last_of("0123456789");
    std::string suffix(utf8::trim(std::string_view(text).substr(last + 1)));
    if (!suffix.empty() && find_currency(suffix).empty() && normalise_unit(suffix).empty())
        return std::nullopt;
    if (amount.unit.empty() && !suffix.empty()) amount.unit = normalise_unit(suffix);
    auto value = parse_decimal(std::string_view(text).substr(first, last + 1 - first));
    if (!value || value->starts_with('-') || value->find_first_not_of("0.") == std::string::npos)
        return std::nullopt;
    amount.value = *value;
    return amount;
}

// "1,000 pcs", "MOQ 500", "2吨": the number and the unit written after it.
std::pair<std::string, std::string> parse_quantity(std::string_view cell) {
    size_t first = cell.find_first_of("0123456789");
    if (first == std::string_view::npos) return {};
    size_t end = first;
    while (end < cell.size() && (std::isdigit(static_cast<unsigned char>(cell[end])) ||
                                 cell[end] == ',' || cell[end] == '.'))
        ++end;
    auto value = parse_decimal(cell.substr(first, end - first));
    if (!value) return {};
    return {*value, find_trailing_unit(cell.substr(first))};
}

void take_cell(PriceItem& item, Column column, const std::string& text, bool& priced) {
    switch (column) {
    case Column::product:
        if (item.product.empty()) item.product = text;
        break;
    case Column::model:
        if (item.model.empty()) item.model = text;
        break;
    case Column::size:
        // One model in several sizes is several products: the size joins the model.
        if (!text.empty()) item.model = item.model.empty() ? text : item.model + " " + text;
        break;
    case Column::quantity:
        if (auto [value, unit] = parse_quantity(text); !value.empty()) {
            item.quantity = value;
            if (item.unit.empty()) item.unit = unit;
        }
        break;
    case Column::unit:
        if (std::string unit = normalise_unit(text); !unit.empty()) item.unit = unit;
        break;
    case Column::currency:
        if (item.currency.empty()) item.currency = find_currency(text);
        break;
    case Column::term:
        if (item.incoterm.empty()) item.incoterm = find_incoterm(text);
        break;
    case Column::price:
        if (auto amount = parse_amount(text)) {
            priced = true;
            item.unit_price = amount->value;
            if (!amount->currency.empty()) item.currency = amount->currency;
            if (!amount->unit.empty() && item.unit.empty()) item.unit = amount->unit;
        }
        break;
    default:
        break;
    }
}

bool only_a_number(const std::string& text) {
    return parse_decimal(text).has_value();
}

std::optional<PriceItem> read_item(const Header& header, const Row& row,
                                   const PriceContext& context) {
    for (const Cell& cell : row.cells)
        if (is_totals_row(cell.text)) return std::nullopt;
    std::vector<Column> columns = map_row(header, row);
    PriceItem item;
    bool priced = false;
    // Unit and currency columns first: they override what a price cell implies.
    for (Column pass : {Column::unit, Column::currency, Column::model, Column::size})
        for (size_t i = 0; i < row.cells.size(); ++i)
            if (columns[i] == pass) take_cell(item, pass, row.cells[i].text, priced);
    for (size_t i = 0; i < row.cells.size(); ++i)
        if (columns[i] != Column::unit && columns[i] != Column::currency &&
            columns[i] != Column::model && columns[i] != Column::size)
            take_cell(item, columns[i], row.cells[i].text, priced);
    if (!priced || (item.product.empty() && item.model.empty())) return std::nullopt;
    if (item.model.empty() && only_a_number(item.product)) return std::nullopt;
    if (item.unit.empty()) item.unit = header.unit;
    const PriceContext& h = header.from_price_header;
    if (item.currency.empty()) item.currency = !h.currency.empty() ? h.currency : context.currency;
    if (item.incoterm.empty()) item.incoterm = !h.incoterm.empty() ? h.incoterm : context.incoterm;
    item.validity = context.validity;
    item.line = row.line;
    item.product_key = product_key(item.model.empty() ? item.product : item.model);
    return item;
}

bool blank(const Row& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const Cell& c) { return c.text.empty(); });
}

// Rows to items: each header row opens a table; a table ends at a totals row, two blank rows
// or three rows in a row that are not items.
std::vector<PriceItem> extract_rows(const std::vector<Row>& rows, const PriceContext& context) {
    std::vector<PriceItem> items;
    std::optional<Header> header;
    int misses = 0, blanks = 0;
    for (const Row& row : rows) {
        if (auto found = read_header(row)) {
            header = std::move(found);
            misses = blanks = 0;
            continue;
        }
        if (!header) continue;
        if (blank(row)) {
            if (++blanks >= 2) header.reset();
            continue;
        }
        blanks = 0;
        bool totals = std::any_of(row.cells.begin(), row.cells.end(),
                                  [](const Cell& c) { return is_totals_row(c.text); });
        if (totals) {
            header.reset();
            continue;
        }
        if (auto item = read_item(*header, row, context)) {
            items.push_back(std::move(*item));
            misses = 0;
        } else if (++misses >= 3) {
            header.reset();
        }
    }
    return items;
}

bool is_quote_intro(std::string_view line) {
    std::string_view t = utf8::trim(line);
    if (t.find("-----Original Message-----") != std::string_view::npos ||
        t.find("原始邮件") != std::string_view::npos ||
        t.find("原始郵件") != std::string_view::npos)
        return true;
    bool wrote = t.ends_with("wrote:") && t.starts_with("On ");
    bool chinese = t.starts_with("在") && (t.ends_with("写道：") || t.ends_with("寫道：") ||
                                           t.ends_with("写道:") || t.ends_with("寫道:"));
    return wrote || chinese;
}

bool is_header_block_start(std::string_view line, std::string_view next) {
    std::string_view t = utf8::trim(line), n = utf8::trim(next);
    bool from = t.starts_with("From:") || t.starts_with("发件人:") || t.starts_with("发件人：") ||
                t.starts_with("寄件者:") || t.starts_with("寄件者：") || t.starts_with("發件人:");
    bool sent = n.starts_with("Sent:") || n.starts_with("Date:") || n.starts_with("发送时间") ||
                n.starts_with("日期") || n.starts_with("寄件日期") || n.starts_with("To:");
    return from && sent;
}

} // namespace

PriceContext context_of(std::string_view text) {
    return {find_currency(text), find_incoterm(text), find_validity(text)};
}

std::vector<PriceItem> extract_from_table(const Table& table, const PriceContext& context) {
    std::vector<Row> rows;
    for (const auto& cells : table) {
        Row row;
        row.grid = true;
        for (size_t i = 0; i < cells.size(); ++i) {
            row.cells.push_back({std::string(utf8::trim(cells[i])), i, i + 1});
            if (!row.line.empty() || !row.cells.back().text.empty())
                row.line += (row.line.empty() ? "" : " | ") + row.cells.back().text;
        }
        while (row.line.ends_with(" | "))
            row.line.resize(row.line.size() - 3);
        rows.push_back(std::move(row));
    }
    return extract_rows(rows, context);
}

std::vector<PriceItem> extract_from_text(std::string_view text, const PriceContext& context) {
    std::vector<Row> rows;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        rows.push_back(split_line(line));
        pos = end + 1;
    }
    return extract_rows(rows, context);
}

std::string fresh_part(std::string_view body) {
    std::vector<std::string_view> lines;
    size_t pos = 0;
    while (pos < body.size()) {
        size_t end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        lines.push_back(body.substr(pos, end - pos));
        pos = end + 1;
    }
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view next = i + 1 < lines.size() ? lines[i + 1] : std::string_view{};
        if (is_quote_intro(lines[i]) || is_header_block_start(lines[i], next)) break;
        if (utf8::trim(lines[i]).starts_with(">")) continue;
        out.append(lines[i]);
        out.push_back('\n');
    }
    return out;
}

} // namespace mailclerk::parsers
