#include "daemon/sheets/xlsx.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>
#include <system_error>

#include <unistd.h>
#include <xlsxwriter.h>

namespace mailclerk::sheets {
namespace {

// The libxlsxwriter workbook, owned here only. workbook_close() both writes and frees, so the
// destructor closes only a workbook that was abandoned half-way (its file is then removed).
class Workbook {
  public:
    explicit Workbook(const std::filesystem::path& path)
        : m_book(workbook_new(path.c_str())), m_path(path) {}
    ~Workbook() {
        if (!m_book) return;
        workbook_close(m_book);
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_book; }
    Status close() {
        lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return fail(ErrorCode::io,
                        "cannot write " + m_path.string() + ": " + lxw_strerror(error));
        return {};
    }

  private:
    lxw_workbook* m_book;
    std::filesystem::path m_path;
};

std::string sheet_name(const std::string& wanted, std::set<std::string>& taken) {
    std::string name;
    for (char c : wanted)
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    if (name.empty()) name = "Sheet";
    // 31 characters, not bytes; cut on a UTF-8 boundary.
    std::size_t chars = 0, end = 0;
    for (; end < name.size() && chars < 31; ++chars) {
        ++end;
        while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
            ++end;
    }
    name.resize(end);
    std::string unique = name;
    for (int n = 2; taken.count(unique); ++n)
        unique = name.substr(0, std::min<std::size_t>(name.size(), 27)) + "_" + std::to_string(n);
    taken.insert(unique);
    return unique;
}

bool is_plain_decimal(const std::string& text) {
    std::size_t i = (!text.empty() && text[0] == '-') ? 1 : 0;
    bool digits = false, point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9')
            digits = true;
        else if (text[i] == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits && text.size() <= 17; // beyond a double's exact digits, keep it as text
}

Status write_sheet(lxw_workbook* book, const SheetData& data, std::set<std::string>& taken,
                   lxw_format* bold) {
    std::string name = sheet_name(data.name, taken);
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    if (!sheet) return fail(ErrorCode::io, "cannot add sheet " + name);
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        for (std::size_t c = 0; c < data.rows[r].size(); ++c) {
            const std::string& text = data.rows[r][c];
            if (text.empty()) continue;
            auto row = static_cast<lxw_row_t>(r);
            auto col = static_cast<lxw_col_t>(c);
            bool numeric = r > 0 && is_plain_decimal(text) &&
                           std::count(data.numeric_columns.begin(), data.numeric_columns.end(), c);
            lxw_error error =
                numeric ? worksheet_write_number(sheet, row, col,
                                                 std::strtod(text.c_str(), nullptr), nullptr)
                        : worksheet_write_string(sheet, row, col, text.c_str(),
                                                 r == 0 ? bold : nullptr);
            if (error != LXW_NO_ERROR)
                return fail(ErrorCode::io, "sheet " + name + ": " + lxw_strerror(error));
        }
    }
    if (!data.rows.empty()) worksheet_freeze_panes(sheet, 1, 0);
    return {};
}

} // namespace

Status write_xlsx(const std::filesystem::path& path, const std::vector<SheetData>& sheets) {
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(::getpid());
    {
        Workbook book(temporary);
        if (!book.get()) return fail(ErrorCode::io, "cannot create " + temporary.string());
        lxw_format* bold = workbook_add_format(book.get());
        format_set_bold(bold);
        std::set<std::string> taken;
        for (const SheetData& sheet : sheets)
            if (auto ok = write_sheet(book.get(), sheet, taken, bold); !ok) return ok;
        if (sheets.empty()) workbook_add_worksheet(book.get(), nullptr);
        if (auto ok = book.close(); !ok) return ok;
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        return fail(ErrorCode::io, "cannot write " + path.string() + ": " + error.message());
    }
    return {};
}

} // namespace mailclerk::sheets
