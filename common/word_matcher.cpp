#include "common/word_matcher.hpp"

#include <deque>
#include <limits>

namespace mailclerk {
namespace {

constexpr uint32_t k_none = std::numeric_limits<uint32_t>::max();

} // namespace

WordMatcher::WordMatcher(std::span<const std::string_view> words) {
    // Only bytes some word holds get a class of their own: the table stays small for lists of
    // a few hundred words, and any other byte sends the scan back to the root.
    for (std::string_view word : words)
        for (char c : word)
            if (uint16_t& cls = m_class[static_cast<unsigned char>(c)]; cls == 0)
                cls = static_cast<uint16_t>(m_classes++);
    // The trie: row per state, k_none where no word goes on.
    m_next.assign(m_classes, k_none);
    std::vector<std::vector<uint32_t>> own(1);
    for (size_t w = 0; w < words.size(); ++w) {
        m_lengths.push_back(words[w].size());
        if (words[w].empty()) continue;
        uint32_t state = 0;
        for (char c : words[w]) {
            size_t edge = state * m_classes + m_class[static_cast<unsigned char>(c)];
            if (m_next[edge] == k_none) {
                m_next[edge] = static_cast<uint32_t>(own.size());
                own.emplace_back();
                m_next.resize(m_next.size() + m_classes, k_none); // the new state's row
            }
            state = m_next[edge];
        }
        own[state].push_back(static_cast<uint32_t>(w));
    }
    // Breadth first, so that a state's failure link (a shorter state) is complete before it:
    // missing transitions follow the failure link, outputs add the link's outputs.
    size_t states = own.size();
    std::vector<uint32_t> fail(states, 0);
    std::vector<std::vector<uint32_t>> out(states);
    std::deque<uint32_t> queue;
    for (uint32_t c = 0; c < m_classes; ++c) {
        uint32_t& next = m_next[c];
        if (next == k_none) {
            next = 0;
        } else {
            fail[next] = 0;
            queue.push_back(next);
        }
    }
    while (!queue.empty()) {
        uint32_t state = queue.front();
        queue.pop_front();
        out[state] = own[state];
        out[state].insert(out[state].end(), out[fail[state]].begin(), out[fail[state]].end());
        for (uint32_t c = 0; c < m_classes; ++c) {
            uint32_t& next = m_next[state * m_classes + c];
            uint32_t via_fail = m_next[fail[state] * m_classes + c];
            if (next == k_none) {
                next = via_fail;
            } else {
                fail[next] = via_fail;
                queue.push_back(next);
            }
        }
    }
    m_out_begin.reserve(states + 1);
    for (const std::vector<uint32_t>& words_here : out) {
        m_out_begin.push_back(static_cast<uint32_t>(m_out.size()));
        m_out.insert(m_out.end(), words_here.begin(), words_here.end());
    }
    m_out_begin.push_back(static_cast<uint32_t>(m_out.size()));
}

} // namespace mailclerk
