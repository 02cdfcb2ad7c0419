#pragma once
// Code point classes shared by slugify() and the FTS5 tokenizer, so that a folder name and a
// search token agree on what a "letter" is. No Unicode tables: CJK, kana and Hangul are known
// by block, punctuation and symbols by block; every other non-ASCII code point counts as a
// letter (good enough for Latin, Greek, Cyrillic, Arabic, Thai, ...).
#include <string>
#include <string_view>

namespace mailclerk::store::text {

enum class CharClass {
    word,      // ASCII letter or digit, or a non-ASCII letter that belongs inside a word
    ideograph, // CJK ideograph, kana or Hangul: one search token per character
    separator, // space, punctuation, symbol, control
};

// Fullwidth ASCII (U+FF01..U+FF5E) to ASCII; ASCII, Latin-1 and Latin Extended-A letters to
// lower case without diacritics (É -> e; ß, æ stay), Greek and Cyrillic capitals to lower case;
// every other code point unchanged.
char32_t fold(char32_t cp);

// The class of an already folded code point.
CharClass classify(char32_t cp);

} // namespace mailclerk::store::text
