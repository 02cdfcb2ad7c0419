#pragma once
// A price notice ("+5 % on the following references") states no prices itself: its items are
// the customer's earlier prices of the references it lists, changed by its percentage. Shared
// by both index writers (store/index_prices.cpp, store/postgres/pg_writer.cpp), which read the
// earlier prices with k_earlier_prices_sql and hand them here.
#include <vector>

#include "parsers/pricing/price_item.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

// The customer's ($1) quoted and notice items before the date $2, newest first, as the columns
// product, model, product_key, unit, currency, unit_price, spec. $n parameters: SQLite numbers
// them in order of appearance, PostgreSQL by n, so one text serves both.
inline constexpr const char* k_earlier_prices_sql =
    "SELECT product, model, product_key, unit, currency, unit_price, spec FROM price_items "
    "WHERE customer_id = $1 AND status IN ('quoted', 'notice') AND quoted_at < $2 "
    "ORDER BY quoted_at DESC, id ASC";

// True when `in` is a notice naming a percentage and references: only then are the earlier
// prices worth reading.
bool changes_earlier_prices(const NewMessage& in);

// The notice's items: each listed reference's latest earlier price (from `earlier`, as
// k_earlier_prices_sql lists them) changed by the percentage; references the customer's list
// does not know are left out. Empty unless changes_earlier_prices(in).
std::vector<parsers::PriceItem> notice_changes(const std::vector<parsers::PriceItem>& earlier,
                                               const NewMessage& in);

} // namespace mailclerk::store
