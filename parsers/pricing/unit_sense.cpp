#include "parsers/pricing/unit_sense.hpp"

#include <algorithm>
#include <string>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

// How many words of the list the folded text has.
size_t count_words(const std::string& folded, std::string_view list) {
    const Words& words = word_lists()[list];
    return static_cast<size_t>(
        std::count_if(words.begin(), words.end(), [&](auto w) { return has_word(folded, w); }));
}

bool any_word(std::string_view text, std::string_view list) {
    return count_words(fold(text), list) > 0;
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Where `word` (ASCII, lower case) stands in the text as a word of its own, any case; npos if
// nowhere.
bool has_token(std::string_view text, std::string_view word) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
        bool left = at > 0 && is_letter(lower[at - 1]);
        bool right = at + word.size() < lower.size() && is_letter(lower[at + word.size()]);
        if (!left && !right) return true;
    }
    return false;
}

// Does the document write a tonne other than "mt" ("t", "ton", "tonnellate", "吨")?
bool writes_other_tonne(std::string_view text) {
    // Chinese writes its tonne between other characters, with no word boundary to look for.
    return std::ranges::any_of(word_lists()["tonne_words"], [&](std::string_view w) {
        bool ascii =
            std::ranges::all_of(w, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        return ascii ? has_token(text, w) : text.find(w) != std::string_view::npos;
    });
}

// The price of the item as written right before "/M", "/C", "per M" in its line, with the count
// that letter stands for ("1000", "100"); empty when the line writes none.
std::string roman_count(const PriceItem& item) {
    const std::string& line = item.line;
    for (size_t at = 0; at < line.size(); ++at) {
        size_t letter = std::string::npos;
        if (line[at] == '/')
            letter = at + 1;
        else if (line.compare(at, 5, " per ") == 0)
            letter = at + 5;
        if (letter == std::string::npos || letter >= line.size()) continue;
        while (letter < line.size() && line[letter] == ' ')
            ++letter;
        if (letter >= line.size() || (line[letter] != 'M' && line[letter] != 'C')) continue;
        if (letter + 1 < line.size() && is_letter(line[letter + 1])) continue;
        // The number before the slash must be the price read.
        size_t end = at;
        while (end > 0 && line[end - 1] == ' ')
            --end;
        size_t start = end;
        while (start > 0 && (std::isdigit(static_cast<unsigned char>(line[start - 1])) ||
                             line[start - 1] == '.' || line[start - 1] == ','))
            --start;
        std::string number = line.substr(start, end - start);
        std::erase(number, ',');
        auto value = parse_decimal(number);
        if (value && parse_decimal(item.unit_price) == value)
            return line[letter] == 'M' ? "1000" : "100";
    }
    return {};
}

} // namespace

bool looks_italian(std::string_view text) {
    // Three different ones of the small words only Italian writes often.
    std::string folded = fold(text.substr(0, std::min<size_t>(text.size(), 20000)));
    return count_words(folded, "italian_words") >= 3;
}

bool sold_by_length(std::string_view product) {
    return any_word(product, "length_goods");
}

bool sold_by_weight(std::string_view product) {
    return any_word(product, "weight_goods");
}

bool counted_piece(std::string_view product) {
    return any_word(product, "counted_goods");
}

bool mt_means_metre(std::string_view document, std::string_view product) {
    // Only Italian writes "mt" for metro; elsewhere "MT" is the trade's metric tonne, also for
    // pipe (a mill's "ERW Steel Pipe ... USD 655/MT"). Bulk goods are weighed in any language.
    return looks_italian(document) && !sold_by_weight(product);
}

void settle_units(std::vector<PriceItem>& items, std::string_view document) {
    bool mt_only = has_token(document, "mt") && !writes_other_tonne(document);
    for (PriceItem& item : items) {
        std::string name = item.product + " " + item.model;
        if (item.unit == "ton" && (has_token(item.line, "mt") || mt_only) &&
            mt_means_metre(document, name))
            item.unit = "m";
        // "$124.00/M" for hex cap screws: per thousand pieces; for a cable it stays a metre.
        if ((item.unit == "m" || item.unit.empty()) && counted_piece(name) && !sold_by_length(name))
            if (std::string count = roman_count(item); !count.empty()) {
                item.unit_price =
                    divide_by_power_of_ten(item.unit_price, static_cast<int>(count.size()) - 1);
                item.unit = "pcs";
            }
    }
}

} // namespace mailclerk::pricing
