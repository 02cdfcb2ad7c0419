#pragma once
// The FTS5 tokenizer "mailclerk": CJK ideographs, kana and Hangul become one token per character,
// so a Chinese query word of any length is a phrase of single characters that matches exactly
// the texts containing it as a substring. Latin letters and digits form lower-cased words
// (DN50 and 5000S stay whole), fullwidth ASCII is folded to ASCII, Latin diacritics removed.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {

class Database;

inline constexpr const char* k_tokenizer_name = "mailclerk";

// Register the tokenizer on this connection (FTS5 tokenizers are per connection).
Status register_cjk_tokenizer(Database& db);

// The tokens of a text, as the index sees them (for tests and query diagnostics).
std::vector<std::string> tokenize(std::string_view text);

} // namespace mailclerk::store
