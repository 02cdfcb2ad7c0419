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
    for (size_t span = 3; span >= 1; --span) {
        if (at + span > words.size()) continue;
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
    Quantity quantity;
    Money price;
    std::optional<Money> amount;
};

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
        auto checks = judge({{f.quantity.value, f.price.value, amount->value}}, false);
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

std::vector<PriceItem> read_line_items(const grid::Table& table, const TableContext& context) {
    Mark mark = context.mark;
    std::vector<std::vector<std::string>> lines;
    std::vector<Figures> figures;
    std::vector<std::string_view> sources;
    std::vector<std::string> titles;
    std::string title; // a line of one cell above the items: the group they are sizes of
    for (const std::string& line : table.lines) {
        auto cells = cells_of(line);
        if (cells.size() == 1 && non_item_kind(cells[0]).empty()) title = cells[0];
        if (cells.size() < 2) continue;
        // The name is the first cell, or the first two when the line is "name  qty unit
        // price" with a model cell between: whatever comes before the figures.
        for (size_t from = 1; from < cells.size() && from <= 2; ++from) {
            auto found =
                figures_of(words_of(cells, from), mark, context.yen, context.terms.currency);
            if (!found) continue;
            std::vector<std::string> named(cells.begin(),
                                           cells.begin() + static_cast<std::ptrdiff_t>(from));
            lines.push_back(std::move(named));
            figures.push_back(*found);
            sources.push_back(line);
            titles.push_back(title);
            break;
        }
    }
    bool strip_number = numbered(lines);
    std::vector<PriceItem> items;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string name;
        for (const std::string& cell : lines[i])
            name += (name.empty() ? "" : " ") + cell;
        if (strip_number) name = std::string(utf8::trim(name.substr(name.find(' ') + 1)));
        if (!non_item_kind(name).empty()) continue;
        if (std::none_of(name.begin(), name.end(), [](char ch) {
                return std::isalpha(static_cast<unsigned char>(ch)) ||
                       static_cast<unsigned char>(ch) >= 0x80;
            }))
            continue;
        // "2\" (DN50)" under "Floating ball valve (Q41F-150LB)": that valve in that size. A
        // size with no title names no product of its own: which valve is not known.
        if (only_sizes(name)) {
            if (titles[i].empty()) continue;
            name = titles[i] + " " + name;
        }
        const Figures& f = figures[i];
        PriceItem item;
        item.product = std::string(utf8::truncate(name, 120));
        item.quantity = f.quantity.value;
        item.unit = !f.price.unit.empty() ? f.price.unit : f.quantity.unit;
        item.currency = f.price.currency;
        item.unit_price = f.price.value;
        item.incoterm = context.terms.incoterm;
        item.validity = context.terms.validity;
        item.status = context.status;
        item.line = std::string(utf8::trim(sources[i]));
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace mailclerk::pricing
