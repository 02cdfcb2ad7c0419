#include "parsers/pricing/list_label.hpp"

#include <cctype>
#include <string>

#include "common/utf8.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing::detail {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

size_t digits_at(std::string_view text, size_t at) {
    size_t n = 0;
    while (at + n < text.size() && is_digit(text[at + n]))
        ++n;
    return n;
}

// The label's end followed by a space, the line's end or a character that is no digit (a
// label is never the start of a number or a model: "1.5 m", "1)2").
size_t closed_at(std::string_view line, size_t end) {
    if (end >= line.size()) return end;
    if (is_digit(line[end])) return 0;
    while (end < line.size() && (line[end] == ' ' || line[end] == '\t'))
        ++end;
    return end;
}

size_t after_marks(std::string_view line, size_t at,
                   std::initializer_list<std::string_view> marks) {
    for (std::string_view mark : marks)
        if (line.substr(at).starts_with(mark)) return closed_at(line, at + mark.size());
    return 0;
}

// "1." "1)" "1、" "1．" "1:" "a)" after the leading spaces.
size_t numbered(std::string_view line, size_t at) {
    size_t n = digits_at(line, at);
    if (n == 0 && at < line.size() && std::isalpha(static_cast<unsigned char>(line[at])) &&
        at + 1 < line.size() && line[at + 1] == ')')
        n = 1; // "a)"
    if (n == 0 || n > 3) return 0;
    return after_marks(line, at + n, {".", ")", "、", "．", ":", "：", "）"});
}

// "(1)" "（1）" "[1]".
size_t bracketed(std::string_view line, size_t at) {
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}, {"[", "]"}}) {
        if (!line.substr(at).starts_with(open)) continue;
        size_t n = digits_at(line, at + open.size());
        if (n == 0 || n > 3) return 0;
        return after_marks(line, at + open.size() + n, {close});
    }
    return 0;
}

// "一、" "十二、" "①".
size_t chinese(std::string_view line, size_t at) {
    static constexpr std::u32string_view k_numerals = U"一二三四五六七八九十";
    size_t pos = at, count = 0;
    while (pos < line.size()) {
        size_t next = pos;
        char32_t c = utf8::next(line, next);
        if (c >= U'\u2460' && c <= U'\u2473' && count == 0) // ① .. ⑳
            return closed_at(line, next);
        if (k_numerals.find(c) == std::u32string_view::npos) break;
        pos = next;
        ++count;
    }
    if (count == 0 || count > 3) return 0;
    return after_marks(line, pos, {"、", "．", "."});
}

// "Item 1:" "Item 1 -" "No. 1" "No.1" "#1".
size_t worded(std::string_view line, size_t at) {
    std::string lower = utf8::ascii_lower(line.substr(at, 8));
    for (std::string_view word : {"item ", "item", "no. ", "no.", "pos. ", "pos.", "#"}) {
        if (!lower.starts_with(word)) continue;
        size_t n = digits_at(line, at + word.size());
        if (n == 0 || n > 3) continue;
        size_t end = at + word.size() + n;
        if (size_t marked = after_marks(line, end, {":", "：", ".", ")", " -", " –"}))
            return marked;
        if (end < line.size() && line[end] == ' ') return closed_at(line, end);
    }
    return 0;
}

// "Option A:" "Variante 2 -" "方案一：" (words.txt [option_labels]): the alternatives of an
// offer, each an entry; the word, a number or one capital letter (or a Chinese numeral), and
// a mark.
size_t optioned(std::string_view line, size_t at) {
    std::string lower = utf8::ascii_lower(line.substr(at, 16));
    for (std::string_view word : word_lists()["option_labels"]) {
        if (!lower.starts_with(word)) continue;
        size_t end = at + word.size();
        if (end < line.size() && line[end] == ' ') ++end;
        size_t n = digits_at(line, end);
        if (n == 0 && end < line.size() && line[end] >= 'A' && line[end] <= 'Z') n = 1;
        if (n == 0) { // "方案一"
            size_t next = end;
            if (next < line.size() &&
                std::u32string_view(U"一二三四五六七八九十").find(utf8::next(line, next)) !=
                    std::u32string_view::npos)
                n = next - end;
        }
        if (n == 0 || n > 3) continue;
        if (size_t marked = after_marks(line, end + n, {":", "：", ")", " -", " –"})) return marked;
    }
    return 0;
}

} // namespace

size_t list_label(std::string_view line) {
    size_t at = 0;
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t'))
        ++at;
    if (at >= line.size()) return 0;
    for (size_t (*label)(std::string_view, size_t) :
         {numbered, bracketed, chinese, worded, optioned})
        if (size_t end = label(line, at); end > at) return end;
    // Bullets: "-", "*", "•", "·", "▪" and a space.
    for (std::string_view bullet : {"- ", "* ", "\u2022", "\u00B7", "\u25AA"})
        if (line.substr(at).starts_with(bullet)) return closed_at(line, at + bullet.size());
    return 0;
}

} // namespace mailclerk::pricing::detail
