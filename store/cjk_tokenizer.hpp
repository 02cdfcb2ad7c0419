#pragma once
// The FTS5 tokenizer "mailclerk".
//
// Documents: CJK ideographs, kana and Hangul give one token per character; Latin letters and
// digits form words, case-folded, Latin diacritics removed (also combining marks), fullwidth
// ASCII folded to ASCII; DN50 and 5000S stay whole, QT-2026-0412 is the three words qt 2026 0412
// in a row. These pieces take one position each. At the same position as each piece (FTS5
// "colocated") is the pair it forms with the next piece: the bigram of two CJK characters of one
// run (报价), else both pieces joined by a space behind the byte 0x01 ("ball valves", "价 dn50",
// "qt 2026"; the mark keeps them out of one-word prefix queries).
//
// Queries: a single piece is itself; two or more are the phrase of their pairs (报价单 -> 报价
// 价单; "ball valves thank you" -> "ball valves" "valves thank" "thank you"). Pairs at
// consecutive positions occur exactly where the pieces do, so a phrase or a CJK word is found
// through the short lists of its pairs instead of by intersecting the long lists of common
// characters and words and checking positions (Solr's "common grams", for every pair). A CJK
// character and its neighbour across a space or punctuation form a spaced pair, so 报价 never
// matches 报，价.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::store {

class Database;

inline constexpr const char* k_tokenizer_name = "mailclerk";

// Register the tokenizer on this connection (FTS5 tokenizers are per connection).
Status register_cjk_tokenizer(Database& db);

enum class TokenizeMode { document, query };

// One token as the index sees it; start/end are byte offsets into the tokenized text.
struct Token {
    std::string text;
    size_t start = 0;
    size_t end = 0;
    bool colocated = false; // at the same position as the previous token
};

// The tokens of a text in the given mode (for tests, snippets and query diagnostics).
std::vector<Token> tokens(std::string_view text, TokenizeMode mode = TokenizeMode::document);

// Calls word(text, start, end) for each position-bearing token of a document (a CJK character or
// a word, folded), in order; stops when it returns false. No allocation per token beyond the
// word's own.
void for_each_word(std::string_view text,
                   const std::function<bool(std::string_view, size_t, size_t)>& word);

// The texts of the position-bearing tokens of a document: one per character for CJK, one per
// word otherwise (what a phrase is made of). Colocated bigrams are left out.
std::vector<std::string> tokenize(std::string_view text);

} // namespace mailclerk::store
