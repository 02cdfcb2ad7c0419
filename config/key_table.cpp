#include "config/key_table.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mailclerk::config::detail {

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {
thread_local KeyObserver* t_observer = nullptr;

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_string(std::string_view value) {
    std::string out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += fmt::format("\\{}", c);
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
        else
            out += c;
    }
    return out + "\"";
}
} // namespace

KeyObserver::KeyObserver() : m_previous(t_observer) {
    t_observer = this;
}
KeyObserver::~KeyObserver() {
    t_observer = m_previous;
}

void TableReader::note(std::string_view key, KeyType type, std::string before, int min,
                       int max) const {
    if (t_observer)
        t_observer->record(KeyEvent{m_name, std::string(key), type, std::move(before), min, max});
}

TableReader::TableReader(const toml::table& table, std::string_view table_name,
                         const std::filesystem::path& file)
    : m_table(table), m_name(table_name), m_file(file) {}

int TableReader::line() const {
    return static_cast<int>(m_table.source().begin.line);
}

tl::unexpected<Error> TableReader::error_at(const toml::node& node, std::string_view key,
                                            const std::string& message) const {
    auto line_number = node.source().begin.line;
    return fail(ErrorCode::config, fmt::format("{}:{}: {}.{}: {}", m_file.string(), line_number,
                                               m_name, key, message));
}

Status TableReader::get(std::string_view key, std::string& out) {
    m_known.emplace_back(key);
    note(key, KeyType::string, toml_string(out));
    const toml::node* node = m_table.get(key);
    if (!node) return {};
    if (auto value = node->value<std::string>()) {
        out = *value;
        return {};
    }
    return error_at(*node, key, "expected a string");
}

Status TableReader::get(std::string_view key, bool& out) {
    m_known.emplace_back(key);
    note(key, KeyType::boolean, out ? "true" : "false");
    const toml::node* node = m_table.get(key);
    if (!node) return {};
    if (auto value = node->value<bool>()) {
        out = *value;
        return {};
    }
    return error_at(*node, key, "expected true or false");
}

Status TableReader::get(std::string_view key, int& out, int min, int max) {
    m_known.emplace_back(key);
    note(key, KeyType::integer, std::to_string(out), min, max);
    const toml::node* node = m_table.get(key);
    if (!node) return {};
    auto value = node->value<int64_t>();
    if (!value) return error_at(*node, key, "expected an integer");
    if (*value < min || *value > max)
        return error_at(*node, key, fmt::format("must be between {} and {}", min, max));
    out = static_cast<int>(*value);
    return {};
}

Status TableReader::get(std::string_view key, std::vector<std::string>& out) {
    m_known.emplace_back(key);
    if (t_observer) {
        std::string list;
        for (const std::string& value : out)
            list += (list.empty() ? "" : ", ") + toml_string(value);
        note(key, KeyType::string_list, "[" + list + "]");
    }
    const toml::node* node = m_table.get(key);
    if (!node) return {};
    const toml::array* array = node->as_array();
    if (!array) return error_at(*node, key, "expected a list of strings");
    std::vector<std::string> values;
    for (const toml::node& element : *array) {
        auto value = element.value<std::string>();
        if (!value) return error_at(element, key, "expected a list of strings");
        values.push_back(*value);
    }
    out = std::move(values);
    return {};
}

Status TableReader::reject_unknown() const {
    for (const auto& [key, node] : m_table) {
        std::string_view name = key.str();
        if (std::find(m_known.begin(), m_known.end(), name) != m_known.end()) continue;
        std::string message = "unknown key";
        std::string_view best;
        size_t best_distance = 3;
        for (const std::string& known : m_known) {
            size_t distance = edit_distance(name, known);
            if (distance < best_distance) {
                best_distance = distance;
                best = known;
            }
        }
        if (!best.empty()) message += fmt::format(" (did you mean '{}'?)", best);
        return error_at(node, name, message);
    }
    return {};
}

} // namespace mailclerk::config::detail
