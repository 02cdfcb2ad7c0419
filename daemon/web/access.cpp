#include "daemon/web/access.hpp"

#include "common/utf8.hpp"

namespace mailclerk::web {

Access::Access(const Viewer& viewer, const std::vector<store::CustomerRow>& customers,
               const std::vector<store::UserRow>& users) {
    m_everything = viewer.manager();
    std::set<std::string> owners{utf8::ascii_lower(viewer.name)};
    if (!viewer.team.empty())
        for (const store::UserRow& user : users)
            if (user.team == viewer.team) owners.insert(utf8::ascii_lower(user.name));
    for (const store::CustomerRow& customer : customers) {
        std::string owner = utf8::ascii_lower(utf8::trim(customer.owner));
        if (m_everything || (!owner.empty() && owners.contains(owner)))
            m_visible.insert(customer.id);
    }
}

bool Access::sees_customer(int64_t customer_id) const {
    return m_everything || m_visible.contains(customer_id);
}

bool Access::sees_message(const std::vector<int64_t>& customer_ids) const {
    if (m_everything) return true;
    for (int64_t id : customer_ids)
        if (m_visible.contains(id)) return true;
    return false;
}

std::optional<std::vector<int64_t>> Access::within() const {
    if (m_everything) return std::nullopt;
    return std::vector<int64_t>(m_visible.begin(), m_visible.end());
}

} // namespace mailclerk::web
