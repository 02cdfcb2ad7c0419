#include "config/key_table.hpp"

#include <algorithm>
#include <cstdio>

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

const toml::table* section(const toml::table& root, std::string_view name,
                           const std::filesystem::path& file, Status& status) {
    const toml::node* node = root.get(name);
    if (!node) return nullptr;
    if (!node->as_table())
        status = fail(ErrorCode::config, fmt::format("{}:{}: {}: expected a table", file.string(),
                                                     node->source().begin.line, name));
    return node->as_table();
}

int TableReader::line() const {
    return static_cast<int>(m_table.source().begin.line);
}

tl::unexpected<Error> TableReader::error_at(const toml::node& node, std::string_view key,
                                            const std::string& message) const {
    auto line_number = node.source().begin.line;
    return fail(ErrorCode::config, fmt::format("{}:{}: {}.{}: {}", m_file.string(), line_number,
                                               m_name, key, message));
}

tl::unexpected<Error> TableReader::error_at(std::string_view key,
                                            const std::string& message) const {
    if (const toml::node* node = m_table.get(key)) return error_at(*node, key, message);
    return fail(ErrorCode::config,
                fmt::format("{}:{}: {}.{}: {}", m_file.string(), line(), m_name, key, message));
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

namespace {

bool valid_day(int year, int month, int day) {
    static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= k_days[month - 1] && (month != 2 || day <= 28 || leap);
}

std::optional<Date> date_from_text(std::string_view text) {
    int year = 0, month = 0, day = 0;
    char dash1 = 0, dash2 = 0, rest = 0;
    std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d%c%2d%c%2d%c", &year, &dash1, &month, &dash2, &day, &rest) !=
            5 ||
        dash1 != '-' || dash2 != '-' || text.size() != 10)
        return std::nullopt;
    return Date{year, month, day};
}

} // namespace

Status TableReader::get(std::string_view key, std::optional<Date>& out) {
    m_known.emplace_back(key);
    note(key, KeyType::date,
         out ? fmt::format("{:04}-{:02}-{:02}", out->year, out->month, out->day) : "");
    const toml::node* node = m_table.get(key);
    if (!node) return {};
    std::optional<Date> value;
    if (auto date = node->value<toml::date>())
        value = Date{date->year, date->month, date->day};
    else if (auto text = node->value<std::string>())
        value = date_from_text(*text);
    if (!value || !valid_day(value->year, value->month, value->day))
        return error_at(*node, key, "expected a date such as 2024-01-01");
    out = value;
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
