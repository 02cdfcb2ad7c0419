#pragma once
// Logging to stderr with syslog priority prefixes ("<3>") when journald reads us, plain
// "mailclerk: level: ..." otherwise. Never pass secrets: callers log names, not credentials.
#include <string_view>

#include <fmt/format.h>

namespace mailclerk::log {

enum class Level { error = 3, warning = 4, info = 6, debug = 7 };

void set_verbosity(Level max_level);
// The level set last (for a plugin that keeps its own copy of this module).
Level verbosity();
void set_journal_prefixes(bool enabled);
void write(Level level, std::string_view message);

template <typename... Args> void error(fmt::format_string<Args...> f, Args&&... args) {
    write(Level::error, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args> void warning(fmt::format_string<Args...> f, Args&&... args) {
    write(Level::warning, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args> void info(fmt::format_string<Args...> f, Args&&... args) {
    write(Level::info, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args> void debug(fmt::format_string<Args...> f, Args&&... args) {
    write(Level::debug, fmt::format(f, std::forward<Args>(args)...));
}

} // namespace mailclerk::log
