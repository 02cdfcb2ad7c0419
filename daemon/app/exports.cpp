#include "daemon/app/exports.hpp"

#include <fmt/format.h>

#include "daemon/sheets/csv.hpp"
#include "daemon/sheets/xlsx.hpp"
#include "parsers/date.hpp"
#include "parsers/pricing/as_written.hpp"

namespace mailclerk::app {

std::string roster_csv(const std::vector<RosterLine>& lines) {
    std::string out;
    out += sheets::csv_line(roster_header()) + "\n";
    for (const auto& line : lines)
        out += sheets::csv_line(roster_cells(line)) + "\n";
    return out;
}

Status write_roster_xlsx(const std::filesystem::path& path, const std::vector<RosterLine>& lines) {
    std::vector<sheets::SheetData> workbook;
    const auto& header = roster_header();
    for (const std::string& category : categories()) {
        sheets::SheetData sheet{sheet_of_category(category), {header}, {}};
        for (size_t i = 11; i < header.size(); ++i)
            if (header[i] != "first_inbound" && header[i] != "last_inbound" &&
                header[i] != "first_outbound" && header[i] != "last_outbound" &&
                header[i] != "dormant" && header[i] != "follow_up_due")
                sheet.numeric_columns.push_back(i);
        for (const auto& line : lines)
            if (line.stats.customer.category == category) sheet.rows.push_back(roster_cells(line));
        workbook.push_back(std::move(sheet));
    }
    return sheets::write_xlsx(path, workbook);
}

namespace {

std::vector<std::string> price_cells(const store::PriceRow& row) {
    const parsers::PriceItem& i = row.item;
    pricing::WrittenPrice written = pricing::as_written(i).value_or(pricing::WrittenPrice{});
    return {
        i.product,     i.model,     i.quantity,
        i.unit,        i.currency,  i.unit_price,
        i.incoterm,    i.validity,  row.quoted_at ? parsers::format_iso8601(*row.quoted_at) : "",
        row.direction, row.sha256,  row.attachment,
        written.price, written.per, written.unit};
}

} // namespace

Status write_price_xlsx(const std::filesystem::path& path, const std::vector<store::PriceRow>& rows,
                        bool history) {
    const std::vector<std::string> header = {
        "Product", "Model", "Quantity", "Unit", "Currency", "Unit price", "Incoterm", "Validity",
        "Quoted at", "Direction", "Source message", "Source attachment",
        // A price written for a count of pieces, as written ("85.00" per "1000" "千只").
        "Written price", "Written per", "Written unit"};
    // Prices stay text: a number cell would read back as "12.5", not the quoted "12.50".
    sheets::SheetData current{"Prices", {header}, {}};
    sheets::SheetData superseded{"History", {header}, {}};
    for (const store::PriceRow& row : rows)
        (row.current ? current : superseded).rows.push_back(price_cells(row));
    std::vector<sheets::SheetData> workbook{current};
    if (history) workbook.push_back(superseded);
    return sheets::write_xlsx(path, workbook);
}

} // namespace mailclerk::app
