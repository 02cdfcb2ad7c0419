#pragma once
// The service manager's side channel (systemd's sd_notify protocol): READY, RELOADING,
// STOPPING and watchdog pings, sent as datagrams to the socket named by $NOTIFY_SOCKET.
//
// The protocol is small and documented as stable (sd_notify(3)), so it is spoken here rather
// than through libsystemd, which would map seven more libraries at the start of every command.
#include <chrono>
#include <optional>
#include <string_view>

namespace mailclerk::service {

// Sends `state` ("READY=1\nSTATUS=polling") to $NOTIFY_SOCKET. False when no manager listens
// (the variable is unset) or the send failed; the daemon runs the same either way.
bool notify(std::string_view state);

// The watchdog interval the manager asked for ($WATCHDOG_USEC, for this process when
// $WATCHDOG_PID names one), or nothing when no watchdog is armed.
std::optional<std::chrono::microseconds> watchdog_interval();

} // namespace mailclerk::service
