#include "parsers/pricing/tier_cells.hpp"

#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/pricing/lexicon.hpp"

namespace mailclerk::pricing::detail {
namespace {

// The cell's text cut at each colon, ASCII or full-width.
std::vector<std::string_view> colon_parts(std::string_view text) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i < text.size();) {
        size_t width = text.substr(i).starts_with("：") ? std::string_view("：").size()
                       : text[i] == ':'                 ? 1
                                                        : 0;
        if (width == 0) {
            ++i;
            continue;
        }
        parts.push_back(text.substr(start, i - start));
        i += width;
        start = i;
    }
    parts.push_back(text.substr(start));
    return parts;
}

// "$6.20 1000pcs+": the price (up to its first word with a digit) and the next break's label.
std::pair<std::string_view, std::string_view> price_then_label(std::string_view part) {
    part = utf8::trim(part);
    size_t digit = part.find_first_of("0123456789");
    if (digit == std::string_view::npos) return {};
    size_t end = part.find_first_of(" \n\t", digit);
    if (end == std::string_view::npos) return {part, {}};
    return {part.substr(0, end), utf8::trim(part.substr(end))};
}

// The prices of a cell of "<break>: <price>" pairs, two or more, else none.
std::vector<std::string> tier_prices(std::string_view text) {
    std::vector<std::string_view> parts = colon_parts(text);
    if (parts.size() < 3) return {};
    std::vector<std::string> prices;
    std::string_view label = utf8::trim(parts.front());
    for (size_t i = 1; i < parts.size(); ++i) {
        if (break_quantity(label).empty()) return {};
        auto [price, next] = i + 1 < parts.size()
                                 ? price_then_label(parts[i])
                                 : std::pair{utf8::trim(parts[i]), std::string_view{}};
        if (price.find_first_of("0123456789") == std::string_view::npos) return {};
        prices.emplace_back(price);
        label = next;
    }
    return prices;
}

} // namespace

std::optional<grid::Table> tier_rows(const grid::Table& table) {
    if (!table.lines.empty()) return std::nullopt;
    grid::Table out = table;
    out.rows.clear();
    bool split = false;
    for (const std::vector<grid::Cell>& row : table.rows) {
        size_t column = row.size();
        std::vector<std::string> prices;
        for (size_t c = 0; c < row.size() && prices.empty(); ++c)
            if (prices = tier_prices(row[c].text); !prices.empty()) column = c;
        if (prices.empty()) {
            out.rows.push_back(row);
            continue;
        }
        split = true;
        for (std::string& price : prices) {
            out.rows.push_back(row);
            out.rows.back()[column].text = std::move(price);
        }
    }
    if (!split) return std::nullopt;
    return out;
}

} // namespace mailclerk::pricing::detail
