#pragma once
// Full-text search over subject, text and attachment text, with the query language of
// store/search_query.hpp. Chinese words of any length are found.
#include <algorithm>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Search {
  public:
    virtual ~Search() = default;
    // A query error is ErrorCode::usage naming the column. Newest first unless sort is
    // relevance.
    virtual Result<SearchResults> search(const SearchRequest& request) = 0;
    // The same with the default sort: query, customer ("" = all), page.
    virtual Result<SearchResults> search(const std::string& query, const std::string& customer,
                                         int64_t limit, int64_t offset) = 0;
};

// Matches are listed newest first up to a cap: the page, and a total that is exact below the
// cap ("1000+" above it). Counting every match of a common word would cost what listing them
// costs; a rep pages through 50 at a time. How many ids an index lists for `request`:
inline int64_t ids_to_list(const SearchRequest& request) {
    int64_t offset = std::max<int64_t>(request.offset, 0);
    return std::max<int64_t>(request.count_limit, offset + request.limit) + 1;
}

// The total of the `listed` ids (at most ids_to_list) into `results`, and the page's ids.
inline std::vector<int64_t> page_ids(const SearchRequest& request,
                                     const std::vector<int64_t>& listed, SearchResults& results) {
    int64_t rows = ids_to_list(request);
    auto count = static_cast<int64_t>(listed.size());
    results.total_exact = count < rows;
    results.total = results.total_exact ? count : rows - 1;
    std::vector<int64_t> ids;
    for (int64_t i = std::max<int64_t>(request.offset, 0);
         i < count && ids.size() < static_cast<size_t>(request.limit); ++i)
        ids.push_back(listed[static_cast<size_t>(i)]);
    return ids;
}

} // namespace mailclerk::store
