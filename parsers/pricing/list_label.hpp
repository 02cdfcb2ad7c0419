#pragma once
// The label that starts an entry of a written list: how sales mail enumerates the items of a
// quote in prose ("1. 不锈钢球阀 DN25 单价:45元/个", "2) OH-EXT-6W3 ... -- 6.15/pc",
// "Item 3: Gate valve DN80 - USD 118.00/set", "一、線性滑軌 DS-LG15-400，單價 US$58.50").
#include <cstddef>
#include <string_view>

namespace mailclerk::pricing::detail {

// The bytes of the list label at the start of the line, with the spaces after it; 0 when the
// line starts with none. Labels: a number or a letter with ".", ")", "、", "．" or ":" after it
// ("1.", "12)", "a)", "3、"), a number in brackets ("(1)", "（2）", "[3]"), a circled number
// ("①"), a Chinese numeral with "、" ("一、", "十二、"), "Item 1:", "No. 1", "#1" and a bullet
// ("-", "*", "•", "·"). A decimal number ("1.5 m") or a model ("1.2-3") is no label.
size_t list_label(std::string_view line);

} // namespace mailclerk::pricing::detail
