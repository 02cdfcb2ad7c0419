#include "parsers/xlsx_reader.hpp"

#include "common/file_io.hpp"

namespace mailclerk::parsers {

Result<Workbook> read_xlsx(std::string_view bytes) {
    auto sheets = grid::read_xlsx(bytes);
    if (!sheets) return tl::unexpected<Error>(sheets.error());
    Workbook book;
    for (const grid::Sheet& grid_sheet : *sheets) {
        Sheet sheet;
        sheet.name = grid_sheet.name;
        sheet.merged = grid_sheet.merged;
        for (const auto& row : grid_sheet.table.rows) {
            std::vector<std::string> texts;
            for (const grid::Cell& cell : row)
                texts.push_back(cell.spanned ? std::string() : cell.text);
            sheet.rows.push_back(std::move(texts));
        }
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

Result<Workbook> read_xlsx_file(const std::filesystem::path& path) {
    auto bytes = read_file(path);
    if (!bytes) return tl::unexpected<Error>(bytes.error());
    auto book = read_xlsx(*bytes);
    if (!book) book.error().message = path.string() + ": " + book.error().message;
    return book;
}

} // namespace mailclerk::parsers
