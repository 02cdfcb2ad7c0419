#pragma once
// Inside the prose reader (prose.cpp): the prices a line names.
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pricing/table_reader.hpp"

namespace mailclerk::pricing::detail {

struct Hit {
    size_t line = 0;
    size_t begin = 0, end = 0; // bytes of the line: currency, number and unit
    std::string value, currency, unit;
    std::string per; // "85元/千只", "每千个90元", "18.50 per 1000pcs": the count it is for
};

std::vector<std::string_view> split_lines(std::string_view text);

// The text with amounts in Chinese capital numerals written in digits: "人民币壹佰伍拾元整" ->
// "人民币150.00元", "叁拾伍元伍角" -> "35.50元". Only runs with a capital digit (壹 贰 叁 …)
// and ending in 元/圆 are amounts; "一元" in a sentence stays as written.
std::string arabic_amounts(std::string_view text);

// The text with amounts written with a word for a power of ten in digits: "118만원" ->
// "1180000원", "8만 2천원" -> "82000원", "1,2 triệu đồng" -> "1200000 đồng", "Rs. 1.25 lakh" ->
// "Rs. 125000". Only where money is named beside them (원; đồng, Rs., Rp …).
std::string scaled_amounts(std::string_view text);

// A row of a table (tabs, bars, or two or more wide gaps) is not a sentence.
bool tabular(std::string_view line);

// Does the text speak of prices at all ("price", "价格", "Preis" ...)?
bool mentions_prices(std::string_view text);

// Words right before a price that make it the old one ("由118元调整为112元", "(bisher 39.20)").
bool marks_old(std::string_view before);
// Where those words begin in `before` (npos when it has none).
size_t old_mark_at(std::string_view before);

// The prices of one line: a number with a currency beside it (a currency followed by another
// number is that number's), or after a price word, or alone after a model on its line in a
// text about prices ("6204-2RS:   0.44"), or as an old price ("bisher 39.20") beside a new one,
// when the context names the currency.
std::vector<Hit> money_in(std::string_view line, size_t index, const TableContext& context,
                          bool about_prices);

} // namespace mailclerk::pricing::detail
