#pragma once
// Texts in the two languages mailclerk speaks (the daily digest, the web page), as tables of
// phrases under a key; each table lives beside its one user.
#include <algorithm>
#include <span>
#include <string_view>

namespace mailclerk {

struct Phrase {
    std::string_view key, en, zh;
};

// The phrase of `key` in `table`, or nullptr.
inline const Phrase* find_phrase(std::span<const Phrase> table, std::string_view key) {
    auto found = std::find_if(table.begin(), table.end(),
                              [&](const Phrase& phrase) { return phrase.key == key; });
    return found == table.end() ? nullptr : &*found;
}

// The text of `key` in `table`, Chinese or English; the key itself when the table lacks it (a
// bug the unit tests catch: every key has both languages).
inline std::string_view phrase(std::span<const Phrase> table, std::string_view key, bool chinese) {
    const Phrase* found = find_phrase(table, key);
    if (found == nullptr) return key;
    return chinese ? found->zh : found->en;
}

} // namespace mailclerk
