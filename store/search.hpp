#pragma once
// Full-text search over subject, text and attachment text, with the query language of
// store/search_query.hpp. Chinese words of any length are found.
#include <string>

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

} // namespace mailclerk::store
