#pragma once
// The customer directory (store/directory.cpp), its contacts, the roster's statistics
// (store/roster.cpp) and candidate customers.
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Directory {
  public:
    virtual ~Directory() = default;
    // Make the config's customers (source "config") equal to these rows (insert, update; never
    // delete rows that messages refer to). Customers from other sources are left alone.
    virtual Status sync_customers(const std::vector<CustomerRow>& customers) = 0;
    // Every customer not merged into another, in id order, with domains and addresses.
    virtual Result<std::vector<CustomerRow>> directory() = 0;
    // A customer by slug, former slug (renames, merges) or name (ASCII case ignored); nullopt
    // when none.
    virtual Result<std::optional<CustomerRow>> find_customer(const std::string& slug_or_name) = 0;
    // Insert (id 0) or update the customer with its domains and addresses; returns the id.
    // Fails with ErrorCode::usage when the slug belongs to another customer.
    virtual Result<int64_t> save_customer(const CustomerRow& customer) = 0;
    // Give customer `id` a new slug and name. Every recorded path under customers/<old>/ moves
    // to customers/<new>/ and the old slug stays an alias. The folder itself is moved by the
    // caller (store::move_customer_folder) inside the same transaction.
    virtual Status rename_customer(int64_t id, const std::string& new_slug,
                                   const std::string& new_name) = 0;
    // Fold customer `from` into `into`: domains, addresses and contacts move, `from` is marked
    // merged and its slug becomes an alias of `into`. Its mail moves with the next re-match.
    virtual Status merge_customers(int64_t from, int64_t into) = 0;
    // A line in the customer's history ("renamed from x", "merged y").
    virtual Status add_customer_event(int64_t id, const std::string& what) = 0;
    virtual Result<std::vector<std::string>> customer_events(int64_t id) = 0;
    virtual Result<std::vector<ContactRow>> contacts(const std::string& slug) = 0;

    // The roster: every customer of the directory with its mail statistics.
    virtual Result<std::vector<RosterStats>> roster() = 0;
    virtual Result<std::vector<UnmatchedMessage>> unmatched_messages() = 0;
    virtual Result<std::vector<std::string>> ignored_candidates() = 0;
    virtual Status ignore_candidate(const std::string& domain) = 0;
};

} // namespace mailclerk::store
