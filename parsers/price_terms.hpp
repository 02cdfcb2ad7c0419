#pragma once
// The vocabulary of quotes: currencies, units, incoterms, validity and column headers, in
// English, Simplified and Traditional Chinese. Pure functions over UTF-8 text.
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// ISO code of the first currency named in the text ("US$" "USD" "$" "美元" -> "USD"; "RMB"
// "CNY" "¥" "￥" "元" "人民币" -> "CNY"; "NT$" "TWD" -> "TWD"; "HK$" -> "HKD"; "JPY" "円"
// "日元" -> "JPY"; "EUR" "€" -> "EUR"; "GBP" "£" -> "GBP"), or "" when none.
std::string find_currency(std::string_view text);

// Canonical unit of a unit word ("pcs" for pc/pcs/piece/pieces, "sets", "kg", "ton", "m",
// "ctns", "pairs", "units"; Chinese units 台 件 吨 套 个 只 箱 米 as written), or "".
std::string normalise_unit(std::string_view word);
// The unit named after a '/' or "per" in the text ("12.50/pc", "USD per set"), or "".
std::string find_unit_after_slash(std::string_view text);
// The unit written right after a number ("500 pcs", "2吨"), or "".
std::string find_trailing_unit(std::string_view text);

// "FOB Ningbo", "CIF", "EXW Shenzhen", "FOB 宁波": the first incoterm of the text with the
// place that follows it, or "".
std::string find_incoterm(std::string_view text);

// The validity of a quote ("30 days", "2026-12-31", "30天") after "valid"/"validity"/"有效期";
// "" when the text names none.
std::string find_validity(std::string_view text);

// What a table column holds, from its header cell.
enum class Column {
    none,
    index,
    product,
    model,
    size,
    quantity,
    unit,
    price,
    amount,
    currency,
    term
};
Column classify_header(std::string_view header);

// A totals row ("Total", "合计", "總計", "Subtotal"): never an item.
bool is_totals_row(std::string_view cell);

// Product identity across quotes: ASCII lower-case, full-width forms as half-width, every
// kind of space removed ("ＡＢ-100 x" and "ab-100X" are one product).
std::string product_key(std::string_view model_or_product);

// Display width in a fixed-width font: CJK and full-width characters take two columns.
size_t display_width(std::string_view text);

} // namespace mailclerk::parsers
