#include "parsers/grid/label_blocks.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "common/utf8.hpp"

namespace mailclerk::grid {
namespace {

struct Field {
    std::string label, value;
};

// "Model No.: XD-PB10", "Preț unitar：259,00 lei/buc": the label and its value, or nullopt. A
// label is short (a sentence with a colon is no label) and holds no digit before its colon
// ("10:30", "Tel: 0086 …" is a label, but "1. Note: …" is not).
std::optional<Field> field_of(std::string_view line) {
    line = utf8::trim(line);
    size_t colon = line.find(':'), width = 1;
    if (size_t full = line.find("\uFF1A"); full < colon) {
        colon = full;
        width = std::string_view("\uFF1A").size();
    }
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
    std::string_view label = utf8::trim(line.substr(0, colon));
    std::string_view value = utf8::trim(line.substr(colon + width));
    if (label.empty() || value.empty() || label.find_first_of("0123456789") != label.npos ||
        std::count(label.begin(), label.end(), ' ') > 4 || label.find("://") != label.npos ||
        value.starts_with("//"))
        return std::nullopt;
    return Field{std::string(label), std::string(value)};
}

struct Block {
    std::vector<Field> fields;
    size_t first_line = 0;
    std::string line; // the block's lines joined by " | "
};

std::vector<Block> blocks_of(std::string_view text) {
    std::vector<Block> blocks;
    Block current;
    size_t number = 0, pos = 0;
    auto close = [&] {
        if (current.fields.size() >= 2) blocks.push_back(std::move(current));
        current = Block{};
    };
    while (pos <= text.size()) {
        size_t end = std::min(text.find('\n', pos), text.size());
        ++number;
        auto field = field_of(text.substr(pos, end - pos));
        // The first label again starts the next item, blank line or not.
        bool again = field && !current.fields.empty() && field->label == current.fields[0].label;
        if (!field || again) close();
        if (field) {
            if (current.fields.empty()) current.first_line = number;
            current.line += (current.line.empty() ? "" : " | ") +
                            std::string(utf8::trim(text.substr(pos, end - pos)));
            current.fields.push_back(std::move(*field));
        }
        pos = end + 1;
    }
    close();
    return blocks;
}

std::vector<std::string> labels_of(const Block& block) {
    std::vector<std::string> labels;
    for (const Field& field : block.fields)
        labels.push_back(field.label);
    return labels;
}

Table table_of(const std::vector<Block>& blocks, std::string_view where) {
    std::vector<std::vector<std::string>> rows{labels_of(blocks.front())};
    for (const Block& block : blocks) {
        std::vector<std::string> row;
        for (const Field& field : block.fields)
            row.push_back(field.value);
        rows.push_back(std::move(row));
    }
    Table table = make_table(rows, std::string(where));
    // The header row has no line of its own: the first block's line stands for it.
    table.first_row = blocks.front().first_line;
    table.lines.push_back(blocks.front().line);
    for (const Block& block : blocks)
        table.lines.push_back(block.line);
    return table;
}

} // namespace

std::vector<Table> label_blocks(std::string_view text, std::string_view where) {
    std::vector<Block> blocks = blocks_of(text);
    std::vector<Table> tables;
    size_t i = 0;
    while (i < blocks.size()) {
        size_t j = i + 1;
        while (j < blocks.size() && labels_of(blocks[j]) == labels_of(blocks[i]))
            ++j;
        std::vector<Block> run(blocks.begin() + static_cast<std::ptrdiff_t>(i),
                               blocks.begin() + static_cast<std::ptrdiff_t>(j));
        if (run.size() >= 2 || run.front().fields.size() >= 3)
            tables.push_back(table_of(run, where));
        i = j;
    }
    return tables;
}

} // namespace mailclerk::grid
