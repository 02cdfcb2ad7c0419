#include "daemon/doctor/service_user.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

#include <fmt/format.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace mailclerk::doctor {
namespace {

struct Account {
    std::string name;
    uid_t uid = 0;
    gid_t gid = 0;
    std::string home;
};

std::optional<Account> lookup(const char* name, uid_t uid) {
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    int rc = name ? ::getpwnam_r(name, &entry, buffer.data(), buffer.size(), &found)
                  : ::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found);
    if (rc != 0 || !found) return std::nullopt;
    return Account{found->pw_name, found->pw_uid, found->pw_gid, found->pw_dir};
}

Status drop_to(const Account& user) {
    auto failure = [&](std::string_view what) {
        return fail(ErrorCode::io, fmt::format("cannot become user {}: {}: {}", user.name, what,
                                               std::strerror(errno)));
    };
    if (::initgroups(user.name.c_str(), user.gid) != 0) return failure("initgroups");
    if (::setgid(user.gid) != 0) return failure("setgid");
    if (::setuid(user.uid) != 0) return failure("setuid");
    if (user.uid != 0 && ::setuid(0) == 0)
        return fail(ErrorCode::io, "cannot drop root privileges: setuid(0) still succeeds");
    ::setenv("HOME", user.home.c_str(), 1);
    ::setenv("USER", user.name.c_str(), 1);
    ::setenv("LOGNAME", user.name.c_str(), 1);
    return {};
}

} // namespace

Result<Check> become_service_user(std::string_view requested, std::string& name) {
    constexpr CheckName k_user{"user", "service user"};
    std::optional<Account> self = lookup(nullptr, ::geteuid());
    std::string self_name = self ? self->name : std::to_string(::geteuid());
    std::optional<Account> target =
        lookup(std::string(requested.empty() ? k_service_user : requested).c_str(), 0);
    if (!target && !requested.empty())
        return fail(ErrorCode::usage, fmt::format("no user '{}' on this system", requested),
                    "--user names the user the service runs as");
    name = self_name;
    if (!target)
        return warn(k_user,
                    fmt::format("there is no user {}: checking as {}", k_service_user, self_name),
                    "install the package (it creates the user), or pass --user");
    if (target->uid == ::geteuid()) {
        name = target->name;
        return pass(k_user, fmt::format("checking as {} (uid {})", name, target->uid));
    }
    if (::geteuid() != 0)
        return warn(
            k_user,
            fmt::format("checking as {}, not as the service's user {}", self_name, target->name),
            "run as root (sudo mailclerk doctor) to check what the service can do");
    if (auto dropped = drop_to(*target); !dropped) return tl::unexpected(dropped.error());
    name = target->name;
    return pass(k_user, fmt::format("checking as {} (uid {})", name, target->uid));
}

} // namespace mailclerk::doctor
