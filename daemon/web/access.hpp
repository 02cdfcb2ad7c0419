#pragma once
// Who sees what. A manager sees every customer and every message, unmatched mail included. A
// rep sees the customers they own and those owned by the members of their team (the owner is
// a user name, ASCII case ignored); unowned customers and unmatched mail are for managers.
// A message is visible when one of its customers is.
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "daemon/web/auth.hpp"
#include "store/index.hpp"

namespace mailclerk::web {

class Access {
  public:
    Access(const Viewer& viewer, const std::vector<store::CustomerRow>& customers,
           const std::vector<store::UserRow>& users);

    bool everything() const { return m_everything; }
    bool sees_customer(int64_t customer_id) const;
    bool sees_message(const std::vector<int64_t>& customer_ids) const;
    // For SearchRequest::within_customers: nullopt for a manager.
    std::optional<std::vector<int64_t>> within() const;
    // The ids of every customer the viewer sees.
    const std::set<int64_t>& visible() const { return m_visible; }

  private:
    bool m_everything = false;
    std::set<int64_t> m_visible;
};

} // namespace mailclerk::web
