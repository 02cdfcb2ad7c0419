#pragma once
// Names of an enumeration's values from a table written in the enumeration's order: one line a
// name instead of a switch, for enumerations whose values are 0, 1, 2, ...
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace mailclerk {

// names[value], or `fallback` for a value beyond the table.
template <typename Enum, size_t N>
constexpr std::string_view enum_name(Enum value, const std::string_view (&names)[N],
                                     std::string_view fallback) {
    static_assert(std::is_enum_v<Enum>);
    auto at = static_cast<size_t>(value);
    return at < N ? names[at] : fallback;
}

} // namespace mailclerk
