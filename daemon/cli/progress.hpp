#pragma once
// Import progress: a redrawn bar on a terminal (messages, MB, rate, ETA), plain log lines
// every few seconds otherwise.
#include <chrono>
#include <cstdint>

namespace mailclerk::cli {

class Progress {
  public:
    Progress(uint64_t total_bytes, uint64_t total_files, bool terminal);
    // Called after each message: `bytes_done` counts source bytes consumed overall.
    void update(uint64_t messages, uint64_t bytes_done);
    // Clear the bar (before printing other text, and at the end).
    void clear();

  private:
    void draw(uint64_t messages, uint64_t bytes_done, double seconds);
    void log_line(uint64_t messages, uint64_t bytes_done, double seconds);

    uint64_t m_total_bytes;
    uint64_t m_total_files;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    bool m_drawn = false;
};

} // namespace mailclerk::cli
