#pragma once
// What the running daemon says about its accounts, for `mailclerk status`: per account whether it
// is watched (NOTIFY, IDLE) or polled, and whether it is paused after a failed pass (a full or
// read-only disk, a server down) and until when. The daemon rewrites a small file beside the index
// whenever that changes; the file names the daemon's process, so a file left by a daemon that is
// gone reads as "not running".
#include <cstddef>
#include <cstdint>
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
    int64_t paused_until = 0; // epoch seconds of the next retry after a failure; 0: not paused
    std::string paused_after; // the failure, one line
};

struct PushReport {
    long pid = 0;
    std::vector<AccountPush> accounts; // by account name
};

// "14:32:05": the local time of day of `epoch_seconds`, as the log and status name a retry.
std::string clock_time(int64_t epoch_seconds);

// <directory of the index>/push-state.
std::filesystem::path push_status_path(const std::filesystem::path& index_path);

// Replace the file atomically with `report`.
Status write_push_status(const std::filesystem::path& file, const PushReport& report);

// The report of a daemon still running; nullopt when there is no file or its daemon is gone.
Result<std::optional<PushReport>> read_push_status(const std::filesystem::path& file);

} // namespace mailclerk::app
