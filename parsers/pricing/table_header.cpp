#include "parsers/pricing/table_header.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "common/utf8.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing::detail {
namespace {

constexpr size_t k_sample_rows = 30; // rows below a header looked at to settle column roles

bool is_numeric(const std::string& text) {
    return read_number(text, Mark::unknown) || read_number(text, Mark::dot) ||
           read_number(text, Mark::comma) || read_money(text, Mark::dot, "CNY");
}

bool price_like(Role role) {
    return role == Role::price || role == Role::old_price || role == Role::money ||
           role == Role::amount;
}

bool name_like(Role role) {
    return role == Role::product || role == Role::model || role == Role::spec;
}

// Does a second header row add to the first: each of its cells is a header word, a currency,
// a unit, an incoterm or a quantity tier (or repeats the cell above)?
bool adds_to_header(const std::vector<grid::Cell>& first, const std::vector<grid::Cell>& second,
                    const std::string& yen) {
    bool any = false;
    for (size_t c = 0; c < second.size(); ++c) {
        const std::string& text = second[c].text;
        if (text.empty() || (c < first.size() && first[c].text == text)) continue;
        // "100 pcs | 500 pcs | 1.000 pcs" under a "Unit price" group: the breaks it is priced for.
        if (c < first.size() && price_like(read_header(first[c].text, yen).role) &&
            !break_quantity(text).empty()) {
            any = true;
            continue;
        }
        if (is_numeric(text)) return false;
        HeaderSense sense = read_header(text, yen);
        bool informative = sense.role != Role::none || !sense.currency.empty() ||
                           !sense.unit.empty() || !sense.incoterm.empty() || !sense.tier.empty() ||
                           !first_unit_word(text).empty();
        if (!informative) return false;
        any = true;
    }
    return any;
}

// Texts below the header in one column (non-empty, at most k_sample_rows).
std::vector<std::string> column_sample(const grid::Table& table, size_t from, size_t column) {
    std::vector<std::string> out;
    for (size_t r = from; r < table.rows.size() && out.size() < k_sample_rows; ++r)
        if (column < table.rows[r].size() && !table.rows[r][column].text.empty())
            out.push_back(table.rows[r][column].text);
    return out;
}

// 1, 2, 3 ...: a column that numbers the rows.
bool numbers_rows(const std::vector<std::string>& sample) {
    if (sample.size() < 2) return !sample.empty() && sample[0] == "1";
    size_t sequential = 0;
    for (size_t i = 0; i < sample.size(); ++i)
        if (sample[i] == std::to_string(i + 1) || sample[i] == std::to_string(i + 1) + ".")
            ++sequential;
    return sequential * 2 > sample.size();
}

bool mostly_sizes(const std::vector<std::string>& sample) {
    size_t sizes =
        static_cast<size_t>(std::count_if(sample.begin(), sample.end(), looks_like_size));
    return !sample.empty() && sizes * 2 >= sample.size();
}

// Part numbers, article numbers, ERP codes: one word of letters and digits, or 5+ digits.
bool mostly_codes(const std::vector<std::string>& sample) {
    size_t codes =
        static_cast<size_t>(std::count_if(sample.begin(), sample.end(), [](const std::string& t) {
            std::string_view cell = utf8::trim(t);
            if (cell.find(' ') != std::string_view::npos) return false;
            bool digits = cell.size() >= 5 && std::all_of(cell.begin(), cell.end(), [](char c) {
                              return (c >= '0' && c <= '9') || c == '.';
                          });
            return digits || looks_like_model(cell) || letters_code(cell);
        }));
    return !sample.empty() && codes * 5 >= sample.size() * 4;
}

bool all_different(std::vector<std::string> sample) {
    if (sample.size() < 2) return !sample.empty();
    std::sort(sample.begin(), sample.end());
    return std::adjacent_find(sample.begin(), sample.end()) == sample.end();
}

std::string joined(const std::vector<grid::Cell>& first, const std::vector<grid::Cell>* second,
                   size_t c) {
    std::string text = c < first.size() ? first[c].text : "";
    if (second != nullptr && c < second->size()) {
        const std::string& below = (*second)[c].text;
        if (!below.empty() && below != text) text += (text.empty() ? "" : " ") + below;
    }
    return text;
}

void assign(Header& h, size_t c, const HeaderSense& sense) {
    switch (sense.role) {
    case Role::product:
        if (!h.product)
            h.product = c;
        else
            h.more_names.push_back(c);
        break;
    case Role::model:
        if (!h.model)
            h.model = c;
        else
            h.specs.push_back(c); // "型号 | 规格", "Model | Type": the second is a variant
        break;
    case Role::spec:
        h.specs.push_back(c);
        break;
    case Role::quantity:
        if (!h.quantity) h.quantity = c;
        break;
    case Role::unit:
        if (!h.unit) h.unit = c;
        break;
    case Role::price:
        h.prices.push_back({c, sense});
        break;
    case Role::old_price:
        if (!h.old_price) h.old_price = c;
        break;
    case Role::price_unit:
        if (!h.price_unit) h.price_unit = c;
        break;
    case Role::discount:
        if (!h.discount) h.discount = c;
        break;
    case Role::amount:
        if (!h.amount) h.amount = c;
        break;
    case Role::currency:
        if (!h.currency) h.currency = c;
        break;
    case Role::incoterm:
        if (!h.incoterm) h.incoterm = c;
        break;
    case Role::index:
        if (!h.index) h.index = c;
        break;
    default:
        break;
    }
}

// The one year a header names ("Prezzo 2026 €", "Preis 2025"): its four digits (20xx) and the
// header with them taken out; no year when it names none or two.
struct HeaderYear {
    int year = 0;
    std::string rest;
};

HeaderYear year_in(const std::string& header) {
    std::string folded = fold(header);
    auto digit = [&](size_t i) {
        return i < folded.size() && std::isdigit(static_cast<unsigned char>(folded[i])) != 0;
    };
    HeaderYear found;
    for (size_t i = 0; i + 4 <= folded.size(); ++i) {
        bool alone = (i == 0 || !digit(i - 1)) && !digit(i + 4);
        if (!alone || folded.compare(i, 2, "20") != 0 || !digit(i + 2) || !digit(i + 3)) continue;
        if (found.year != 0) return {};
        found.year = std::stoi(folded.substr(i, 4));
        found.rest = folded.substr(0, i) + folded.substr(i + 4);
    }
    return found;
}

// Price columns whose headers differ only by a year ("Prezzo 2025 € | Prezzo 2026 €", a price
// list's change from last year to this): the latest year's column is the price, the year
// before it the old price. Columns apart in anything else (a tier "Price 2000 pcs", another
// currency) are left to settle_prices.
void keep_latest_year(Header& h) {
    if (h.prices.size() < 2) return;
    std::vector<HeaderYear> years;
    for (const PriceColumn& p : h.prices) {
        years.push_back(year_in(p.column < h.texts.size() ? h.texts[p.column] : ""));
        if (years.back().year == 0 || years.back().rest != years.front().rest) return;
    }
    std::vector<size_t> order(years.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return years[a].year > years[b].year; });
    if (years[order[0]].year == years[order[1]].year) return;
    if (!h.old_price) h.old_price = h.prices[order[1]].column;
    h.prices = {h.prices[order[0]]};
}

// Several price columns are several prices only when they differ by incoterm, currency,
// quantity tier or unit; otherwise the first (the one without tax, when one includes it) is the
// price.
void settle_prices(Header& h) {
    keep_latest_year(h);
    // A net price beside a list (gross) price: the net one is what the customer pays.
    bool net = std::any_of(h.prices.begin(), h.prices.end(),
                           [](const PriceColumn& p) { return p.sense.net_price; });
    if (net) std::erase_if(h.prices, [](const PriceColumn& p) { return p.sense.list_price; });
    if (h.prices.size() < 2) return;
    std::set<std::string> seen;
    std::vector<PriceColumn> distinct;
    for (const PriceColumn& p : h.prices) {
        std::string key =
            p.sense.incoterm + "|" + p.sense.currency + "|" + p.sense.tier + "|" + p.sense.unit;
        if (seen.insert(key).second) distinct.push_back(p);
    }
    if (distinct.size() == 1) {
        auto chosen = std::find_if(h.prices.begin(), h.prices.end(), [](const PriceColumn& p) {
            return p.sense.net_price && !p.sense.tax_included;
        });
        if (chosen == h.prices.end())
            chosen = std::find_if(h.prices.begin(), h.prices.end(),
                                  [](const PriceColumn& p) { return !p.sense.tax_included; });
        PriceColumn kept = chosen != h.prices.end() ? *chosen : h.prices.front();
        for (const PriceColumn& p : h.prices)
            if (p.column != kept.column && p.sense.tax_included && !kept.sense.tax_included)
                h.taxed_prices.push_back(p.column);
        distinct = {kept};
    }
    h.prices = distinct;
}

size_t numeric_cells(const std::vector<std::string>& sample) {
    return static_cast<size_t>(
        std::count_if(sample.begin(), sample.end(), [](const std::string& t) {
            return read_money(t, Mark::dot, "CNY") || read_money(t, Mark::comma, "CNY");
        }));
}

size_t numeric_neighbour(const Header& h, const grid::Table& table, size_t below, size_t c) {
    size_t here = numeric_cells(column_sample(table, below, c));
    if (here > 0) return c;
    for (size_t n : {c + 1, c - 1})
        if (n < h.texts.size() && h.texts[n] == h.texts[c] &&
            numeric_cells(column_sample(table, below, n)) > 0)
            return n;
    return c;
}

bool taken(const Header& h, size_t c) {
    auto is = [c](const std::optional<size_t>& role) { return role && *role == c; };
    return is(h.product) || is(h.model) || is(h.quantity) || is(h.unit) || is(h.amount) ||
           is(h.currency) || is(h.incoterm) || is(h.old_price) || is(h.price_unit) ||
           is(h.discount) ||
           std::find(h.taxed_prices.begin(), h.taxed_prices.end(), c) != h.taxed_prices.end() ||
           std::find(h.specs.begin(), h.specs.end(), c) != h.specs.end() ||
           std::any_of(h.prices.begin(), h.prices.end(),
                       [c](const PriceColumn& p) { return p.column == c; });
}

// A product column headed as a category ("PRODUCT/SERVICE", "Warengruppe", words.txt
// [category_headers]) beside another name column: the other names the product.
void find_category(Header& h) {
    if (!h.product || h.more_names.empty() || *h.product >= h.texts.size()) return;
    const Words& headers = word_lists()["category_headers"];
    std::string text = fold(h.texts[*h.product]);
    if (std::find(headers.begin(), headers.end(), utf8::trim(text)) == headers.end()) return;
    h.category = h.product;
    h.product = h.more_names.front();
    h.more_names.erase(h.more_names.begin());
}

// Without a model column, the column whose cells are all different part numbers is one,
// whatever its header says ("Item", "Part #", "Article" beside a "Description").
void find_codes(Header& h, const grid::Table& table, size_t below) {
    if (h.model) return;
    auto codes = [&](size_t c) {
        auto sample = column_sample(table, below, c);
        return mostly_codes(sample) && all_different(sample) && !mostly_sizes(sample);
    };
    if (h.product && !h.more_names.empty() && codes(*h.product)) {
        h.model = h.product;
        h.product = h.more_names.front();
        return;
    }
    if (h.index && codes(*h.index)) {
        h.model = h.index;
        h.index.reset();
        return;
    }
    // "No. | Item | Description": a second index-like header ("Item") over part numbers.
    for (size_t c = 0; c < h.senses.size(); ++c)
        if ((h.senses[c].role == Role::none || h.senses[c].role == Role::index) && !taken(h, c) &&
            codes(c)) {
            h.model = c;
            return;
        }
}

// Names of things: two words or more, or Chinese/Japanese text, and no number alone.
bool mostly_names(const std::vector<std::string>& sample) {
    size_t names =
        static_cast<size_t>(std::count_if(sample.begin(), sample.end(), [](const std::string& t) {
            if (is_numeric(t)) return false;
            bool cjk = std::any_of(t.begin(), t.end(),
                                   [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
            return cjk || utf8::trim(t).find(' ') != std::string_view::npos;
        }));
    return !sample.empty() && names * 5 >= sample.size() * 4;
}

// Without a product column, the column the header does not name whose cells are names is
// one ("Designação", "Benämning" in a language the lexicon lacks), and so is a second
// row-number header over names ("No. | Item | Size": the items are the goods).
void find_names(Header& h, const grid::Table& table, size_t below) {
    if (h.product) return;
    for (size_t c = 0; c < h.senses.size(); ++c)
        if ((h.senses[c].role == Role::none || (h.senses[c].role == Role::index && c != h.index)) &&
            !taken(h, c) && mostly_names(column_sample(table, below, c))) {
            h.product = c;
            return;
        }
}

// "MOQ", "Min. order", "起订量": the least a buyer may order, not the quantity quoted.
bool minimum_order(const std::string& header) {
    std::string folded = fold(header);
    for (std::string_view word :
         {"moq", "min order", "min. order", "minimum", "mindest", "起订", "起訂", "最小", "最低"})
        if (folded.find(word) != std::string::npos) return true;
    return false;
}

// "MOQ | Qty": the quantity is the column of the quantity quoted, whichever comes first.
void prefer_quoted_quantity(Header& h) {
    if (!h.quantity || !minimum_order(h.texts[*h.quantity])) return;
    for (size_t c = 0; c < h.senses.size(); ++c)
        if (h.senses[c].role == Role::quantity && !minimum_order(h.texts[c])) {
            h.quantity = c;
            return;
        }
}

// Does the column headed like a row number ("Item") hold what the rows are, not their numbers?
bool index_names(const Header& h, const std::vector<std::string>& sample) {
    if (numbers_rows(sample)) return false;
    return (!h.model && h.specs.empty()) || mostly_names(sample);
}

void resolve(Header& h, const grid::Table& table, const std::string& yen) {
    std::vector<size_t> money;
    for (size_t c = 0; c < h.senses.size(); ++c) {
        if (h.senses[c].role == Role::money) money.push_back(c);
        assign(h, c, h.senses[c]);
        if (h.table_terms.currency.empty()) h.table_terms.currency = h.senses[c].currency;
        if (h.table_terms.incoterm.empty()) h.table_terms.incoterm = h.senses[c].incoterm;
    }
    prefer_quoted_quantity(h);
    size_t below = h.last + 1;
    // "USD / yard | EUR / m": columns of money per unit are prices (an amount is per line, never
    // per unit), each in its currency and unit.
    std::vector<size_t> per_unit;
    for (size_t c : money)
        if (!h.senses[c].unit.empty()) per_unit.push_back(c);
    if (h.prices.empty() && per_unit.size() > 1) {
        for (size_t c : per_unit)
            h.prices.push_back({c, h.senses[c]});
    } else if (h.prices.empty() && !money.empty()) {
        h.prices.push_back({money[0], h.senses[money[0]]});
        if (!h.amount && money.size() > 1) h.amount = money[1];
    } else if (!h.amount && !money.empty()) {
        h.amount = money[0];
    }
    settle_prices(h);
    // A merged header over a currency-symbol column and a number column ("Unit price" over
    // "$ | 12.50"): the column with the numbers is the price.
    for (PriceColumn& p : h.prices)
        p.column = numeric_neighbour(h, table, below, p.column);
    for (size_t& c : h.taxed_prices)
        c = numeric_neighbour(h, table, below, c);
    if (h.amount) h.amount = numeric_neighbour(h, table, below, *h.amount);
    // "Item": the product's name when nothing else names it or its cells are names ("Item |
    // Code | Price": the code is the model), else a row number.
    if (h.index && !h.product && index_names(h, column_sample(table, below, *h.index))) {
        h.product = h.index;
        h.index.reset();
    }
    find_category(h);
    find_codes(h, table, below);
    find_names(h, table, below);
    // "Material" names the article when its cells are all different (an SAP material number),
    // else it is a material (WCB, SS316) and a spec.
    for (size_t i = 0; !h.model && i < h.specs.size(); ++i)
        if (h.senses[h.specs[i]].weak_model &&
            all_different(column_sample(table, below, h.specs[i]))) {
            h.model = h.specs[i];
            h.specs.erase(h.specs.begin() + static_cast<std::ptrdiff_t>(i));
        }
    // A "Spec." column without a model column holds part numbers unless its cells are sizes.
    if (!h.model && !h.specs.empty() && !mostly_sizes(column_sample(table, below, h.specs[0]))) {
        h.model = h.specs[0];
        h.specs.erase(h.specs.begin());
    }
    (void)yen;
}

} // namespace

bool is_text_row(const std::vector<grid::Cell>& row) {
    return std::none_of(row.begin(), row.end(),
                        [](const grid::Cell& c) { return !c.text.empty() && is_numeric(c.text); });
}

bool title_across(const std::vector<grid::Cell>& row) {
    if (row.empty() || row.front().text.empty()) return false;
    size_t copies = 0;
    for (const grid::Cell& cell : row) {
        if (cell.text.empty()) continue;
        if (cell.text != row.front().text) return false;
        ++copies;
    }
    return copies >= 2 && copies * 2 >= row.size();
}

std::optional<Header> header_at(const grid::Table& table, size_t at, const std::string& yen) {
    const auto& row = table.rows[at];
    bool empty =
        std::all_of(row.begin(), row.end(), [](const grid::Cell& c) { return c.text.empty(); });
    if (empty || !is_text_row(row) || title_across(row)) return std::nullopt;
    const std::vector<grid::Cell>* second = nullptr;
    if (at + 1 < table.rows.size() && adds_to_header(row, table.rows[at + 1], yen))
        second = &table.rows[at + 1];
    Header h;
    h.first = at;
    h.last = second != nullptr ? at + 1 : at;
    size_t recognised = 0;
    bool price = false, name = false;
    for (size_t c = 0; c < row.size(); ++c) {
        h.texts.push_back(joined(row, second, c));
        h.senses.push_back(read_header(h.texts.back(), yen));
        Role role = h.senses.back().role;
        if (role == Role::none) continue;
        if (c > 0 && h.texts[c] == h.texts[c - 1]) continue; // a merged cell's copy
        ++recognised;
        price = price || price_like(role);
        name = name || name_like(role) || role == Role::index;
    }
    if (recognised < 2 || !price || !name) return std::nullopt;
    h.recognised = recognised;
    resolve(h, table, yen);
    bool priced = !h.prices.empty() || h.old_price; // a notice's current prices and a percent
    if (!priced || (!h.product && !h.model && h.specs.empty())) return std::nullopt;
    return h;
}

} // namespace mailclerk::pricing::detail
