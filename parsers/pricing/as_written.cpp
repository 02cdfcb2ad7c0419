#include "parsers/pricing/as_written.hpp"

#include <cctype>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"

namespace mailclerk::pricing {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "千只", "1000 pcs", "K pcs" at the start of the text, as written: the count, then its unit
// word (Latin letters, or the longest CJK unit of up to three characters).
std::string written_count(std::string_view text) {
    size_t end = 0;
    while (end < text.size() && text[end] == ' ')
        ++end;
    size_t start = end;
    if (!text.substr(end).empty() && static_cast<unsigned char>(text[end]) >= 0x80)
        utf8::next(text, end);
    else
        while (end < text.size() && (is_digit(text[end]) || (end == start && text[end] != ' ')))
            ++end;
    while (end < text.size() && text[end] == ' ')
        ++end;
    if (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) {
        while (end < text.size() &&
               (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '.'))
            ++end;
        return std::string(text.substr(start, end - start));
    }
    size_t best = end, pos = end;
    for (int chars = 0; chars < 3 && pos < text.size(); ++chars) {
        utf8::next(text, pos);
        if (!normalise_unit(text.substr(end, pos - end)).empty()) best = pos;
    }
    return std::string(utf8::trim(text.substr(start, best - start)));
}

// "M" or "C" alone after a slash or "per": the count it stands for, with `unit` the letter; "".
std::string roman_count(std::string_view text, std::string& unit) {
    size_t at = text.find_first_not_of(' ');
    if (at == std::string_view::npos || (text[at] != 'M' && text[at] != 'C')) return {};
    if (at + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[at + 1]))) return {};
    unit = std::string(1, text[at]);
    return text[at] == 'M' ? "1000" : "100";
}

// The counts of pieces the line names: a cell or word starting with 千/万/萬 ("千只"), or a
// count after a slash or "per"/"每" ("/1000pcs", "per K pcs"). Each with its words as written.
std::vector<WrittenPrice> counts_in(std::string_view line) {
    std::vector<WrittenPrice> out;
    std::string lower = utf8::ascii_lower(line);
    // The first bytes of the keys below: a count starts nowhere else, and most bytes are
    // passed over without comparing each key.
    static constexpr std::string_view k_key_starts = "/pj\xE4\xE5\xE6\xE8\xEF";
    for (size_t at = 0; at < line.size(); ++at) {
        if (k_key_starts.find(lower[at]) == std::string_view::npos) continue;
        size_t from = std::string_view::npos;
        for (std::string_view key : {"千", "万", "萬"})
            if (line.substr(at).starts_with(key)) from = at;
        for (std::string_view key : {"/", "／", "per ", "每", "je ", "pro "})
            if (std::string_view(lower).substr(at).starts_with(key)) from = at + key.size();
        if (from == std::string_view::npos) continue;
        WrittenPrice found;
        std::string unit;
        found.per = count_unit(line.substr(from), unit);
        found.unit = written_count(line.substr(from));
        // "$124.00/M", "$45.00/C": a thousand and a hundred pieces in US trade (Roman numerals).
        if (found.per.empty()) found.per = roman_count(line.substr(from), found.unit);
        if (found.per.empty()) continue;
        out.push_back(std::move(found));
    }
    return out;
}

// The numbers of the line as written ("85.00", "1,150.00").
std::vector<std::string> numbers_in(std::string_view line) {
    std::vector<std::string> out;
    for (size_t at = 0; at < line.size(); ++at) {
        if (!is_digit(line[at]) || (at > 0 && (is_digit(line[at - 1]) || line[at - 1] == '.')))
            continue;
        size_t end = at;
        while (end < line.size() && (is_digit(line[end]) || line[end] == '.' || line[end] == ','))
            ++end;
        while (end > at && !is_digit(line[end - 1]))
            --end;
        out.emplace_back(line.substr(at, end - at));
        at = end;
    }
    return out;
}

bool same_decimal(const std::string& a, const std::string& b) {
    auto trimmed = [](std::string d) {
        if (d.find('.') == std::string::npos) return d;
        while (d.ends_with('0'))
            d.pop_back();
        if (d.ends_with('.')) d.pop_back();
        return d;
    };
    return trimmed(a) == trimmed(b);
}

} // namespace

std::optional<WrittenPrice> as_written(const PriceItem& item) {
    if (item.unit_price.empty()) return std::nullopt;
    for (WrittenPrice found : counts_in(item.line)) {
        if ((found.unit == "M" || found.unit == "C") && item.unit != "pcs") continue;
        std::string times =
            multiply_by_power_of_ten(item.unit_price, static_cast<int>(found.per.size()) - 1);
        for (const std::string& number : numbers_in(item.line))
            if (auto value = parse_decimal(number); value && same_decimal(*value, times)) {
                found.price = number;
                return found;
            }
    }
    return std::nullopt;
}

} // namespace mailclerk::pricing
