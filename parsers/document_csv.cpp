// CSV (and TSV): charset by BOM or detection, separator by what the first lines use most,
// RFC 4180 quoting (doubled quotes, separators and line breaks inside quotes).
#include <algorithm>

#include "parsers/document.hpp"

namespace mailclerk::parsers {
namespace {

char guess_separator(std::string_view text) {
    std::string_view head = text.substr(0, 4096);
    char best = ',';
    long best_count = 0;
    for (char c : {',', ';', '\t'}) {
        long count = std::count(head.begin(), head.end(), c);
        if (count > best_count) {
            best = c;
            best_count = count;
        }
    }
    return best;
}

Table parse_csv(std::string_view text, char separator) {
    Table rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"' && cell.empty()) {
            quoted = true;
        } else if (c == separator) {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.empty() || !row.empty()) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Document read_csv(std::string_view bytes, const DocumentLimits&) {
    Document document;
    document.text = decode_text(bytes);
    document.tables.push_back(parse_csv(document.text, guess_separator(document.text)));
    return document;
}

} // namespace mailclerk::parsers
