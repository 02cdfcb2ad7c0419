#include "store/agenda_rows.hpp"

#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

namespace mailclerk::store {

std::span<const AgendaMessage::Customer> agenda_customers_of(std::string_view text, Arena& arena) {
    // At most one link more than there are commas.
    auto out = arena.array<AgendaMessage::Customer>(
        text.empty() ? 0 : static_cast<size_t>(std::count(text.begin(), text.end(), ',')) + 1);
    size_t n = 0;
    for (; !text.empty(); ++n) {
        size_t comma = text.find(',');
        std::string_view link = text.substr(0, comma);
        size_t colon = link.find(':');
        std::from_chars(link.data(), link.data() + std::min(colon, link.size()), out[n].id);
        out[n].addressed = colon != std::string_view::npos && link.substr(colon + 1) == "1";
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return out.first(n);
}

std::vector<std::pair<std::string, std::string>> agenda_addresses_of(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_array()) return out;
    for (const auto& pair : json)
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
            out.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    return out;
}

std::string agenda_customers_text(const std::vector<AgendaMessage::Customer>& customers) {
    std::string out;
    for (const AgendaMessage::Customer& c : customers)
        out += (out.empty() ? "" : ",") + std::to_string(c.id) + (c.addressed ? ":1" : ":0");
    return out;
}

// Invalid UTF-8 is replaced rather than thrown on: the database refuses such text anyway, and
// the reader needs only the addresses it can compare.
std::string agenda_addresses_text(const std::vector<std::pair<std::string, std::string>>& pairs) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& [role, address] : pairs)
        array.push_back({role, address});
    return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace mailclerk::store
