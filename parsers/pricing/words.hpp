#pragma once
// The word lists of parsers/pricing/words.txt, compiled in: header words per role
// (lexicon.cpp) and the price words of prose (prose.cpp), folded as fold() folds a cell.
#include "common/word_lists.hpp"

namespace mailclerk::pricing {

const WordLists& word_lists();

} // namespace mailclerk::pricing
