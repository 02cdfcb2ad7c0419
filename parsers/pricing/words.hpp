#pragma once
// The word lists of parsers/pricing/words.txt, compiled in: header words per role
// (lexicon.cpp), the price words of prose (prose.cpp), the words units, scaled amounts, home
// currencies and sentence ends depend on, folded as fold() folds a cell.
#include <string_view>
#include <utility>
#include <vector>

#include "common/word_lists.hpp"

namespace mailclerk::pricing {

const WordLists& word_lists();

// A list whose lines are a word and its value ("lakh 5", "de EUR"), split at the last space, in
// file order.
std::vector<std::pair<std::string_view, std::string_view>> word_pairs(std::string_view list);

} // namespace mailclerk::pricing
