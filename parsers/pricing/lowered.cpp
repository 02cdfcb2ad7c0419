#include "parsers/pricing/lowered.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>

#include "common/utf8.hpp"
#include "parsers/pricing/asking.hpp"
#include "parsers/pricing/fillers.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing::detail {
namespace {

struct Lowering {
    std::string_view before; // the line up to its "lowest" word
    std::string price;       // canonical decimal
};

// The number right after the line's "lowest" word, when nothing after it makes it a count or a
// measure: the line ends, or goes on with a word of [lowered_end] ("了", "元", "，", " now").
std::optional<Lowering> lowering_in(std::string_view line) {
    std::string lower = utf8::ascii_lower(line);
    for (std::string_view word : word_lists()["lowered_to"]) {
        size_t at = lower.find(word);
        if (at == std::string::npos) continue;
        std::string_view rest = std::string_view(lower).substr(at + word.size());
        size_t begin = rest.find_first_not_of(" :");
        if (begin == std::string_view::npos) return std::nullopt;
        size_t end = rest.find_first_not_of("0123456789.", begin);
        end = end == std::string_view::npos ? rest.size() : end;
        while (end > begin && rest[end - 1] == '.') // the sentence's full stop
            --end;
        std::string_view tail = utf8::trim(rest.substr(end));
        if (end == begin || !(tail.empty() || std::ranges::any_of(word_lists()["lowered_end"],
                                                                  [&](std::string_view w) {
                                                                      return tail.starts_with(w);
                                                                  })))
            return std::nullopt;
        std::optional<std::string> price = parse_decimal(rest.substr(begin, end - begin));
        if (!price) return std::nullopt;
        return Lowering{line.substr(0, at), *price};
    }
    return std::nullopt;
}

bool code_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '/' ||
           c == '"' || c == '*';
}

// The one size or model the text names ("DN50", "M10x30", "KD-BV2"), "" when none or several.
std::string only_code(std::string_view text) {
    std::string found;
    for (size_t i = 0; i < text.size();) {
        if (!code_char(text[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && code_char(text[end]))
            ++end;
        std::string_view word = text.substr(i, end - i);
        if (looks_like_size(word) || looks_like_model(word)) {
            if (!found.empty()) return {};
            found = word;
        }
        i = end;
    }
    return found;
}

size_t line_number(const PriceItem& item) {
    std::string_view ref = item.reference;
    if (!ref.starts_with("line ")) return 0;
    return static_cast<size_t>(std::atol(std::string(ref.substr(5)).c_str()));
}

// Is `to` a lowering of `from`: not above it, and not below half of it (a number that far off
// is something else: a quantity, a part of the price).
bool lowers(const std::string& from, const std::string& to) {
    double old_price = 0, new_price = 0;
    auto parse = [](const std::string& decimal, double& value) {
        auto [end, error] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
        return error == std::errc{} && end == decimal.data() + decimal.size();
    };
    // An item without a price (or one written otherwise) is lowered by nothing.
    if (!parse(from, old_price) || !parse(to, new_price)) return false;
    return new_price <= old_price && new_price * 2 >= old_price;
}

// The one item before line `index` that the code (and the name, where the line writes one)
// names, or nullptr.
PriceItem* named_item(std::vector<PriceItem>& items, size_t index, const std::string& code,
                      const std::string& name) {
    std::string key = product_key(code);
    PriceItem* found = nullptr;
    for (PriceItem& item : items) {
        if (line_number(item) == 0 || line_number(item) > index) continue; // later, or this line
        std::vector<std::string> words = identity_of(item).words;
        if (std::ranges::find(words, key) == words.end()) continue;
        if (!name.empty() && !names_agree(name, item.product)) continue;
        if (found) return nullptr;
        found = &item;
    }
    return found;
}

} // namespace

void apply_lowered_prices(const std::vector<std::string_view>& lines, const std::vector<bool>& read,
                          std::vector<PriceItem>& items) {
    for (size_t i = 0; i < lines.size(); ++i) {
        // Most lines hold no "lowest" word: that is looked for first, the asking after.
        std::optional<Lowering> lowering = lowering_in(lines[i]);
        if (!lowering || lines[i].find('?') != std::string_view::npos ||
            lines[i].find("？") != std::string_view::npos || asks_a_price(lines[i]))
            continue;
        std::string code = only_code(lowering->before);
        if (code.empty()) continue;
        std::string before(lowering->before);
        before.erase(before.find(code), code.size());
        std::string name(utf8::trim(strip_fillers(before)));
        // A line the prose reader read too ("DN50最低价115元") is that lowering, not a product
        // of its own: its item goes once the earlier one carries the price.
        auto own = items.end();
        if (read[i]) {
            own = std::ranges::find_if(items, [&](const PriceItem& item) {
                return line_number(item) == i + 1 && item.unit_price == lowering->price;
            });
            if (own == items.end()) continue;
        }
        PriceItem* item = named_item(items, i, code, name);
        if (!item || !lowers(item->unit_price, lowering->price)) continue;
        item->previous_price = item->unit_price;
        item->unit_price = lowering->price;
        item->line = std::string(utf8::trim(lines[i]));
        item->reference = "line " + std::to_string(i + 1);
        if (own != items.end()) items.erase(own);
    }
}

} // namespace mailclerk::pricing::detail
