#pragma once
// Every occurrence of any word of a fixed list in a text, found in one pass over the text
// (Aho-Corasick over bytes), instead of one search per word. Callers that ask "which of these
// words does the text hold" (the price readers' word lists, parsers/pricing/) pay for the text
// once however long the list is. Matching is by bytes: the caller folds the text as its words
// are folded and judges word bounds per occurrence (a CJK word has none, a Latin one has).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace mailclerk {

class WordMatcher {
  public:
    // The words are copied in as a trie; empty words never match. A word listed twice is
    // reported under each of its indices.
    explicit WordMatcher(std::span<const std::string_view> words);

    size_t size() const { return m_lengths.size(); }

    // visit(word, at) for every occurrence of every word (overlapping ones too), in the order
    // their ends appear in the text; `at` is where the occurrence starts. visit returns false
    // to stop the scan.
    template <class Visit> void each(std::string_view text, Visit&& visit) const {
        uint32_t state = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            state = m_next[state * m_classes + m_class[static_cast<unsigned char>(text[i])]];
            for (uint32_t o = m_out_begin[state]; o < m_out_begin[state + 1]; ++o) {
                uint32_t word = m_out[o];
                if (!visit(static_cast<size_t>(word), i + 1 - m_lengths[word])) return;
            }
        }
    }

    // Which words occur at least once at a place `counts(word, at)` accepts: one flag per word,
    // in list order. The same answer as asking every word's occurrences one word at a time.
    template <class Counts> std::vector<bool> found(std::string_view text, Counts&& counts) const {
        std::vector<bool> out(size(), false);
        each(text, [&](size_t word, size_t at) {
            if (!out[word] && counts(word, at)) out[word] = true;
            return true;
        });
        return out;
    }

  private:
    uint32_t m_classes = 1;            // byte classes: 0 for bytes no word holds
    uint16_t m_class[256] = {};        // byte -> class
    std::vector<uint32_t> m_next;      // state * m_classes + class -> state (complete automaton)
    std::vector<uint32_t> m_out_begin; // state -> first index into m_out (one past the end: +1)
    std::vector<uint32_t> m_out;       // words ending at each state, suffix words included
    std::vector<size_t> m_lengths;     // word -> byte length
};

} // namespace mailclerk
