#pragma once
// Disjoint sets of indexes 0..n-1 (union-find with path halving). The smallest index of a set
// names it, so a set of messages in date order is named after its first one: search's threads
// and the agenda's conversations both rely on that.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace mailclerk {

class UnionFind {
  public:
    explicit UnionFind(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    // The smallest index of i's set.
    size_t find(size_t i) {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(size_t a, size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
    }

  private:
    std::vector<size_t> m_parent;
};

} // namespace mailclerk
