#pragma once
// The people who may log in to the web page (store/users.cpp), by name.
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/rows.hpp"

namespace mailclerk::store {

class Users {
  public:
    virtual ~Users() = default;
    virtual Result<std::vector<UserRow>> users() = 0;
    virtual Result<std::optional<UserRow>> find_user(const std::string& name) = 0;
    // Insert or replace the user of this name.
    virtual Status save_user(const UserRow& user) = 0;
    // False when there was no such user.
    virtual Result<bool> remove_user(const std::string& name) = 0;
};

} // namespace mailclerk::store
