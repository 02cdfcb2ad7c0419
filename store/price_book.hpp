#pragma once
// The customers' price lists, as the index keeps them.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class PriceBook {
  public:
    virtual ~PriceBook() = default;
    // The customer's price items, current ones first (per product key the latest quote or
    // notice, and beside it the latest agreed or ordered price; a current row that names only
    // the model takes name and unit from the product's earlier rows), then the superseded ones
    // newest first. Fails with not_found for an unknown slug.
    virtual Result<std::vector<PriceRow>> prices(const std::string& slug) = 0;
    // From now on the customer's items with product_key `key` count as product `same_as` (the
    // rep's override when two spellings name one product); key == same_as removes the override.
    // Fails with not_found for an unknown slug.
    virtual Status set_same_product(const std::string& slug, const std::string& key,
                                    const std::string& same_as) = 0;
    // Changes whenever the customer's price items or product overrides change (count, newest
    // row, overrides): lets a reader keep what it built from prices() until then.
    virtual Result<std::string> price_version(int64_t customer_id) = 0;
    // Every customer's latest quoted and latest agreed price for each product matching `query`
    // (store/product_prices.cpp): its product key equals the query's, or contains each of the
    // query's words without splitting a run of letters or digits ("dn5" finds "DN5 PN16", not
    // "DN50"); also words of the product's description. Exact keys first, then by customer and
    // product. At most `limit` rows (customer and product pairs).
    virtual Result<std::vector<ProductPrice>> product_prices(const std::string& query,
                                                             size_t limit) = 0;
};

// The rep's corrections of price-list rows (`mailclerk prices fix`, the web page's fix form), and
// what reading a customer's priced messages again after one needs: the same on every backend
// (store/price_fixes.cpp and store/refile.cpp for SQLite, store/postgres/pg_index_reads.cpp),
// so that daemon/app/price_corrections decides once what a correction does.
class PriceCorrections {
  public:
    virtual ~PriceCorrections() = default;
    // Replace the customer's correction of that product and side. Fails with not_found for an
    // unknown slug, usage for a side other than quote or agreed.
    virtual Status fix_price(const PriceFix& fix) = 0;
    // Remove the correction of that product and side; false when there was none.
    virtual Result<bool> unfix_price(const std::string& slug, const std::string& key,
                                     const std::string& side) = 0;
    // The customer's corrections, by product key and side (bytewise).
    virtual Result<std::vector<PriceFix>> price_fixes(const std::string& slug) = 0;
    // The price columns the corrections showed, by customer slug, newest first (the rules'
    // MatchRules::column_choices).
    virtual Result<std::map<std::string, std::vector<parsers::ColumnChoice>>> column_choices() = 0;
    // The messages (row, sha256) that gave the customer price items, oldest first.
    virtual Result<std::vector<std::pair<int64_t, std::string>>>
    priced_messages(const std::string& slug) = 0;
    // The message's mail files, relative to the archive root, the canonical one first.
    virtual Result<std::vector<std::string>> mail_paths(const std::string& sha256) = 0;
};

// The SELECT of a customer's price rows, in the column order read_price_row reads and the
// order price_list expects (latest quote first); `customer` is the parameter naming the
// customer's id ("?1" in SQLite, "$1" in PostgreSQL).
std::string price_rows_sql(std::string_view customer);

// The customer's price list from its rows as price_rows_sql lists them: what
// PriceBook::prices returns, whichever database the rows came from, with the rep's corrections
// (`fixes`, from `mailclerk prices fix`) applied.
std::vector<PriceRow> price_list(std::vector<PriceRow> rows, const std::vector<PriceFix>& fixes);

// The side of a price list an item stands on: "agreed" (contract, confirmed pro-forma, order)
// or "quote" (quote, revision, notice). A list keeps the latest price of each side.
std::string price_side(const parsers::PriceItem& item);

// A customer holding price items that may match a product query.
struct ProductHolder {
    int64_t id = 0;
    std::string slug, name;
};

// What PriceBook::product_prices reads of a backend: the customers whose price items may match
// `narrow` (a substring of a key, an override, a description or a model, normalised as a
// product key), their price lists, and a message's row by its identity (0 when unknown).
struct ProductSource {
    std::function<Result<std::vector<ProductHolder>>(const std::string& narrow)> candidates;
    PriceBook& book;
    std::function<Result<int64_t>(const std::string& sha256)> message_row;
};

// PriceBook::product_prices on any backend (store/product_prices.cpp): the matching rules and
// the order are decided here once.
Result<std::vector<ProductPrice>> product_prices(const std::string& query, size_t limit,
                                                 const ProductSource& source);

} // namespace mailclerk::store
