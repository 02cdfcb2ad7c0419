#pragma once
// The customer directory's rows as both backends read them (store/directory.cpp,
// store/postgres/pg_directory.cpp): the customers table's columns and the roster's counting of
// one message.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/rows.hpp"

namespace mailclerk::store {

// The customers table's columns besides id and the fields of CustomerRow they hold: reading,
// inserting and updating a customer follow this one list, in this order.
inline constexpr std::pair<const char*, std::string CustomerRow::*> k_customer_fields[] = {
    {"slug", &CustomerRow::slug},         {"name", &CustomerRow::name},
    {"category", &CustomerRow::category}, {"grade", &CustomerRow::grade},
    {"owner", &CustomerRow::owner},       {"source", &CustomerRow::source},
    {"contact", &CustomerRow::contact},   {"phone", &CustomerRow::phone},
    {"notes", &CustomerRow::notes}};
inline constexpr int k_customer_field_count = static_cast<int>(std::size(k_customer_fields));

// One message of the customer's in the roster's statistics (store/roster.cpp).
void count_roster_message(RosterStats& stats, const std::string& direction, const std::string& kind,
                          std::optional<int64_t> date);

// The roster: each customer of the directory in its order, with what was counted for it (by
// customer id; none counted is all zeros).
std::vector<RosterStats> roster_of(std::vector<CustomerRow> customers,
                                   std::unordered_map<int64_t, RosterStats> counted);

} // namespace mailclerk::store
