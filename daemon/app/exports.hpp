#pragma once
// The roster and price-list exports, shared by the CLI (`customers --csv|--xlsx`,
// `prices --xlsx`) and the web page's downloads, so both hand out the same files.
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "daemon/app/roster.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

// The roster as CSV (roster_header() then one line per customer), "\n" line ends.
std::string roster_csv(const std::vector<RosterLine>& lines);
// The roster workbook: one sheet per category (已成交客户, 重点培养客户, ...).
Status write_roster_xlsx(const std::filesystem::path& path, const std::vector<RosterLine>& lines);
// The price list workbook: sheet "Prices" (current), and "History" when asked; the last three
// columns hold a price written for a count of pieces as written (pricing::as_written).
Status write_price_xlsx(const std::filesystem::path& path, const std::vector<store::PriceRow>& rows,
                        bool history);

} // namespace mailclerk::app
