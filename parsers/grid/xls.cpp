#include "parsers/grid/xls.hpp"

#include <cerrno>
#include <freexl.h>
#include <memory>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "parsers/grid/number_format.hpp"

namespace mailclerk::grid {
namespace {

tl::unexpected<Error> bad(std::string message) {
    return fail(ErrorCode::parse, "not a readable .xls workbook: " + std::move(message));
}

// FreeXL reads only from a path; an anonymous in-memory file gives it one without touching
// the disk (parsers do no file I/O).
Result<Fd> memory_file(std::string_view bytes) {
    Fd fd(memfd_create("mailclerk-xls", MFD_CLOEXEC));
    if (!fd) return fail(ErrorCode::io, "memfd_create failed");
    size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(ErrorCode::io, "cannot write the in-memory copy");
        written += static_cast<size_t>(n);
    }
    return fd;
}

// The one owner of a FreeXL handle.
class Workbook {
  public:
    explicit Workbook(const std::string& path) { m_status = freexl_open(path.c_str(), &m_handle); }
    ~Workbook() {
        if (m_handle != nullptr) freexl_close(m_handle);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    bool ok() const { return m_status == FREEXL_OK && m_handle != nullptr; }
    const void* get() const { return m_handle; }

  private:
    const void* m_handle = nullptr;
    int m_status = FREEXL_OK;
};

std::string cell_text(const FreeXL_CellValue& value) {
    switch (value.type) {
    case FREEXL_CELL_INT:
        return std::to_string(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return format_number(value.value.double_value, "General");
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return value.value.text_value == nullptr ? std::string() : value.value.text_value;
    default:
        return {};
    }
}

Result<Table> read_sheet(const Workbook& book, unsigned short index, size_t& cells) {
    Table table;
    const char* name = nullptr;
    if (freexl_get_worksheet_name(book.get(), index, &name) == FREEXL_OK && name != nullptr)
        table.where = name;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(book.get(), index) != FREEXL_OK ||
        freexl_worksheet_dimensions(book.get(), &rows, &columns) != FREEXL_OK)
        return bad("sheet " + table.where + " cannot be read");
    // The dimensions are the file's claim, not its cells: a damaged header asks for 2^32 rows.
    if (!within_cells(rows, columns))
        return bad("sheet " + table.where + " spreads over more than 4 million places");
    for (unsigned int r = 0; r < rows; ++r) {
        std::vector<Cell> row(columns);
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(book.get(), r, c, &value) != FREEXL_OK) continue;
            row[c].text = collapse_spaces(cell_text(value));
            if (!row[c].text.empty() && ++cells > k_max_cells)
                return bad("more than 4 million cells");
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

bool looks_like_ole2(std::string_view bytes) {
    return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Result<std::vector<Table>> read_xls(std::string_view bytes) {
    if (!looks_like_ole2(bytes)) return bad("not an OLE2 compound file");
    auto fd = memory_file(bytes);
    if (!fd) return tl::unexpected<Error>(fd.error());
    Workbook book("/proc/self/fd/" + std::to_string(fd->get()));
    if (!book.ok()) return bad("FreeXL cannot open it (damaged, or not a workbook)");
    unsigned int password = 0, sheets = 0;
    if (freexl_get_info(book.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        return bad("it is password-protected");
    if (freexl_get_info(book.get(), FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK)
        return bad("no sheets");
    std::vector<Table> tables;
    size_t cells = 0;
    for (unsigned int i = 0; i < sheets && i < 256; ++i) {
        auto table = read_sheet(book, static_cast<unsigned short>(i), cells);
        if (!table) return tl::unexpected<Error>(table.error());
        tables.push_back(std::move(*table));
    }
    return tables;
}

} // namespace mailclerk::grid
