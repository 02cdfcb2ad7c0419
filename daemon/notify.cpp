#include "daemon/notify.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

#include "common/fd.hpp"

namespace mailclerk::service {
namespace {

// A positive decimal number from the environment, or nothing.
std::optional<uint64_t> environment_number(const char* name) {
    const char* text = std::getenv(name);
    if (!text || !*text) return std::nullopt;
    uint64_t value = 0;
    const char* end = text + std::strlen(text);
    auto [at, error] = std::from_chars(text, end, value);
    if (error != std::errc{} || at != end || value == 0) return std::nullopt;
    return value;
}

} // namespace

bool notify(std::string_view state) {
    const char* path = std::getenv("NOTIFY_SOCKET");
    if (!path || !*path) return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    size_t length = std::strlen(path);
    // "/run/..." is a file; "@name" is in the abstract namespace, where '@' stands for a NUL.
    if ((path[0] != '/' && path[0] != '@') || length >= sizeof(address.sun_path)) return false;
    std::memcpy(address.sun_path, path, length);
    if (path[0] == '@') address.sun_path[0] = '\0';
    Fd socket_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!socket_fd) return false;
    auto size = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + length);
    ssize_t sent;
    do {
        sent = ::sendto(socket_fd.get(), state.data(), state.size(), MSG_NOSIGNAL,
                        reinterpret_cast<const sockaddr*>(&address), size);
    } while (sent < 0 && errno == EINTR);
    return sent == static_cast<ssize_t>(state.size());
}

std::optional<std::chrono::microseconds> watchdog_interval() {
    auto usec = environment_number("WATCHDOG_USEC");
    if (!usec) return std::nullopt;
    // A watchdog armed for another process (our parent's, inherited) is not ours to feed.
    if (auto pid = environment_number("WATCHDOG_PID");
        pid && *pid != static_cast<uint64_t>(::getpid()))
        return std::nullopt;
    return std::chrono::microseconds(*usec);
}

} // namespace mailclerk::service
