#pragma once
// What the running daemon says about push, for `mailclerk status`: per account whether it is
// watched (NOTIFY, IDLE) or polled. The daemon rewrites a small file beside the index whenever
// that changes; the file names the daemon's process, so a file left by a daemon that is gone
// reads as "not running".
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::app {

struct AccountPush {
    std::string account;
    std::string mode; // "NOTIFY", "IDLE", "polled"
    size_t watched = 0, polled = 0;
};

struct PushReport {
    long pid = 0;
    std::vector<AccountPush> accounts; // by account name
};

// <directory of the index>/push-state.
std::filesystem::path push_status_path(const std::filesystem::path& index_path);

// Replace the file atomically with `report`.
Status write_push_status(const std::filesystem::path& file, const PushReport& report);

// The report of a daemon still running; nullopt when there is no file or its daemon is gone.
Result<std::optional<PushReport>> read_push_status(const std::filesystem::path& file);

} // namespace mailclerk::app
