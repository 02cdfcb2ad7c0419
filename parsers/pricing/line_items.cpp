// Item lines without a header: "name  qty unit  CURRENCY price  [CURRENCY amount]", the name
// set apart from the figures by a run of spaces (plain text) or a wide gap (PDF, OCR). A short
// order or quote has one to three such lines, too few for column statistics to align, so each
// line is read by itself: the figures after the name, in order, must be a quantity with its
// unit, then a price with its currency, then optionally an amount that qty × price must equal.
#include "parsers/pricing/line_items.hpp"

#include <algorithm>

#include "common/utf8.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/judge.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"

namespace mailclerk::pricing {
namespace {

// The cells of a line as written: split at runs of two or more spaces (the text reader's
// cells, and the PDF reader's segments are joined by two spaces).
std::vector<std::string> cells_of(std::string_view line) {
    std::vector<std::string> out;
    std::string current;
    size_t spaces = 0;
    for (char c : line) {
        if (c == ' ' || c == '\t') {
            ++spaces;
            if (c == '\t') spaces = 2;
            continue;
        }
        if (spaces >= 2 && !current.empty()) {
            out.push_back(current);
            current.clear();
        } else if (spaces == 1 && !current.empty()) {
            current += ' ';
        }
        spaces = 0;
        current += c;
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

std::vector<std::string> words_of(const std::vector<std::string>& cells, size_t from) {
    std::vector<std::string> out;
    for (size_t i = from; i < cells.size(); ++i) {
        std::string word;
        for (char c : cells[i] + " ") {
            if (c != ' ') {
                word += c;
            } else if (!word.empty()) {
                out.push_back(word);
                word.clear();
            }
        }
    }
    return out;
}

// Money at words[at], the longest reading first: "USD 3.20", "3.20 USD", "$3.20", "3,20 €",
// "1 500,00 €" (a space groups the thousands), "118元/只". With `currency`, only money that
// names its currency. Sets `used`.
std::optional<Money> money_at(const std::vector<std::string>& words, size_t at, Mark mark,
                              const std::string& yen, bool currency, size_t& used) {
    for (size_t span = 5; span >= 1; --span) { // "89,00 EUR / 100 Stk." is five words
        if (at + span > words.size()) continue;
        // A bracket opens a note after the price ("€ 9,10 per stuk (bij 500 st.)").
        if (std::any_of(words.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                        words.begin() + static_cast<std::ptrdiff_t>(at + span),
                        [](const std::string& w) { return w.starts_with("("); }))
            continue;
        std::string text = words[at];
        for (size_t i = at + 1; i < at + span; ++i)
            text += " " + words[i];
        auto money = read_money(text, mark, yen);
        if (!money || (currency && money->currency.empty())) continue;
        used = span;
        return money;
    }
    return std::nullopt;
}

struct Figures {
    Quantity quantity; // value "" on a line that states only a unit price
    Money price;
    std::optional<Money> amount;
};

// The price of one unit when the money is for 10, 100 or 1000 ("89,00 EUR / 100 Stk.").
std::string one_unit(const Money& money) {
    if (money.per.empty()) return money.value;
    return divide_by_power_of_ten(money.value, static_cast<int>(money.per.size()) - 1);
}

enum class Tax { unknown, excluded, included };

// What the words in front of a price say about tax: "不含税 4,250.00元/吨", "net 12.40",
// "含税 4,802.50元/吨", "incl. VAT 14.76".
Tax tax_label(const std::vector<std::string>& words, size_t at, size_t used) {
    std::string label;
    for (size_t i = at; i < at + used && i < words.size(); ++i)
        label += words[i] + " ";
    std::string folded = fold(label);
    for (std::string_view w : {"不含税", "不含稅", "未税", "未稅", "税抜", "税別", "net", "netto",
                               "excl", "excl.", "ex vat", "ht"})
        if (has_word(folded, w)) return Tax::excluded;
    for (std::string_view w : {"含税", "含稅", "税込", "incl", "incl.", "gross", "brutto", "ttc"})
        if (has_word(folded, w)) return Tax::included;
    return Tax::unknown;
}

// "(bij 500 st.)", "(for 1,000 pcs)", "(excl. BTW)": a note in brackets that ends the line after
// a unit price. Its quantity, if it names one, is the price's (value "" when none). nullopt for
// anything else: no brackets, money in it ("(was $128.50)"), a price with tax included.
std::optional<Quantity> bracket_note(const std::vector<std::string>& words, size_t at, Mark mark,
                                     const std::string& yen) {
    if (at >= words.size() || !words[at].starts_with("(") || !words.back().ends_with(")"))
        return std::nullopt;
    std::vector<std::string> bare(words.begin() + static_cast<std::ptrdiff_t>(at), words.end());
    bare.front().erase(0, 1);
    bare.back().pop_back();
    std::string note;
    for (size_t i = 0; i < bare.size(); ++i) {
        size_t used = 0;
        if (money_at(bare, i, mark, yen, true, used)) return std::nullopt;
        note += (note.empty() ? "" : " ") + bare[i];
    }
    if (tax_label(words, at, words.size() - at) == Tax::included) return std::nullopt;
    if (note.find_first_of("()") != std::string::npos) return std::nullopt;
    auto q = read_quantity(note, mark);
    if (q && !q->unit.empty()) return q;
    return Quantity{};
}

// A line that states only unit prices after the name: one price that names its currency and
// its unit ("１，７９０円／個", "89,00 EUR / 100 Stk.", "Rs. 96.40 per Mtr"), or a pair of the
// same price without and with tax, of which the one without tax is the price. Anything else
// (a price and a number, two prices of different kinds) is not read.
std::optional<Figures> unit_prices_of(const std::vector<std::string>& words, Mark mark,
                                      const std::string& yen) {
    size_t used = 0;
    auto first = money_at(words, 0, mark, yen, true, used);
    if (!first || (first->unit.empty() && first->per.empty())) return std::nullopt;
    Figures f;
    f.price = *first;
    if (used == words.size()) return f;
    if (auto note = bracket_note(words, used, mark, yen)) {
        f.quantity = *note;
        return f;
    }
    size_t at = used, second_used = 0;
    auto second = money_at(words, at, mark, yen, true, second_used);
    if (!second || at + second_used != words.size()) return std::nullopt;
    Tax a = tax_label(words, 0, used), b = tax_label(words, at, second_used);
    if (a == Tax::excluded && b != Tax::excluded) return f;
    if (b == Tax::excluded && a != Tax::excluded) {
        f.price = *second;
        return f;
    }
    return std::nullopt;
}

// The figures after the name, all of them and in order, or nullopt. A line naming no currency
// takes `fallback` (the document's) only when its amount proves the price.
std::optional<Figures> figures_of(const std::vector<std::string>& words, Mark mark,
                                  const std::string& yen, const std::string& fallback) {
    if (words.size() < 3) return std::nullopt;
    Figures f;
    size_t at = 0;
    auto number = read_number(words[0], mark);
    if (!number) return std::nullopt;
    f.quantity.value = *number;
    f.quantity.unit = normalise_unit(words[1]);
    if (f.quantity.unit.empty()) return std::nullopt; // a bare number could be anything
    at = 2;
    size_t used = 0;
    auto price = money_at(words, at, mark, yen, true, used);
    // No currency on the line: the document's, but only where the amount proves the price.
    bool implied = !price && !fallback.empty();
    if (implied) price = money_at(words, at, mark, yen, false, used);
    if (!price) return std::nullopt;
    f.price = *price;
    if (implied) f.price.currency = fallback;
    at += used;
    if (at < words.size()) {
        auto amount = money_at(words, at, mark, yen, false, used);
        if (!amount || at + used != words.size()) return std::nullopt;
        if (!amount->currency.empty() && amount->currency != f.price.currency) return std::nullopt;
        // Arithmetic is the judge: an amount that is not qty × price shows a misread line.
        auto checks = judge({{f.quantity.value, one_unit(f.price), amount->value}}, false);
        if (checks.front() != Check::pass) return std::nullopt;
        f.amount = amount;
    } else if (implied) {
        return std::nullopt;
    }
    return f;
}

// A line number before the name ("1  Gasket", "2 3-pc ball valve") when every item line of the
// table starts with the next one.
bool numbered(const std::vector<std::vector<std::string>>& lines) {
    size_t expected = 0;
    for (const auto& cells : lines) {
        std::string_view first = cells.front();
        size_t digits = first.find_first_not_of("0123456789");
        if (digits == 0 || (digits != std::string_view::npos && first[digits] != ' ')) return false;
        size_t length = std::min(digits, first.size());
        if (length > 4) return false; // a code or an order number, not a line number
        size_t n = std::stoul(std::string(first.substr(0, length)));
        // One line alone must start at 1: "2 way valve" is a name.
        if (expected == 0 ? (lines.size() == 1 && n != 1) : n != expected) return false;
        expected = n + 1;
    }
    return !lines.empty();
}

// Is every word of the name a size ("2\" (DN50)", "DN100 PN16")?
bool only_sizes(std::string_view name) {
    bool any = false;
    for (const std::string& word : words_of({std::string(name)}, 0)) {
        std::string bare = word;
        std::erase_if(bare, [](char c) { return c == '(' || c == ')' || c == ','; });
        if (!bare.empty() && !looks_like_size(bare)) return false;
        any = any || !bare.empty();
    }
    return any;
}

} // namespace

namespace {

// One line read: the cells that name the item, its figures, where it came from.
struct ItemLine {
    std::vector<std::string> named;
    Figures figures;
    std::string_view source;
    std::string title;
    std::string tier; // the least quantity of a quantity-break line, else ""
};

// "100 - 499 pcs  $0.26 ea", "2,000+ pcs  $0.20 ea" under a part's line: a price for a
// quantity break of the part above.
std::optional<ItemLine> tier_line(const std::vector<std::string>& cells, Mark mark,
                                  const std::string& yen) {
    HeaderSense sense = read_header(cells[0], yen);
    if (sense.role != Role::price || sense.tier.empty() || !find_currency(cells[0], yen).empty())
        return std::nullopt;
    std::vector<std::string> words = words_of(cells, 1);
    size_t used = 0;
    auto price = money_at(words, 0, mark, yen, true, used);
    if (!price || used != words.size()) return std::nullopt;
    ItemLine line;
    line.figures.price = *price;
    line.tier = sense.tier;
    std::vector<std::string> tier_words = words_of(cells, 0);
    line.figures.quantity = {sense.tier, normalise_unit(tier_words.back())};
    return line;
}

// "@ $0.45 ea", "@ EUR 0.12 each": the unit price after '@', "each" naming its unit (pieces).
std::optional<Money> at_price(std::string_view cell, Mark mark, const std::string& yen) {
    std::string text(utf8::trim(cell.substr(1)));
    bool each = false;
    for (std::string_view word : {" ea", " ea.", " each"})
        if (text.ends_with(word)) {
            text.resize(text.size() - word.size());
            each = true;
            break;
        }
    auto price = read_money(text, mark, yen);
    if (!price || price->currency.empty()) return std::nullopt;
    if (each && price->unit.empty()) price->unit = "pcs";
    return price;
}

// "2,500 pcs  LF-SD-1034  Self-drilling screw  @ 3.9¢ ea  = $97.50", "Hex nut M10  @ EUR 0.12
// each": the price after '@' names its currency; an amount after '=' ends the line and must be
// quantity × price; a line starting with a quantity and its unit gives the quantity.
std::optional<ItemLine> at_line(const std::vector<std::string>& cells, Mark mark,
                                const std::string& yen) {
    auto at = std::find_if(cells.begin() + 1, cells.end(),
                           [](const std::string& c) { return c.starts_with("@"); });
    if (at == cells.end()) return std::nullopt;
    size_t k = static_cast<size_t>(at - cells.begin());
    auto price = at_price(*at, mark, yen);
    if (!price) return std::nullopt;
    ItemLine line;
    line.figures.price = *price;
    if (k + 1 < cells.size()) {
        // "@ €8.65   =  €1,730.00": the sign set apart from its amount by a wide gap
        std::string amount = cells[k + 1];
        if (amount == "=" && k + 3 == cells.size())
            amount += " " + cells[k + 2];
        else if (k + 2 != cells.size())
            return std::nullopt;
        if (!amount.starts_with("=")) return std::nullopt;
        line.figures.amount = read_money(utf8::trim(std::string_view(amount).substr(1)), mark, yen);
        if (!line.figures.amount) return std::nullopt;
    }
    size_t from = 0;
    std::string rest; // "40 SET TG-SL-50": the code a single space set after the quantity
    if (std::isdigit(static_cast<unsigned char>(cells[0].front())))
        if (auto q = read_quantity(cells[0], mark); q && !q->unit.empty()) {
            line.figures.quantity = *q;
            from = 1;
            std::vector<std::string> words = words_of({cells[0]}, 0);
            for (size_t w = 2; w < words.size(); ++w)
                rest += (rest.empty() ? "" : " ") + words[w];
        }
    if (from >= k && rest.empty()) return std::nullopt;
    if (line.figures.amount) {
        if (line.figures.quantity.value.empty()) return std::nullopt;
        auto checks = judge(
            {{line.figures.quantity.value, one_unit(*price), line.figures.amount->value}}, false);
        if (checks.front() != Check::pass) return std::nullopt;
    }
    if (!rest.empty()) line.named.push_back(rest);
    line.named.insert(line.named.end(), cells.begin() + static_cast<std::ptrdiff_t>(from), at);
    return line;
}

// The figures of a line after its first one to three cells (the name, a line number and a
// code before it): quantity, price and amount, or unit prices alone.
std::optional<ItemLine> item_line(const std::vector<std::string>& cells, Mark mark,
                                  const TableContext& context) {
    for (size_t from = 1; from < cells.size() && from <= 3; ++from) {
        std::vector<std::string> words = words_of(cells, from);
        auto found = figures_of(words, mark, context.yen, context.terms.currency);
        if (!found) found = unit_prices_of(words, mark, context.yen);
        if (!found) continue;
        ItemLine line;
        line.named.assign(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(from));
        line.figures = *found;
        return line;
    }
    return std::nullopt;
}

// Does any cell of the line read as money?
bool states_money(const std::vector<std::string>& cells, Mark mark, const std::string& yen) {
    return std::any_of(cells.begin(), cells.end(),
                       [&](const std::string& c) { return read_money(c, mark, yen).has_value(); });
}

// "1.1", "2.3.", "1.1 焊管 ...": an outline number (items under section titles) at the start.
size_t outline_number(std::string_view name) {
    size_t at = 0, dots = 0;
    while (at < name.size() &&
           (std::isdigit(static_cast<unsigned char>(name[at])) || (name[at] == '.' && at > 0)))
        dots += name[at++] == '.' ? 1u : 0u;
    bool ends = at == name.size() || name[at] == ' ';
    if (dots == 0 || !ends || name[0] == '0') return 0;
    return at;
}

// Does every item line start with an outline number?
bool outlined(const std::vector<ItemLine>& lines) {
    return !lines.empty() && std::all_of(lines.begin(), lines.end(), [](const ItemLine& l) {
        return !l.tier.empty() || outline_number(l.named.front()) > 0;
    });
}

// The part number a line names first ("GL-WA-12414  Wedge Anchor", "50-4030  Faltkarton"):
// a code of letters and digits or of digits and dashes, not a size, with a name after it.
void split_code(PriceItem& item) {
    size_t space = item.product.find(' ');
    if (space == std::string::npos) return;
    std::string_view code = std::string_view(item.product).substr(0, space);
    bool digits_code = code.size() >= 5 && code.find('-') != std::string_view::npos &&
                       code.find_first_not_of("0123456789-.") == std::string_view::npos;
    // A descriptor such as "3-pc" or "2-way" looks like a model but has one digit; part
    // numbers carry more.
    auto digits = std::count_if(code.begin(), code.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch));
    });
    if ((!looks_like_model(code) && !digits_code) || looks_like_size(code) || digits < 2) return;
    item.model = std::string(code);
    item.product = std::string(utf8::trim(std::string_view(item.product).substr(space + 1)));
}

} // namespace

std::vector<PriceItem> read_line_items(const grid::Table& table, const TableContext& context) {
    Mark mark = context.mark;
    std::vector<ItemLine> lines;
    std::string title; // a line of one cell above the items: the group they are sizes of
    for (const std::string& text : table.lines) {
        auto cells = cells_of(text);
        if (cells.size() == 1 && non_item_kind(cells[0]).empty()) title = cells[0];
        if (cells.size() < 2) continue;
        auto found = tier_line(cells, mark, context.yen);
        // "100 - 499 pcs  $0.26 ea" with no part above it: a break of no product
        if (found && title.empty()) continue;
        if (!found) found = at_line(cells, mark, context.yen);
        if (!found) found = item_line(cells, mark, context);
        if (!found) {
            // A part's line without figures ("GL-SHCS-M830  Socket Head Cap Screw") heads
            // the quantity breaks below it.
            if (!states_money(cells, mark, context.yen)) {
                title.clear();
                for (const std::string& cell : cells)
                    title += (title.empty() ? "" : " ") + cell;
            }
            continue;
        }
        found->source = text;
        found->title = title;
        lines.push_back(std::move(*found));
    }
    std::vector<std::vector<std::string>> names;
    for (const ItemLine& line : lines)
        if (line.tier.empty()) names.push_back(line.named);
    bool strip_number = numbered(names);
    bool strip_outline = outlined(lines);
    std::vector<PriceItem> items;
    for (const ItemLine& line : lines) {
        std::string name;
        for (const std::string& cell : line.named)
            name += (name.empty() ? "" : " ") + cell;
        if (strip_number && line.tier.empty())
            name = std::string(utf8::trim(name.substr(name.find(' ') + 1)));
        if (strip_outline && line.tier.empty())
            name = std::string(utf8::trim(name.substr(outline_number(name))));
        if (!line.tier.empty()) name = line.title;
        if (!non_item_kind(name).empty()) continue;
        if (std::none_of(name.begin(), name.end(), [](char ch) {
                return std::isalpha(static_cast<unsigned char>(ch)) ||
                       static_cast<unsigned char>(ch) >= 0x80;
            }))
            continue;
        // "2\" (DN50)" under "Floating ball valve (Q41F-150LB)": that valve in that size. A
        // size with no title names no product of its own: which valve is not known.
        if (only_sizes(name)) {
            if (line.title.empty()) continue;
            name = line.title + " " + name;
        }
        const Figures& f = line.figures;
        PriceItem item;
        item.product = std::string(utf8::truncate(name, 120));
        item.quantity = f.quantity.value;
        item.unit = !f.price.unit.empty() ? f.price.unit : f.quantity.unit;
        item.currency = f.price.currency;
        item.unit_price = one_unit(f.price);
        item.incoterm = context.terms.incoterm;
        item.validity = context.terms.validity;
        item.status = context.status;
        item.line = std::string(utf8::trim(line.source));
        split_code(item);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace mailclerk::pricing
