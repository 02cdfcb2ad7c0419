#include "parsers/price_terms.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// ASCII words must stand alone; other tokens match anywhere.
bool bounded(std::string_view text, size_t at, size_t length) {
    bool ascii_word = is_ascii_letter(text[at]) && is_ascii_letter(text[at + length - 1]);
    if (!ascii_word) return true;
    bool left = at == 0 || !is_ascii_letter(text[at - 1]);
    bool right = at + length >= text.size() || !is_ascii_letter(text[at + length]);
    return left && right;
}

struct Token {
    std::string_view text;
    std::string_view code;
};

constexpr std::array k_currencies{
    Token{"US$", "USD"},    Token{"USD", "USD"},    Token{"U.S.$", "USD"},  Token{"美元", "USD"},
    Token{"美金", "USD"},   Token{"NT$", "TWD"},    Token{"NTD", "TWD"},    Token{"TWD", "TWD"},
    Token{"新台币", "TWD"}, Token{"新臺幣", "TWD"}, Token{"新台幣", "TWD"}, Token{"HK$", "HKD"},
    Token{"HKD", "HKD"},    Token{"港币", "HKD"},   Token{"港幣", "HKD"},   Token{"港元", "HKD"},
    Token{"RMB", "CNY"},    Token{"CNY", "CNY"},    Token{"人民币", "CNY"}, Token{"人民幣", "CNY"},
    Token{"¥", "CNY"},      Token{"￥", "CNY"},     Token{"元", "CNY"},     Token{"JPY", "JPY"},
    Token{"円", "JPY"},     Token{"日元", "JPY"},   Token{"日圓", "JPY"},   Token{"EUR", "EUR"},
    Token{"€", "EUR"},      Token{"欧元", "EUR"},   Token{"歐元", "EUR"},   Token{"GBP", "GBP"},
    Token{"£", "GBP"},      Token{"$", "USD"},
};

// "元" also ends 单元 (unit) and starts 元件 (component): only a currency elsewhere.
bool yuan_is_currency(std::string_view text, size_t at) {
    std::string_view after = text.substr(at + std::string_view("元").size());
    std::string_view before = text.substr(0, at);
    return !after.starts_with("件") && !after.starts_with("素") && !before.ends_with("单") &&
           !before.ends_with("單");
}

std::string lower_no_spaces(std::string_view text) {
    std::string out;
    for (char c : utf8::ascii_lower(text))
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
    return out;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

} // namespace

std::string find_currency(std::string_view text) {
    size_t best_at = std::string_view::npos, best_length = 0;
    std::string_view best;
    for (const Token& token : k_currencies) {
        for (size_t at = text.find(token.text); at != std::string_view::npos;
             at = text.find(token.text, at + 1)) {
            if (!bounded(text, at, token.text.size())) continue;
            if (token.text == "元" && !yuan_is_currency(text, at)) continue;
            if (at < best_at || (at == best_at && token.text.size() > best_length)) {
                best_at = at;
                best_length = token.text.size();
                best = token.code;
            }
            break;
        }
    }
    return std::string(best);
}

std::string normalise_unit(std::string_view raw) {
    std::string word = utf8::ascii_lower(utf8::trim(raw));
    while (!word.empty() && (word.back() == '.' || word.back() == ')'))
        word.pop_back();
    // vectors, not initializer_lists: a static array of pairs would keep dangling list storage.
    static const std::vector<std::pair<std::vector<std::string_view>, std::string_view>> k_units = {
        {{"pc", "pcs", "piece", "pieces", "pce", "ea", "each"}, "pcs"},
        {{"set", "sets"}, "sets"},
        {{"kg", "kgs", "kilogram", "kilograms"}, "kg"},
        {{"ton", "tons", "mt", "tonne", "tonnes"}, "ton"},
        {{"m", "meter", "meters", "metre", "metres", "mtr"}, "m"},
        {{"ctn", "ctns", "carton", "cartons"}, "ctns"},
        {{"pair", "pairs", "prs"}, "pairs"},
        {{"unit", "units"}, "units"},
        {{"roll", "rolls"}, "rolls"},
        {{"box", "boxes"}, "boxes"},
        {{"lb", "lbs"}, "lb"},
        {{"台", "件", "吨", "噸", "套", "个", "個", "只", "箱", "米",   "卷",
          "支", "条", "條", "片", "张", "張", "盒", "对", "對", "千克", "公斤"},
         ""},
    };
    for (const auto& [words, canonical] : k_units)
        for (std::string_view w : words)
            if (word == w) return canonical.empty() ? std::string(w) : std::string(canonical);
    return {};
}

// The first word of the text: ASCII letters, or one Chinese unit (two for 千克/公斤).
std::string first_unit_word(std::string_view text) {
    text = utf8::trim(text);
    size_t end = 0;
    while (end < text.size() && is_ascii_letter(text[end]))
        ++end;
    if (end > 0) return normalise_unit(text.substr(0, end));
    for (size_t length : {size_t{6}, size_t{3}})
        if (text.size() >= length)
            if (std::string unit = normalise_unit(text.substr(0, length)); !unit.empty())
                return unit;
    return {};
}

std::string find_unit_after_slash(std::string_view text) {
    for (size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1))
        if (std::string unit = first_unit_word(text.substr(at + 1)); !unit.empty()) return unit;
    std::string lower = utf8::ascii_lower(text);
    for (size_t at = lower.find("per "); at != std::string::npos; at = lower.find("per ", at + 1))
        if (std::string unit = first_unit_word(text.substr(at + 4)); !unit.empty()) return unit;
    return {};
}

std::string find_trailing_unit(std::string_view text) {
    size_t at = 0;
    while (at < text.size() &&
           (is_ascii_digit(text[at]) || text[at] == ',' || text[at] == '.' || text[at] == ' '))
        ++at;
    if (at == 0) return {};
    return first_unit_word(text.substr(at));
}

namespace {

constexpr std::string_view k_incoterms[] = {"EXW", "FCA", "FAS", "FOB", "CFR", "CNF", "C&F",
                                            "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DDU"};

bool is_stop_word(std::string_view word) {
    static constexpr std::string_view k_stop[] = {
        "price", "prices", "port", "terms", "term", "basis", "incoterms", "and",
        "or",    "to",     "with", "for",   "the",  "from",  "in",        "at"};
    std::string lower = utf8::ascii_lower(word);
    return std::find(std::begin(k_stop), std::end(k_stop), lower) != std::end(k_stop) ||
           !find_currency(word).empty() || !normalise_unit(word).empty();
}

std::string title_case(std::string_view word) {
    std::string out = utf8::ascii_lower(word);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// "Ningbo", "Hong Kong", "宁波": the place named after an incoterm, or "".
std::string place_after(std::string_view rest) {
    size_t at = 0;
    while (at < rest.size() && rest[at] == ' ')
        ++at;
    rest = rest.substr(at);
    if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z') {
        std::string place;
        for (int words = 0; words < 2 && !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
             ++words) {
            size_t end = 0;
            while (end < rest.size() && is_ascii_letter(rest[end]))
                ++end;
            std::string_view word = rest.substr(0, end);
            if (word.size() < 3 || is_stop_word(word)) break;
            if (end < rest.size() && is_ascii_digit(rest[end])) break;
            place += (place.empty() ? "" : " ") + title_case(word);
            rest = rest.substr(end);
            if (!rest.starts_with(" ")) break;
            rest.remove_prefix(1);
        }
        return place;
    }
    std::string place;
    size_t pos = 0;
    for (int chars = 0; chars < 4 && pos < rest.size(); ++chars) {
        size_t start = pos;
        char32_t c = utf8::next(rest, pos);
        if (c < 0x4E00 || c > 0x9FFF || c == U'价' || c == U'價' || c == U'港' || c == U'报' ||
            c == U'報' || c == U'的')
            break;
        place.append(rest.substr(start, pos - start));
    }
    return display_width(place) >= 4 ? place : std::string();
}

} // namespace

std::string find_incoterm(std::string_view text) {
    size_t best_at = std::string_view::npos;
    std::string_view best;
    for (std::string_view term : k_incoterms)
        for (size_t at = text.find(term); at != std::string_view::npos;
             at = text.find(term, at + 1)) {
            bool left = at == 0 || !(is_ascii_letter(text[at - 1]) || is_ascii_digit(text[at - 1]));
            size_t end = at + term.size();
            bool right =
                end >= text.size() || !(is_ascii_letter(text[end]) || is_ascii_digit(text[end]));
            if (left && right) {
                if (at < best_at) {
                    best_at = at;
                    best = term;
                }
                break;
            }
        }
    if (best.empty()) return {};
    std::string out(best == "CNF" || best == "C&F" ? "CFR" : best);
    std::string place = place_after(text.substr(best_at + best.size()));
    return place.empty() ? out : out + " " + place;
}

std::string find_validity(std::string_view text) {
    static constexpr std::string_view k_keys[] = {
        "valid until", "valid till", "valid through", "valid for", "valid within",
        "validity",    "valid:",     "有效期至",      "有效期为",  "有效期為",
        "有效期",      "有效至",     "有效日期"};
    std::string lower = utf8::ascii_lower(text);
    for (std::string_view key : k_keys) {
        size_t at = lower.find(key);
        if (at == std::string::npos) continue;
        if (at > 0 && is_ascii_letter(lower[at - 1])) continue; // "invalid"
        std::string_view rest = text.substr(at + key.size());
        size_t start = 0;
        while (start < rest.size()) {
            std::string_view r = rest.substr(start);
            if (r[0] == ' ' || r[0] == ':' || r[0] == '\t' || r[0] == '-')
                ++start;
            else if (r.starts_with("：") || r.starts_with("为") || r.starts_with("為") ||
                     r.starts_with("至"))
                start += 3;
            else if (utf8::ascii_lower(r.substr(0, 3)) == "is ")
                start += 3;
            else
                break;
        }
        rest = rest.substr(start);
        size_t end = rest.size();
        for (std::string_view stop : {"\n", "\r", ",", "，", "。", ";", "；", ")", "）"})
            end = std::min(end, rest.find(stop));
        std::string_view value = utf8::trim(rest.substr(0, end));
        while (value.ends_with('.'))
            value.remove_suffix(1);
        if (!value.empty()) return std::string(utf8::truncate(value, 60));
    }
    return {};
}

Column classify_header(std::string_view header) {
    std::string h = lower_no_spaces(header);
    if (h.empty()) return Column::none;
    if (contains_any(h, {"amount", "total", "金额", "金額", "总价", "總價", "总额", "總額", "小计",
                         "小計", "合计", "合計"}))
        return Column::amount;
    // A buyer's target or counter price, or our own price restated in their reply, is not a
    // price anyone quoted in this table: such columns are read as nothing.
    if (contains_any(h, {"target", "counter", "yourprice", "expected", "budget", "目标", "目標",
                         "期望", "预算", "預算", "还价", "還價", "贵司报价", "貴司報價"}))
        return Column::none;
    if (contains_any(h, {"price", "单价", "單價", "价格", "價格", "报价", "報價", "u/p", "售价"}) ||
        !find_incoterm(header).empty())
        return Column::price;
    if (contains_any(h, {"qty", "quantity", "moq", "数量", "數量", "起订", "起訂", "minorder",
                         "min.order", "订量", "訂量"}))
        return Column::quantity;
    if (contains_any(h, {"currency", "币种", "幣種", "币别", "幣別", "货币", "貨幣"}))
        return Column::currency;
    if (h == "unit" || h == "units" || h == "uom" || contains_any(h, {"单位", "單位"}))
        return Column::unit;
    if (contains_any(h, {"term", "条款", "條款"})) return Column::term;
    if (h == "no" || h == "no." || h == "#" || h == "item" || h == "item." || h == "s/n" ||
        h == "sn" || h == "序号" || h == "序號" || h == "项次" || h == "項次")
        return Column::index;
    if (h == "dn" || contains_any(h, {"size", "尺寸", "口径", "口徑", "通径", "通徑", "nominal"}))
        return Column::size;
    if (contains_any(h, {"model",   "spec", "type", "partno", "part#", "itemno", "itemcode",
                         "article", "sku",  "ref.", "型号",   "型號",  "规格",   "規格",
                         "货号",    "貨號", "料号", "料號",   "编号",  "編號"}))
        return Column::model;
    if (contains_any(h, {"product", "description", "desc", "item", "goods", "commodity", "name",
                         "品名", "产品", "產品", "名称", "名稱", "商品", "货物", "貨物", "描述",
                         "品项", "品項"}))
        return Column::product;
    return Column::none;
}

bool is_totals_row(std::string_view cell) {
    std::string h = lower_no_spaces(cell);
    return contains_any(
        h, {"total", "合计", "合計", "总计", "總計", "小计", "小計", "共计", "共計", "grandtotal"});
}

std::string product_key(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        if (c >= U'\uFF01' && c <= U'\uFF5E') c = c - U'\uFF01' + U'!';
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0')
            continue;
        if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
        utf8::append(out, c);
    }
    return out;
}

size_t display_width(std::string_view text) {
    size_t width = 0, pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace mailclerk::parsers
