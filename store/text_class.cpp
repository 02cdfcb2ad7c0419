#include "store/text_class.hpp"

#include <array>

namespace mailclerk::store::text {
namespace {

// Latin-1 Supplement U+00C0..U+00FF folded to a lower-case base letter; 0 = keep as is
// (×, ÷ are symbols; ß, æ, ð, þ have no single-letter ASCII base).
constexpr std::array<char, 64> k_latin1_fold = {
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // C0..CF
    0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   0,   // D0..DF
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // E0..EF
    0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y', // F0..FF
};

// Latin Extended-A U+0100..U+017F: base letters in pairs (upper, lower) with few exceptions.
constexpr char k_latin_ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii" // 0100..0131
                                 "\0\0jjkkk"  // 0132..0138 (Ĳ ĳ kept)
                                 "llllllllll" // 0139..0142
                                 "nnnnnnnnn"  // 0143..014B (ŉ, Ŋ ŋ -> n)
                                 "oooooo\0\0" // 014C..0153 (Œ œ kept)
                                 "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"; // 0154..017F
static_assert(sizeof(k_latin_ext_a) == 0x80 + 1);

bool in(char32_t cp, char32_t lo, char32_t hi) {
    return cp >= lo && cp <= hi;
}

bool is_ideograph(char32_t cp) {
    return in(cp, 0x3040, 0x30FF)       // hiragana, katakana
           || in(cp, 0x31F0, 0x31FF)    // katakana phonetic extensions
           || in(cp, 0x3400, 0x4DBF)    // CJK extension A
           || in(cp, 0x4E00, 0x9FFF)    // CJK unified ideographs
           || in(cp, 0xF900, 0xFAFF)    // CJK compatibility ideographs
           || in(cp, 0xFF66, 0xFF9F)    // halfwidth katakana
           || in(cp, 0x1100, 0x11FF)    // Hangul jamo
           || in(cp, 0x3130, 0x318F)    // Hangul compatibility jamo
           || in(cp, 0xAC00, 0xD7AF)    // Hangul syllables
           || in(cp, 0x20000, 0x3FFFF); // CJK extensions B..
}

bool is_non_ascii_separator(char32_t cp) {
    return in(cp, 0x80, 0xBF)          // C1 controls, Latin-1 punctuation and symbols
           || cp == 0xD7 || cp == 0xF7 // × ÷
           || in(cp, 0x2000, 0x2BFF)   // general punctuation, symbols, arrows, box drawing
           || in(cp, 0x2E00, 0x2E7F)   // supplemental punctuation
           || in(cp, 0x3000, 0x303F) // CJK symbols and punctuation (、。「」 and U+3000 space)
           || in(cp, 0xFE10, 0xFE1F) // vertical forms
           || in(cp, 0xFE30, 0xFE6F) // CJK compatibility forms, small form variants
           || in(cp, 0xFF00, 0xFF65) // fullwidth punctuation left after folding, halfwidth CJK
           || in(cp, 0xFFF0, 0xFFFF) // specials, U+FFFD
           || in(cp, 0xE000, 0xF8FF) // private use
           || in(cp, 0x1F000, 0x1FAFF) // emoji and pictographs
           || cp == 0xFEFF;            // byte order mark
}

} // namespace

char32_t fold(char32_t cp) {
    if (in(cp, 0xFF01, 0xFF5E)) cp -= 0xFEE0;
    if (in(cp, 'A', 'Z')) return cp + ('a' - 'A');
    if (cp < 0xC0) return cp;
    if (cp <= 0xFF) {
        char base = k_latin1_fold[cp - 0xC0];
        if (base != 0) return static_cast<char32_t>(base);
        return (cp <= 0xDE && cp != 0xD7) ? cp + 0x20 : cp; // Æ -> æ, Ð -> ð, Þ -> þ
    }
    if (cp <= 0x17F) {
        char base = k_latin_ext_a[cp - 0x100];
        if (base != 0) return static_cast<char32_t>(base);
        return (cp % 2 == 0) ? cp + 1 : cp; // Ĳ -> ĳ, Œ -> œ
    }
    if (in(cp, 0x391, 0x3A9) || in(cp, 0x410, 0x42F)) return cp + 0x20; // Greek, Cyrillic capitals
    if (in(cp, 0x400, 0x40F)) return cp + 0x50;                         // Ѐ..Џ
    return cp;
}

CharClass classify(char32_t cp) {
    if (cp < 0x80) {
        bool alnum = in(cp, 'a', 'z') || in(cp, 'A', 'Z') || in(cp, '0', '9');
        return alnum ? CharClass::word : CharClass::separator;
    }
    if (is_ideograph(cp)) return CharClass::ideograph;
    if (is_non_ascii_separator(cp)) return CharClass::separator;
    return CharClass::word;
}

} // namespace mailclerk::store::text
