#include "daemon/cli/progress.hpp"

#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "common/log.hpp"

namespace mailclerk::cli {
namespace {
constexpr double k_mb = 1024.0 * 1024.0;

std::string duration_text(double seconds) {
    auto total = static_cast<int64_t>(seconds + 0.5);
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
}
} // namespace

Progress::Progress(uint64_t total_bytes, uint64_t total_files, bool terminal)
    : m_total_bytes(total_bytes), m_total_files(total_files), m_terminal(terminal),
      m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void Progress::update(uint64_t messages, uint64_t bytes_done) {
    auto now = std::chrono::steady_clock::now();
    auto interval = m_terminal ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (now - m_last < interval) return;
    m_last = now;
    double seconds = std::chrono::duration<double>(now - m_start).count();
    if (m_terminal)
        draw(messages, bytes_done, seconds);
    else
        log_line(messages, bytes_done, seconds);
}

void Progress::draw(uint64_t messages, uint64_t bytes_done, double seconds) {
    double fraction =
        m_total_bytes ? static_cast<double>(bytes_done) / static_cast<double>(m_total_bytes) : 0.0;
    if (fraction > 1.0) fraction = 1.0;
    constexpr int k_width = 28;
    auto filled = static_cast<int>(fraction * k_width);
    std::string bar(static_cast<size_t>(filled), '=');
    if (filled < k_width) bar += '>' + std::string(static_cast<size_t>(k_width - filled - 1), ' ');
    double rate = seconds > 0 ? static_cast<double>(messages) / seconds : 0.0;
    double eta = fraction > 0 ? seconds / fraction - seconds : 0.0;
    fmt::print(stderr, "\r[{}] {:3.0f}%  {} msgs  {:.1f}/{:.1f} MB  {:.0f} msg/s  ETA {} \x1b[K",
               bar, fraction * 100.0, messages, static_cast<double>(bytes_done) / k_mb,
               static_cast<double>(m_total_bytes) / k_mb, rate, duration_text(eta));
    std::fflush(stderr);
    m_drawn = true;
}

void Progress::log_line(uint64_t messages, uint64_t bytes_done, double seconds) {
    double rate = seconds > 0 ? static_cast<double>(messages) / seconds : 0.0;
    log::info("import: {} messages, {:.1f} of {:.1f} MB from {} files, {:.0f} msg/s", messages,
              static_cast<double>(bytes_done) / k_mb, static_cast<double>(m_total_bytes) / k_mb,
              m_total_files, rate);
}

void Progress::clear() {
    if (!m_drawn) return;
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    m_drawn = false;
}

} // namespace mailclerk::cli
