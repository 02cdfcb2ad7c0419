#include "common/log.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

namespace mailclerk::log {
namespace {
std::atomic<Level> g_max{Level::info};
std::atomic<bool> g_journal{std::getenv("JOURNAL_STREAM") != nullptr};
std::mutex g_mutex;

const char* level_name(Level level) {
    if (level == Level::error) return "error";
    if (level == Level::warning) return "warning";
    return level == Level::debug ? "debug" : "info";
}
} // namespace

void set_verbosity(Level max_level) {
    g_max = max_level;
}
Level verbosity() {
    return g_max;
}
void set_journal_prefixes(bool enabled) {
    g_journal = enabled;
}

void write(Level level, std::string_view message) {
    if (static_cast<int>(level) > static_cast<int>(g_max.load())) return;
    std::string line;
    if (g_journal)
        line = fmt::format("<{}>{}\n", static_cast<int>(level), message);
    else
        line = fmt::format("mailclerk: {}: {}\n", level_name(level), message);
    std::lock_guard lock(g_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

} // namespace mailclerk::log
