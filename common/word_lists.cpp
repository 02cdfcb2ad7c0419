#include "common/word_lists.hpp"

namespace mailclerk {
namespace {

std::string_view trimmed(std::string_view line) {
    constexpr std::string_view k_space = " \t\r";
    size_t first = line.find_first_not_of(k_space);
    if (first == std::string_view::npos) return {};
    return line.substr(first, line.find_last_not_of(k_space) - first + 1);
}

} // namespace

WordLists::WordLists(std::string_view text) {
    Words* list = nullptr;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = trimmed(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.starts_with("# ")) continue;
        if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
            list = &m_lists[std::string(line.substr(1, line.size() - 2))];
            continue;
        }
        if (list) list->push_back(line);
    }
}

const Words& WordLists::operator[](std::string_view name) const {
    static const Words k_none;
    auto found = m_lists.find(name);
    return found == m_lists.end() ? k_none : found->second;
}

std::vector<std::string> WordLists::names() const {
    std::vector<std::string> out;
    for (const auto& [name, words] : m_lists)
        out.push_back(name);
    return out;
}

} // namespace mailclerk
