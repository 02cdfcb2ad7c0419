#include "parsers/pricing/table_reader.hpp"

#include <algorithm>
#include <optional>

#include "common/utf8.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/judge.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/line_items.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/table_header.hpp"
#include "parsers/pricing/tier_cells.hpp"

namespace mailclerk::pricing {
namespace {

// US trade writes the count a price is for as a Roman numeral in its Per column: C = 100,
// M = 1,000 ("4.85 C" is 4.85 per hundred). Only capitals, and only in a column of price units,
// where a count stands, so "M" there is no metre.
std::string letter_count(std::string_view cell) {
    cell = utf8::trim(cell);
    if (cell == "C") return "100";
    if (cell == "M") return "1000";
    return {};
}

using detail::Header;

// A price-unit cell written as words around the count ("per 1,000 pcs", "je 100 Stk."): the
// count and the unit after it; nullopt when the cell holds no number.
std::optional<std::pair<std::string, std::string>> counted_per(std::string_view cell, Mark mark) {
    std::string number = number_text(cell);
    auto count = read_number(number, mark);
    if (!count) return std::nullopt;
    std::string_view after = cell.substr(cell.find(number) + number.size());
    return std::pair{*count, first_unit_word(after)};
}

constexpr size_t k_max_cascade = 3; // "40+10+5": at most three discounts one after another

// A discount cell as percentages applied one after the other: "5.00", "12,0", "10 %", "40+10"
// -> {"5.00"}, {"12.0"}, {"10"}, {"40", "10"}. Each must be a number from 0 to under 100; an
// empty cell is no discount; anything else (a word, an amount over 100) gives nullopt.
std::optional<std::vector<std::string>> discounts_in(std::string_view cell, Mark mark) {
    std::string text(utf8::trim(cell));
    std::erase_if(text, [](char c) { return c == '%' || c == ' '; });
    std::vector<std::string> out;
    if (text.empty()) return out;
    size_t from = 0;
    while (from <= text.size() && out.size() < k_max_cascade) {
        size_t plus = text.find('+', from);
        std::string part = text.substr(from, plus == std::string::npos ? plus : plus - from);
        auto percent = read_number(part, mark);
        // Under 100: at most two digits before the decimal point (canonical: no leading zero).
        if (!percent || percent->starts_with('-') ||
            percent->substr(0, percent->find('.')).size() > 2)
            return std::nullopt;
        out.push_back(*percent);
        if (plus == std::string::npos) return out;
        from = plus + 1;
    }
    return std::nullopt;
}

// The row's price less its discounts, exactly ("4.80" less 5 % is "4.56", "6.85" less 5 % is
// "6.5075"), as the line's amount is the quantity times it; nullopt when one does not apply.
std::optional<std::string> less_discounts(std::string price,
                                          const std::vector<std::string>& discounts) {
    for (const std::string& d : discounts) {
        auto net = apply_percent(price, "-" + d, Rounding::exact);
        if (!net) return std::nullopt;
        price = *net;
    }
    return price;
}

constexpr int k_max_misses = 6; // rows in a row that are no item end a table

// One body row read under one decimal mark.
struct RowData {
    size_t row = 0;
    std::string product, model, spec, unit, currency, incoterm;
    std::optional<Quantity> quantity;
    std::vector<std::optional<Money>> prices; // one per price column
    std::vector<std::optional<Money>> taxed;  // one per Header::taxed_prices column
    std::optional<Money> old_price, amount;
    std::string per;      // the price unit's cell ("100"), "" when the table has none
    std::string name;     // its description, else its first text
    std::string non_item; // lexicon::non_item_kind of its name
    bool blank = true;
    bool ocr = false;                                    // a cell came from OCR
    float price_confidence = 100, name_confidence = 100; // OCR's, of the price and name cells
    bool name_only = false;   // text in name columns only: a wrapped line or a group title
    bool single_text = false; // exactly one non-empty cell
    // The arithmetic showed the price is for `per` units though no header said so: the
    // header's "/M" was that count ("Price/M": per thousand), not a unit of measure.
    bool per_found = false;
};

const std::string& cell_at(const grid::Table& table, size_t r, std::optional<size_t> c) {
    static const std::string k_empty;
    if (!c || *c >= table.rows[r].size()) return k_empty;
    return table.rows[r][*c].text;
}

bool is_name_column(const Header& h, size_t c) {
    return c == h.product || c == h.model || c == h.category ||
           std::find(h.specs.begin(), h.specs.end(), c) != h.specs.end();
}

RowData read_row(const grid::Table& table, const Header& h, size_t r, Mark mark,
                 const std::string& yen) {
    RowData d;
    d.row = r;
    const auto& cells = table.rows[r];
    size_t filled = 0;
    bool outside_names = false;
    for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].text.empty()) continue;
        ++filled;
        d.ocr = d.ocr || cells[c].confidence < 100;
        if (!is_name_column(h, c) && c != h.index) outside_names = true;
    }
    d.blank = filled == 0;
    d.single_text = filled == 1;
    d.name_only = filled > 0 && !outside_names;
    d.product = cell_at(table, r, h.product);
    d.model = cell_at(table, r, h.model);
    for (size_t c : h.specs) {
        const std::string& spec = cell_at(table, r, c);
        if (!spec.empty() && spec != d.model && spec != d.product)
            d.spec += (d.spec.empty() ? "" : " ") + spec;
    }
    // "千只" in the unit column: the quantity and the price are counted in thousands.
    std::string count;
    if (h.unit) {
        const std::string& unit = cell_at(table, r, h.unit);
        count = count_unit(unit, d.unit);
        if (count.empty()) d.unit = normalise_unit(unit);
    }
    if (h.currency) d.currency = find_currency(cell_at(table, r, h.currency), yen);
    if (h.incoterm) d.incoterm = find_incoterm(cell_at(table, r, h.incoterm));
    if (h.quantity) d.quantity = read_quantity(cell_at(table, r, h.quantity), mark);
    auto discounts = h.discount ? discounts_in(cell_at(table, r, h.discount), mark)
                                : std::optional<std::vector<std::string>>{};
    for (const detail::PriceColumn& p : h.prices) {
        d.prices.push_back(
            scaled(read_money(cell_at(table, r, p.column), mark, yen, d.ocr), p.sense.scale));
        if (p.column < cells.size())
            d.price_confidence = std::min(d.price_confidence, cells[p.column].confidence);
        // A discount column makes the price less the discount ours, unless the column is
        // the net price already ("P.U. net HT" beside "Remise").
        if (auto& price = d.prices.back(); price && discounts && !p.sense.net_price) {
            if (auto net = less_discounts(price->value, *discounts))
                price->value = *net;
            else
                price.reset();
        }
    }
    for (auto c : {h.product, h.model})
        if (c && *c < cells.size() && !cells[*c].text.empty())
            d.name_confidence = std::min(d.name_confidence, cells[*c].confidence);
    // Each money column in the power of ten its header names ("金额（万元）").
    auto money_at = [&](size_t c) {
        int zeros = c < h.senses.size() ? h.senses[c].scale : 0;
        return scaled(read_money(cell_at(table, r, c), mark, yen, d.ocr), zeros);
    };
    for (size_t c : h.taxed_prices)
        d.taxed.push_back(money_at(c));
    if (h.old_price) d.old_price = money_at(*h.old_price);
    if (h.amount) d.amount = money_at(*h.amount);
    if (h.price_unit) {
        const std::string& per_cell = cell_at(table, r, h.price_unit);
        if (auto per = read_number(per_cell, mark))
            d.per = *per;
        else if (auto counted = counted_per(per_cell, mark)) {
            d.per = counted->first; // "per 1,000 pcs": the count, and the unit it counts
            if (d.unit.empty()) d.unit = counted->second;
        } else if (d.per = letter_count(per_cell); !d.per.empty() && d.unit.empty())
            d.unit = "pcs"; // C and M count pieces
    }
    if (!count.empty()) {
        if (d.per.empty()) d.per = count;
        if (d.quantity && d.quantity->unit.empty())
            d.quantity->value =
                multiply_by_power_of_ten(d.quantity->value, static_cast<int>(count.size()) - 1);
    }
    // The name a charge or total row gives itself: its description, else its first text.
    std::string name = !d.product.empty() ? d.product : d.model;
    for (size_t c = 0; name.empty() && c < cells.size(); ++c)
        if (!cells[c].text.empty() && !read_number(cells[c].text, Mark::dot)) name = cells[c].text;
    d.non_item = non_item_kind(name);
    if (d.non_item.empty() && h.category) d.non_item = non_item_kind(cell_at(table, r, h.category));
    d.name = std::move(name);
    return d;
}

bool has_price(const RowData& d) {
    if (d.prices.empty()) return d.old_price.has_value(); // a notice's list of current prices
    return std::any_of(d.prices.begin(), d.prices.end(),
                       [](const auto& m) { return m.has_value(); });
}

// Where the table under a header ends, and its rows as read with a decimal dot.
struct BodyExtent {
    size_t end = 0;              // the row after which the table ends (exclusive)
    std::vector<RowData> at_dot; // rows [header.last + 1, end) read with Mark::dot
};

// The row after which the table under this header ends (exclusive). A row's blankness, name
// and non-item kind do not depend on the mark it is read with, so the dot reading answers
// them; it is kept for read_body, which reads most tables with a dot (each row was read three
// times: a third of the import's price extraction).
BodyExtent body_end(const grid::Table& table, const Header& h, const TableContext& context) {
    BodyExtent out;
    // At most the rows below the header: no doubling of the vector past a large CSV's rows.
    if (h.last < table.rows.size()) out.at_dot.reserve(table.rows.size() - h.last - 1);
    int blanks = 0, misses = 0;
    auto ends = [&](size_t r) {
        out.end = r;
        out.at_dot.resize(r - (h.last + 1));
        return std::move(out);
    };
    for (size_t r = h.last + 1; r < table.rows.size(); ++r) {
        if (detail::header_at(table, r, context.yen)) return ends(r);
        const RowData& d = out.at_dot.emplace_back(read_row(table, h, r, Mark::dot, context.yen));
        if (d.blank) {
            if (++blanks >= 2) return ends(r);
            continue;
        }
        blanks = 0;
        if (d.non_item == "total") {
            std::string name = fold(d.name);
            bool sub = name.find("sub") != std::string::npos ||
                       name.find("小计") != std::string::npos ||
                       name.find("小計") != std::string::npos ||
                       name.find("zwischen") != std::string::npos;
            if (!sub) return ends(r + 1);
        }
        bool item = has_price(d) || has_price(read_row(table, h, r, Mark::comma, context.yen));
        if (item || d.name_only)
            misses = 0;
        else if (++misses >= k_max_misses)
            return ends(r);
    }
    return ends(table.rows.size());
}

// The numbers of the body as written, for deciding its decimal mark.
std::vector<std::string> body_numbers(const grid::Table& table, const Header& h, size_t from,
                                      size_t to) {
    std::vector<std::string> numbers;
    std::vector<size_t> columns;
    for (const auto& p : h.prices)
        columns.push_back(p.column);
    for (auto c : {h.amount, h.old_price})
        if (c) columns.push_back(*c);
    for (size_t r = from; r < to; ++r)
        for (size_t c : columns)
            if (std::string n = number_text(cell_at(table, r, c)); !n.empty()) numbers.push_back(n);
    return numbers;
}

struct Body {
    std::vector<RowData> rows;
    std::vector<Check> checks; // per row when the judge applies, else empty
    Mark mark = Mark::unknown;
    bool ambiguous = false; // both conventions hold and give other prices: nothing is read
};

bool same_prices(const Body& a, const Body& b) {
    for (size_t i = 0; i < a.rows.size() && i < b.rows.size(); ++i)
        for (size_t p = 0; p < a.rows[i].prices.size(); ++p) {
            const auto& x = a.rows[i].prices[p];
            const auto& y = b.rows[i].prices[p];
            if (x.has_value() != y.has_value() || (x && x->value != y->value)) return false;
        }
    return true;
}

// A price for 10, 100 or 1000 units (SAP's price unit "PE", "Preis/100 Stk") as the price of
// one; nullopt for a price unit that is no power of ten (not divided exactly here).
std::optional<std::string> per_unit(const std::string& price, const std::string& per) {
    if (per.empty() || per == "1") return price;
    if (per[0] != '1' || per.find_first_not_of('0', 1) != std::string::npos) return std::nullopt;
    return divide_by_power_of_ten(price, static_cast<int>(per.size()) - 1);
}

// The price unit a row's price is read with: its price-unit cell, the price cell itself
// ("89,00 / 100 Stk."), else its column's header.
const std::string& per_of(const RowData& d, const Header& h) {
    static const std::string k_none;
    if (!d.per.empty()) return d.per;
    if (!d.prices.empty() && d.prices[0] && !d.prices[0]->per.empty()) return d.prices[0]->per;
    return h.prices.empty() ? k_none : h.prices[0].sense.per;
}

// The rows as qty, price (of one unit) and amount for the judge.
std::vector<Line3> lines_of(const std::vector<RowData>& rows, const Header& h) {
    std::vector<Line3> lines;
    for (const RowData& d : rows) {
        std::string price;
        if (!d.prices.empty() && d.prices[0])
            price = per_unit(d.prices[0]->value, per_of(d, h)).value_or("");
        lines.push_back(
            {d.quantity ? d.quantity->value : "", price, d.amount ? d.amount->value : ""});
    }
    return lines;
}

// An amount column that sums the price with tax (含税金额 beside 不含税单价 and 含税单价): a
// row whose amount is qty × its taxed price passes too.
void check_taxed(Body& body) {
    for (size_t i = 0; i < body.rows.size(); ++i) {
        const RowData& d = body.rows[i];
        if (body.checks[i] != Check::fail) continue;
        for (const auto& taxed : d.taxed)
            if (taxed && judge({{d.quantity->value, taxed->value, d.amount->value}}, false)[0] ==
                             Check::pass)
                body.checks[i] = Check::pass;
    }
}

// Prices per 10, 100 or 1000 units that no header says so of ("Price/M" for a thousand
// screws, "Rate" per 100 m): when no row holds as qty × price = amount and every checkable row
// holds with one such price unit, the table's prices are for that many units.
void find_price_unit(const Header& h, Body& body) {
    if (count(body.checks, Check::pass) > 0 || count(body.checks, Check::fail) == 0) return;
    for (std::string per : {"10", "100", "1000"}) {
        std::vector<RowData> rows = body.rows;
        for (RowData& d : rows)
            if (d.per.empty()) {
                d.per = per;
                d.per_found = true;
            }
        std::vector<Check> checks = judge(lines_of(rows, h), false);
        if (count(checks, Check::fail) > 0 || count(checks, Check::pass) == 0) continue;
        body.rows = std::move(rows);
        body.checks = std::move(checks);
        return;
    }
}

// A quantity written "1.000" in a table whose prices use a decimal dot is a thousand when the
// arithmetic says so (a thousands separator from another habit, or a comma OCR read as a dot):
// rows that fail as one and pass as a thousand take the thousand.
void regroup_quantities(const grid::Table& table, const Header& h, Body& body) {
    for (size_t i = 0; i < body.rows.size(); ++i) {
        RowData& d = body.rows[i];
        if (body.checks[i] != Check::fail || !d.quantity) continue;
        std::string text = number_text(cell_at(table, d.row, h.quantity));
        Mark other = body.mark == Mark::dot ? Mark::comma : Mark::dot;
        auto alternative = read_number(text, other);
        // Only "1.000" read as a thousand, never a thousand read as a fraction.
        if (!alternative || *alternative == d.quantity->value ||
            alternative->find('.') != std::string::npos)
            continue;
        Line3 line{*alternative, per_unit(d.prices[0]->value, per_of(d, h)).value_or(""),
                   d.amount->value};
        if (judge({line})[0] != Check::pass) continue;
        d.quantity->value = *alternative;
        body.checks[i] = Check::pass;
    }
}

// at_dot: rows [from, to) as read_row reads them with Mark::dot under this header (taken), or
// null.
Body read_body(const grid::Table& table, const Header& h, size_t from, size_t to,
               const TableContext& context, std::vector<RowData>* at_dot) {
    // The table's own numbers decide its convention; when none proves one, the arithmetic does;
    // when both readings hold, the document's (or its currency's usual) convention; without
    // that, an ambiguous table yields nothing.
    Mark proven = decimal_mark_of(body_numbers(table, h, from, to), Mark::unknown);
    bool judged = h.quantity && h.amount && h.prices.size() == 1;
    // "Harga (Rp)" over "2.150": the currency the header names has its country's convention.
    Mark usual = context.mark != Mark::unknown ? context.mark : usual_mark(h.table_terms.currency);
    std::vector<Mark> candidates{proven != Mark::unknown ? proven : usual};
    if (proven == Mark::unknown && judged) candidates = {Mark::dot, Mark::comma};
    Body best;
    size_t best_pass = 0;
    for (Mark m : candidates) {
        Body body;
        body.mark = m;
        if (m == Mark::dot && at_dot)
            body.rows = std::move(*at_dot);
        else
            for (size_t r = from; r < to; ++r)
                body.rows.push_back(read_row(table, h, r, m, context.yen));
        if (judged) {
            body.checks = judge(lines_of(body.rows, h));
            regroup_quantities(table, h, body);
            check_taxed(body);
        }
        size_t passes = count(body.checks, Check::pass);
        bool tie =
            !best.rows.empty() && passes == best_pass && passes > 0 && !same_prices(best, body);
        if (tie && context.mark == Mark::unknown) best.ambiguous = true;
        if (tie && context.mark == m) best = std::move(body);
        if (best.rows.empty() || passes > best_pass) {
            best = std::move(body);
            best_pass = passes;
        }
    }
    // Only a table whose convention is settled, and whose rows all fail as written, is read
    // as priced per 10, 100 or 1000 (else "1.500 × 2.000 = 3.000" would read both ways).
    if (judged && best_pass == 0 && candidates.size() == 1) find_price_unit(h, best);
    return best;
}

std::string reference_of(const grid::Table& table, size_t r) {
    std::string where = table.where.empty() ? "" : table.where + " ";
    std::string noun = table.lines.empty() ? "row " : "line ";
    return where + noun + std::to_string(table.first_row + r);
}

std::string line_of(const grid::Table& table, size_t r) {
    if (r < table.lines.size() && !table.lines[r].empty()) return table.lines[r];
    return grid::row_text(table.rows[r]);
}

// A table whose every checkable row fails has no qty × price = amount at all: its columns
// are not what the header says, and none of its prices is trusted.
bool all_sums_fail(const Body& body) {
    return count(body.checks, Check::pass) == 0 && count(body.checks, Check::fail) > 0;
}

// OCR confidences (Tesseract's, 0-100) below which a cell is not trusted: digits no sum
// vouches for, and names, which no sum ever vouches for.
constexpr float k_ocr_digits_confidence = 80;
constexpr float k_ocr_name_confidence = 40;

// Should a row with this verdict become an item? A failed sum is never read; OCR'd rows need
// the arithmetic to vouch for their digits when the table allows it, and a name read with
// confidence whatever the sum says (qty x price = amount proves the digits, not that "PPT MH"
// is what the page says). `untrusted` is all_sums_fail(body), counted once per table rather
// than once per row.
bool admitted(const Body& body, size_t i, bool untrusted) {
    const RowData& row = body.rows[i];
    if (row.ocr && row.name_confidence < k_ocr_name_confidence) return false;
    if (body.checks.empty()) return !row.ocr || row.price_confidence >= k_ocr_digits_confidence;
    Check check = body.checks[i];
    if (check == Check::fail) return false;
    if (check == Check::unknown && row.ocr) return false;
    return !untrusted;
}

// Does the line an item of a headerless table was read from pass admitted()'s bars for OCR'd
// cells: names read with confidence, and digits too, as no header let a sum judge them? Lines
// of typed text always do.
bool trusted_line(const grid::Table& table, const PriceItem& item) {
    for (size_t r = 0; r < table.lines.size() && r < table.rows.size(); ++r) {
        if (utf8::trim(table.lines[r]) != utf8::trim(item.line)) continue;
        return std::all_of(table.rows[r].begin(), table.rows[r].end(), [](const grid::Cell& c) {
            bool digits = c.text.find_first_of("0123456789") != std::string::npos;
            return c.text.empty() ||
                   c.confidence >= (digits ? k_ocr_digits_confidence : k_ocr_name_confidence);
        });
    }
    return true;
}

// "$84.00" in a price list "en MXN": a bare dollar sign is the currency of the dollar or
// peso the document names, not the US dollar (never when the cell writes "US$" or "USD").
std::string dollar_of(std::string_view cell, const std::string& found,
                      const TableContext& context) {
    static constexpr std::string_view k_dollar_signs[] = {"MXN", "CAD", "AUD", "NZD", "SGD",
                                                          "HKD", "TWD", "CLP", "COP", "ARS"};
    if (found != "USD" || cell.find('$') == std::string_view::npos) return found;
    std::string folded = fold(cell);
    for (std::string_view us : {"us$", "u$s", "usd", "us ", "u.s."})
        if (folded.find(us) != std::string::npos) return found;
    for (std::string_view code : k_dollar_signs)
        if (context.terms.currency == code) return context.terms.currency;
    return found;
}

PriceItem make_item(const grid::Table& table, const Header& h, const RowData& d,
                    const detail::PriceColumn& column, const Money& price,
                    const TableContext& context, const std::string& group) {
    PriceItem item;
    item.product = d.product.empty() ? group : d.product;
    item.model = d.model;
    item.spec = d.spec;
    if (d.quantity) item.quantity = d.quantity->value;
    if (!column.sense.tier.empty()) item.quantity = column.sense.tier;
    std::string quantity_header_unit = h.quantity ? h.senses[*h.quantity].unit : "";
    item.unit = !d.unit.empty()                              ? d.unit
                : d.quantity && !d.quantity->unit.empty()    ? d.quantity->unit
                : !price.unit.empty()                        ? price.unit
                : !column.sense.unit.empty() && !d.per_found ? column.sense.unit
                : !quantity_header_unit.empty()              ? quantity_header_unit
                // The arithmetic showed "Price/M" prices a thousand pieces: the document's
                // "per M" is that count too, not a metre.
                : d.per_found ? "pcs"
                              : context.unit;
    item.currency = !price.currency.empty()
                        ? dollar_of(cell_at(table, d.row, column.column), price.currency, context)
                    : !d.currency.empty()                     ? d.currency
                    : !column.sense.currency.empty()          ? column.sense.currency
                    : !h.table_terms.currency.empty()         ? h.table_terms.currency
                    : d.amount && !d.amount->currency.empty() ? d.amount->currency
                                                              : context.terms.currency;
    const std::string& per = !d.per.empty()       ? d.per
                             : !price.per.empty() ? price.per
                                                  : column.sense.per;
    item.unit_price = per_unit(price.value, per).value_or("");
    item.incoterm = !d.incoterm.empty()               ? d.incoterm
                    : !column.sense.incoterm.empty()  ? column.sense.incoterm
                    : !h.table_terms.incoterm.empty() ? h.table_terms.incoterm
                                                      : context.terms.incoterm;
    item.validity = context.terms.validity;
    item.status = context.status;
    if (d.old_price) item.previous_price = d.old_price->value;
    item.line = line_of(table, d.row);
    item.reference = reference_of(table, d.row);
    item.product_key = product_key_of(item);
    return item;
}

// A name-only row: the rest of the item above when the table was laid out from text (a wrapped
// description), else the title of the group of rows below ("Ball valves").
void take_name_row(const grid::Table& table, const RowData& d, std::vector<PriceItem>& items,
                   bool previous_was_item, std::string& group) {
    bool laid_out = !table.lines.empty();
    if (laid_out && previous_was_item && !items.empty()) {
        PriceItem& last = items.back();
        if (!d.product.empty()) last.product += (last.product.empty() ? "" : " ") + d.product;
        if (!d.spec.empty()) last.spec += (last.spec.empty() ? "" : " ") + d.spec;
        if (!d.model.empty() && last.model.empty()) last.model = d.model;
        last.product_key = product_key_of(last);
        return;
    }
    if (d.single_text) group = d.name;
}

void emit(const grid::Table& table, const Header& h, const Body& body, const TableContext& context,
          std::vector<PriceItem>& items) {
    if (body.ambiguous) return;
    bool untrusted = all_sums_fail(body);
    std::string group;
    bool previous_was_item = false;
    for (size_t i = 0; i < body.rows.size(); ++i) {
        const RowData& d = body.rows[i];
        if (d.blank) continue;
        if (!d.non_item.empty()) {
            previous_was_item = false;
            continue;
        }
        if (d.name_only) {
            take_name_row(table, d, items, previous_was_item, group);
            continue;
        }
        bool named = !d.product.empty() || !d.model.empty() || !d.spec.empty() || !group.empty();
        bool numbered_name = d.model.empty() && d.spec.empty() && read_number(d.product, Mark::dot);
        previous_was_item = false;
        if (!named || numbered_name || !admitted(body, i, untrusted)) continue;
        for (size_t p = 0; p < h.prices.size(); ++p)
            if (d.prices[p]) {
                Money price = *d.prices[p];
                if (h.prices[p].sense.list_price && !context.list_discount.empty()) {
                    auto net = apply_percent(price.value, "-" + context.list_discount);
                    if (!net) continue;
                    price.value = *net;
                }
                PriceItem item = make_item(table, h, d, h.prices[p], price, context, group);
                if (item.unit_price.empty()) continue;
                items.push_back(std::move(item));
                previous_was_item = true;
            }
        // A notice that lists current prices and says by how much they change.
        if (h.prices.empty() && d.old_price && !context.percent.empty())
            if (auto changed = apply_percent(d.old_price->value, context.percent)) {
                Money price = *d.old_price;
                price.value = *changed;
                detail::PriceColumn column{*h.old_price, h.senses[*h.old_price]};
                items.push_back(make_item(table, h, d, column, price, context, group));
                previous_was_item = true;
            }
    }
}

} // namespace

bool assigned(const Header& h, size_t c) {
    if (c == h.product || c == h.model || c == h.quantity || c == h.unit || c == h.amount ||
        c == h.currency || c == h.incoterm || c == h.index || c == h.old_price ||
        c == h.price_unit || c == h.discount)
        return true;
    if (std::find(h.taxed_prices.begin(), h.taxed_prices.end(), c) != h.taxed_prices.end())
        return true;
    if (std::find(h.specs.begin(), h.specs.end(), c) != h.specs.end()) return true;
    return std::any_of(h.prices.begin(), h.prices.end(),
                       [&](const detail::PriceColumn& p) { return p.column == c; });
}

// How many rows say qty × price = amount with these three columns.
size_t rows_holding(const grid::Table& table, size_t from, size_t to, size_t q, size_t p, size_t a,
                    Mark mark, const std::string& yen, size_t& complete) {
    std::vector<Line3> lines;
    for (size_t r = from; r < to; ++r) {
        auto quantity = read_quantity(cell_at(table, r, q), mark);
        auto price = read_money(cell_at(table, r, p), mark, yen, true);
        auto amount = read_money(cell_at(table, r, a), mark, yen, true);
        if (quantity && price && amount)
            lines.push_back({quantity->value, price->value, amount->value});
    }
    complete = lines.size();
    return count(judge(lines, false), Check::pass);
}

// "Unit Price | Net" (Sage, and ERPs like it: the line's net amount): a column headed only as net
// beside a plain price column is the amount when the rows say qty × that price = it, not a net
// price that the header's words would prefer. Whether it named the amount.
bool net_as_amount(const grid::Table& table, Header& h, size_t from, size_t to,
                   const TableContext& context) {
    if (h.prices.size() != 1 || !h.prices[0].sense.net_price || h.amount || !h.quantity)
        return false;
    Mark mark = context.mark != Mark::unknown ? context.mark : Mark::dot;
    size_t net = h.prices[0].column;
    for (size_t c = 0; c < h.senses.size(); ++c) {
        const HeaderSense& sense = h.senses[c];
        if (c == net || sense.role != Role::price || sense.net_price || sense.list_price) continue;
        size_t complete = 0;
        size_t holding =
            rows_holding(table, from, to, *h.quantity, c, net, mark, context.yen, complete);
        if (holding < 2 || holding * 5 < complete * 3) continue;
        h.prices[0] = {c, sense};
        h.amount = net;
        return true;
    }
    return false;
}

// Columns the header did not name (a misread header of a scan, a header in a language the
// lexicon lacks) found by their cells: the amount is the column where qty × price holds on most
// rows, the quantity the column that makes price × it the amount.
// Whether it named a column (then rows read under the header before are stale).
bool infer_columns(const grid::Table& table, Header& h, size_t from, size_t to,
                   const TableContext& context) {
    if (h.prices.size() != 1 || (h.amount && h.quantity) || (!h.amount && !h.quantity))
        return false;
    Mark mark = context.mark != Mark::unknown ? context.mark : Mark::dot;
    size_t price = h.prices[0].column;
    for (size_t c = 0; c < table.width(); ++c) {
        if (assigned(h, c)) continue;
        size_t complete = 0;
        size_t holding =
            h.quantity
                ? rows_holding(table, from, to, *h.quantity, price, c, mark, context.yen, complete)
                : rows_holding(table, from, to, c, price, *h.amount, mark, context.yen, complete);
        if (holding < 2 || holding * 5 < complete * 3) continue;
        (h.quantity ? h.amount : h.quantity) = c;
        return true;
    }
    return false;
}

namespace {

// "Codigo | Descripcion | Precio | Codigo | Descripcion | Precio": two or more tables set side
// by side (a price list's economy and professional lines on one page). The first column of
// each, when the first header row's named cells are whole copies of its first ones (empty
// gap columns between them aside); empty when they are not.
std::vector<size_t> copies_in(const std::vector<grid::Cell>& row) {
    std::vector<size_t> named;
    for (size_t c = 0; c < row.size(); ++c)
        if (!row[c].text.empty()) named.push_back(c);
    for (size_t k = 2; 2 * k <= named.size(); ++k) {
        if (named.size() % k != 0) continue;
        bool copies = true;
        for (size_t i = k; i < named.size() && copies; ++i)
            copies = row[named[i]].text == row[named[i - k]].text;
        if (!copies) continue;
        std::vector<size_t> starts;
        for (size_t i = 0; i < named.size(); i += k)
            starts.push_back(i == 0 ? 0 : named[i]);
        return starts;
    }
    return {};
}

// The first header's rows (a title line above it such as "LINEA ECONOMICA   LINEA
// PROFESIONAL" may join it) are looked at.
std::vector<size_t> side_by_side(const grid::Table& table, const TableContext& context) {
    for (size_t r = 0; r < table.rows.size(); ++r) {
        auto header = detail::header_at(table, r, context.yen);
        if (!header) continue;
        for (size_t row = header->first; row <= header->last; ++row)
            if (auto starts = copies_in(table.rows[row]); !starts.empty()) return starts;
        return {};
    }
    return {};
}

// Columns [from, to) of the table, as a table of their own.
grid::Table columns_of(const grid::Table& table, size_t from, size_t to) {
    grid::Table out;
    out.where = table.where;
    out.first_row = table.first_row;
    for (const auto& row : table.rows) {
        std::vector<grid::Cell> cells;
        for (size_t c = from; c < to; ++c)
            cells.push_back(c < row.size() ? row[c] : grid::Cell{});
        out.rows.push_back(std::move(cells));
    }
    return out;
}

// A column title of a price matrix: a word of letters ("Brass", "SS304", "PN40", "100-499
// pcs"), not a number, a unit ("mm") or one letter (a drawing's dimension "A", "L").
bool matrix_title(std::string_view text) {
    std::string_view t = utf8::trim(text);
    if (t.size() < 2 || read_number(t, Mark::dot) || !normalise_unit(t).empty()) return false;
    return std::any_of(t.begin(), t.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
    });
}

// Column c takes no other role than the price: it was the old price, the taxed price, the
// amount ... of a header the rep's correction overrules.
void release(Header& h, size_t c) {
    for (std::optional<size_t>* role :
         {&h.product, &h.model, &h.quantity, &h.unit, &h.amount, &h.currency, &h.incoterm, &h.index,
          &h.old_price, &h.price_unit, &h.discount, &h.category})
        if (*role == c) role->reset();
    for (std::vector<size_t>* columns : {&h.specs, &h.more_names, &h.taxed_prices})
        std::erase(*columns, c);
}

// The customer's earlier correction said the price of a table with these two columns is in
// `to`, not in `from`.
void apply_choices(Header& h, const std::vector<ColumnChoice>& choices) {
    if (h.prices.size() != 1 || choices.empty()) return;
    std::string from = fold(h.texts[h.prices[0].column]);
    for (const ColumnChoice& choice : choices) {
        if (choice.from != from) continue;
        for (size_t c = 0; c < h.texts.size(); ++c)
            if (c != h.prices[0].column && fold(h.texts[c]) == choice.to) {
                release(h, c);
                h.prices = {detail::PriceColumn{c, h.senses[c]}};
                return;
            }
    }
}

// Does column c hold what is never a price: a quantity, a name, a code, a unit, a discount?
// (An amount, an old or a taxed price, or a column no header word named may be the price.)
bool never_a_price(const Header& h, size_t c) {
    for (const std::optional<size_t>& role :
         {h.product, h.model, h.quantity, h.unit, h.currency, h.incoterm, h.index, h.price_unit,
          h.discount, h.category})
        if (role == c) return true;
    return std::find(h.specs.begin(), h.specs.end(), c) != h.specs.end() ||
           std::find(h.more_names.begin(), h.more_names.end(), c) != h.more_names.end();
}

// Two canonical decimals of one value ("9.95", "9.950").
bool same_value(std::string a, std::string b) {
    for (std::string* d : {&a, &b})
        if (d->find('.') != std::string::npos) {
            while (d->back() == '0')
                d->pop_back();
            if (d->back() == '.') d->pop_back();
        }
    return a == b;
}

// The header whose body holds the row written `line`, and that row; nullopt when none does.
std::optional<std::pair<Header, size_t>>
row_of_line(const grid::Table& table, std::string_view line, const TableContext& context) {
    for (size_t r = 0; r < table.rows.size(); ++r) {
        auto header = detail::header_at(table, r, context.yen);
        if (!header) continue;
        size_t end = body_end(table, *header, context).end;
        for (size_t row = header->last + 1; row < end; ++row)
            if (line_of(table, row) == line) return std::pair{std::move(*header), row};
        r = std::max(end, header->last + 1) - 1;
    }
    return std::nullopt;
}

// A price with exactly two decimals ("2.85", "19.80"): a matrix of whole numbers is more
// likely dimensions than prices.
bool cents(const std::string& value) {
    size_t point = value.find('.');
    return point != std::string::npos && value.size() - point == 3;
}

} // namespace

std::vector<PriceItem> read_table(const grid::Table& table, const TableContext& context) {
    if (std::optional<grid::Table> split = detail::tier_rows(table))
        return read_table(*split, context);
    std::vector<PriceItem> items;
    if (std::vector<size_t> starts = side_by_side(table, context); !starts.empty()) {
        for (size_t i = 0; i < starts.size(); ++i) {
            size_t to = i + 1 < starts.size() ? starts[i + 1] : table.width();
            auto part = read_table(columns_of(table, starts[i], to), context);
            items.insert(items.end(), part.begin(), part.end());
        }
        return items;
    }
    bool headed = false;
    size_t r = 0;
    while (r < table.rows.size()) {
        auto header = detail::header_at(table, r, context.yen);
        // A row that only joins the header below it (a title line) is not its first row.
        if (header && header->last > header->first)
            if (auto next = detail::header_at(table, r + 1, context.yen);
                next && next->recognised >= header->recognised)
                header.reset();
        if (!header) {
            ++r;
            continue;
        }
        headed = true;
        apply_choices(*header, context.column_choices);
        BodyExtent extent = body_end(table, *header, context);
        size_t end = extent.end;
        // A column named after the body's rows were read makes those rows stale.
        bool renamed = net_as_amount(table, *header, header->last + 1, end, context);
        renamed = infer_columns(table, *header, header->last + 1, end, context) || renamed;
        Body body = read_body(table, *header, header->last + 1, end, context,
                              renamed ? nullptr : &extent.at_dot);
        emit(table, *header, body, context, items);
        r = std::max(end, header->last + 1);
    }
    // A short table without a header: its lines, each read by itself.
    if (!headed) {
        items = read_line_items(table, context);
        std::erase_if(items, [&](const PriceItem& item) { return !trusted_line(table, item); });
    }
    for (PriceItem& item : items)
        settle_names(item);
    return items;
}

std::optional<ColumnChoice> implied_choice(const grid::Table& table, std::string_view line,
                                           std::string_view corrected,
                                           const TableContext& context) {
    auto found = row_of_line(table, line, context);
    auto wanted = parse_decimal(corrected);
    if (!found || !wanted) return std::nullopt;
    const auto& [h, row] = *found;
    if (h.prices.size() != 1) return std::nullopt;
    Mark mark = context.mark != Mark::unknown ? context.mark : Mark::dot;
    std::optional<size_t> holding;
    for (size_t c = 0; c < table.width() && c < h.texts.size(); ++c) {
        if (c == h.prices[0].column || fold(h.texts[c]).empty() || never_a_price(h, c)) continue;
        auto money = read_money(cell_at(table, row, c), mark, context.yen, true);
        if (!money || !same_value(money->value, *wanted)) continue;
        if (holding) return std::nullopt; // two columns hold it: which one is meant is unknown
        holding = c;
    }
    if (!holding) return std::nullopt;
    return ColumnChoice{fold(h.texts[h.prices[0].column]), fold(h.texts[*holding])};
}

std::vector<PriceItem> read_matrix(const grid::Table& table, const TableContext& context,
                                   std::string_view goods) {
    if (context.terms.currency.empty() || table.rows.size() < 3) return {};
    const auto& head = table.rows[0];
    size_t width = head.size();
    if (width < 3) return {};
    for (size_t c = 1; c < width; ++c)
        if (!matrix_title(head[c].text)) return {};
    Mark mark = context.mark == Mark::unknown ? Mark::dot : context.mark;
    std::vector<PriceItem> items;
    for (size_t r = 1; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (row.empty() || !matrix_title(row[0].text)) return {};
        for (size_t c = 1; c < width; ++c) {
            if (c >= row.size() || utf8::trim(row[c].text).empty()) continue;
            auto value = read_number(row[c].text, mark);
            if (!value || !cents(*value)) return {};
            PriceItem item;
            std::string title(utf8::trim(head[c].text));
            item.product = goods.empty() ? title : std::string(goods) + " " + title;
            item.spec = std::string(utf8::trim(row[0].text)) + " " + title;
            item.unit_price = *value;
            item.currency = context.terms.currency;
            item.unit = context.unit;
            item.incoterm = context.terms.incoterm;
            item.validity = context.terms.validity;
            item.status = context.status;
            item.line = line_of(table, r);
            item.reference = reference_of(table, r);
            settle_names(item);
            items.push_back(std::move(item));
        }
    }
    return items;
}

} // namespace mailclerk::pricing
