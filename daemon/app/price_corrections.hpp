#pragma once
// A rep's correction of a customer's price list, whoever asks (`mailclerk prices fix`, the web
// page's customer page): a row's price, currency or unit set, the row struck off as no price, or
// the correction undone. Recorded in the index and its journal (so `reindex` keeps it), it wins
// over what extraction reads from the same message and ends when a newer message prices the
// product. A corrected price that another column of the row's table holds makes that column the
// customer's price column (parsers::implied_price_column): the customer's priced messages are
// read again with it at once. The customer's price-list.csv is rewritten after each change.
#include <string>

#include "common/result.hpp"
#include "daemon/app/workspace.hpp"
#include "store/rows.hpp"

namespace mailclerk::app {

struct PriceCorrection {
    std::string item;                  // the row's product key, model or name
    std::string price, currency, unit; // as typed: "12.80", "eur", "PCS"; "" = unchanged
    bool not_a_price = false;          // the row is no price: strike it off
    bool agreed = false;               // the agreed (contract, order) price's row, not the quote's
};

struct CorrectionDone {
    std::string key, side;  // the product key and side of the row
    parsers::PriceItem was; // the row as extracted
    store::PriceFix fix;    // as recorded; fix.column is set when the layout showed a column
};

// Correct the current row ITEM names on the customer's list. Fails with usage for a bad price,
// currency or field combination, not_found for an unknown product or row.
Result<CorrectionDone> correct_price(Workspace& workspace, const std::string& slug,
                                     const PriceCorrection& correction);

// Remove the correction of that row (the quote side unless `agreed`, or the side corrected);
// not_found when there is none.
Result<CorrectionDone> undo_correction(Workspace& workspace, const std::string& slug,
                                       const PriceCorrection& correction);

} // namespace mailclerk::app
