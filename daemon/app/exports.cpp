#include "daemon/exports.hpp"

#include <fmt/format.h>

#include "daemon/cli/output.hpp"
#include "daemon/cli/xlsx_writer.hpp"

namespace mailclerk::daemon {

std::string csv_cell(const std::string& cell) {
    if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

std::string roster_csv(const std::vector<RosterLine>& lines) {
    std::string out;
    auto append = [&](std::vector<std::string> cells) {
        for (auto& cell : cells)
            cell = csv_cell(cell);
        out += fmt::format("{}\n", fmt::join(cells, ","));
    };
    append(roster_header());
    for (const auto& line : lines)
        append(roster_cells(line));
    return out;
}

Status write_roster_xlsx(const std::filesystem::path& path, const std::vector<RosterLine>& lines) {
    std::vector<cli::SheetData> sheets;
    const auto& header = roster_header();
    for (const std::string& category : categories()) {
        cli::SheetData sheet{sheet_of_category(category), {header}, {}};
        for (size_t i = 11; i < header.size(); ++i)
            if (header[i] != "first_inbound" && header[i] != "last_inbound" &&
                header[i] != "first_outbound" && header[i] != "last_outbound" &&
                header[i] != "dormant" && header[i] != "follow_up_due")
                sheet.numeric_columns.push_back(i);
        for (const auto& line : lines)
            if (line.stats.customer.category == category) sheet.rows.push_back(roster_cells(line));
        sheets.push_back(std::move(sheet));
    }
    return cli::write_xlsx(path, sheets);
}

namespace {

std::vector<std::string> price_cells(const store::PriceRow& row) {
    const parsers::PriceItem& i = row.item;
    return {i.product,     i.model,    i.quantity,
            i.unit,        i.currency, i.unit_price,
            i.incoterm,    i.validity, row.quoted_at ? cli::iso_date(*row.quoted_at) : "",
            row.direction, row.sha256, row.attachment};
}

} // namespace

Status write_price_xlsx(const std::filesystem::path& path, const std::vector<store::PriceRow>& rows,
                        bool history) {
    const std::vector<std::string> header = {
        "Product",  "Model",    "Quantity",  "Unit",      "Currency",       "Unit price",
        "Incoterm", "Validity", "Quoted at", "Direction", "Source message", "Source attachment"};
    // Prices stay text: a number cell would read back as "12.5", not the quoted "12.50".
    cli::SheetData current{"Prices", {header}, {}};
    cli::SheetData superseded{"History", {header}, {}};
    for (const store::PriceRow& row : rows)
        (row.current ? current : superseded).rows.push_back(price_cells(row));
    std::vector<cli::SheetData> sheets{current};
    if (history) sheets.push_back(superseded);
    return cli::write_xlsx(path, sheets);
}

} // namespace mailclerk::daemon
