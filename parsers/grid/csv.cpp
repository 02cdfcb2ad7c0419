#include "parsers/grid/csv.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace mailclerk::grid {
namespace {

// Fields per line of the first lines, splitting at `delimiter` outside quotes.
std::vector<size_t> field_counts(std::string_view text, char delimiter, size_t lines) {
    std::vector<size_t> counts;
    size_t fields = 1;
    bool quoted = false;
    for (size_t i = 0; i < text.size() && counts.size() < lines; ++i) {
        char c = text[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == delimiter) ++fields;
        if (c == '\n') {
            counts.push_back(fields);
            fields = 1;
        }
    }
    if (counts.size() < lines && fields > 1) counts.push_back(fields);
    return counts;
}

} // namespace

char sniff_delimiter(std::string_view text) {
    char best = ',';
    double best_score = 0;
    for (char delimiter : {',', ';', '\t', '|'}) {
        auto counts = field_counts(text, delimiter, 30);
        if (counts.empty()) continue;
        std::map<size_t, size_t> histogram;
        for (size_t n : counts)
            ++histogram[n];
        auto modal = std::max_element(histogram.begin(), histogram.end(),
                                      [](auto& a, auto& b) { return a.second < b.second; });
        if (modal->first < 2) continue;
        // Lines that agree on the field count, weighted a little by how many fields they
        // make: "1,5" in a semicolon file splits some lines at ',' but never consistently.
        double agree = static_cast<double>(modal->second) / static_cast<double>(counts.size());
        double score = agree * 10 + static_cast<double>(std::min<size_t>(modal->first, 10)) / 10;
        if (score > best_score) {
            best_score = score;
            best = delimiter;
        }
    }
    return best;
}

Table read_csv(std::string_view text, char delimiter, std::string_view where, size_t max_rows) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;
    auto end_row = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        rows.push_back(std::move(row));
        row.clear();
    };
    for (size_t i = 0; i < text.size() && rows.size() < max_rows; ++i) {
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
        } else if (c == '"' && cell.find_first_not_of(" ") == std::string::npos) {
            cell.clear();
            quoted = true;
        } else if (c == delimiter) {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
        } else {
            cell += c;
        }
    }
    if (!cell.empty() || !row.empty()) end_row();
    Table table = make_table(rows, std::string(where));
    return table;
}

} // namespace mailclerk::grid
