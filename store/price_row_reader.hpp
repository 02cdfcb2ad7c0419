#pragma once
// One row of price_rows_sql (store/price_book.hpp) as a PriceRow, whichever database it came
// from: SQLite's Statement (store/index_prices.cpp) and libpq's rows (store/postgres/) read
// the same columns in the same order.
#include <optional>
#include <string>

#include "store/rows.hpp"

namespace mailclerk::store {

// `text(column)` reads a column as text, `number(column)` as an optional integer (nullopt for
// NULL). Columns 0..18 as price_rows_sql lists them.
template <typename Text, typename Number>
PriceRow read_price_columns(const Text& text, const Number& number) {
    PriceRow row;
    parsers::PriceItem& item = row.item;
    std::string* const leading[] = {&item.product,    &item.model,    &item.product_key,
                                    &item.quantity,   &item.unit,     &item.currency,
                                    &item.unit_price, &item.incoterm, &item.validity};
    int column = 0;
    for (std::string* field : leading)
        *field = text(column++);
    row.quoted_at = number(9);
    row.direction = text(10);
    item.line = text(11);
    std::optional<int64_t> attachment = number(12);
    item.attachment = attachment ? static_cast<int>(*attachment) : -1;
    std::string* const trailing[] = {&row.sha256,  &row.attachment,      &item.spec,
                                     &item.status, &item.previous_price, &item.reference};
    column = 13;
    for (std::string* field : trailing)
        *field = text(column++);
    return row;
}

} // namespace mailclerk::store
