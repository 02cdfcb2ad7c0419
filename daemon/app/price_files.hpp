#pragma once
// The per-customer price-list.csv kept in the archive beside the customer's mail, so that the
// price list survives without mailclerk (Excel opens it) and is rebuilt from the index.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/price_book.hpp"

namespace mailclerk::app {

// The price list as CSV (UTF-8 with BOM so Excel reads Chinese right): current items, then,
// when history is wanted, the superseded ones, with a "status" column saying which. The last
// three columns hold a price written for a count of pieces as written (pricing::as_written:
// "85.00", "1000", "千只"), empty for a price written per unit.
std::string price_list_csv(const std::vector<store::PriceRow>& rows, bool history);

// Rewrite customers/<slug>/price-list.csv under the archive root atomically (AtomicFile:
// temporary file, fsync, rename over the old one), then fsync the directory.
Status write_price_list(const std::filesystem::path& root, const std::string& slug,
                        const std::vector<store::PriceRow>& rows);

// After a commit: rewrite the price lists of these customers from the index. The lists are
// derived data, so a failure is logged, not returned.
void rewrite_price_lists(store::PriceBook& index, const std::filesystem::path& root,
                         const std::set<std::string>& slugs);

} // namespace mailclerk::app
