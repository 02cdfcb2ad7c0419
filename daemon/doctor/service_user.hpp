#pragma once
// Doctor's checks ask "can the service do this?", so they run as the service's user: as root,
// the process drops to that user for good before checking anything.
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/doctor/report.hpp"

namespace mailclerk::doctor {

inline constexpr std::string_view k_service_user = "mailclerk";

// Become `requested` ("" = the user mailclerk when it exists, else stay who we are). As root:
// initgroups, setgid, setuid (irreversibly) and HOME set to the user's home. As another user
// the checks run as that user, and the returned check warns that they may differ for the
// service. `name` receives the user the checks run as. Fails (ErrorCode::usage) for an unknown
// user, (ErrorCode::io) when dropping privileges fails.
Result<Check> become_service_user(std::string_view requested, std::string& name);

} // namespace mailclerk::doctor
