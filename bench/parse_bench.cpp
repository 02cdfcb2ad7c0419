// mailclerk_parse_bench FILE|DIR...: parse every message with parse_message() on one core and
// report bytes, messages, seconds, MB/s and messages/s. Reading files is not timed: the number
// is the parser's own throughput (MIME, charsets, headers, HTML, TNEF, uuencode). Both wall time
// and the process's CPU time are reported: on a shared machine the CPU figure is the one that
// says what one dedicated core would do.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parsers/mime.hpp"

namespace fs = std::filesystem;

namespace {

double cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void collect(const fs::path& path, std::vector<fs::path>& files) {
    if (fs::is_regular_file(path)) {
        files.push_back(path);
        return;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with("."))
            files.push_back(entry.path()); // not the corpus's ".done" marker
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i)
        collect(argv[i], files);
    double seconds = 0, cpu = 0;
    size_t bytes = 0, flagged = 0, attachments = 0;
    for (const auto& file : files) {
        std::string raw = slurp(file);
        auto start = std::chrono::steady_clock::now();
        double cpu_start = cpu_seconds();
        mailclerk::parsers::Message message = mailclerk::parsers::parse_message(raw);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu += cpu_seconds() - cpu_start;
        bytes += raw.size();
        if (!message.flags.empty()) ++flagged;
        attachments += message.attachments.size();
    }
    double megabytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
    auto rate = [](double amount, double time) { return time > 0 ? amount / time : 0.0; };
    std::printf("messages %zu  bytes %zu  attachments %zu  flagged %zu\n", files.size(), bytes,
                attachments, flagged);
    std::printf("wall %.3f s  %.1f MB/s  %.0f messages/s\n", seconds, rate(megabytes, seconds),
                rate(static_cast<double>(files.size()), seconds));
    std::printf("cpu  %.3f s  %.1f MB/s  %.0f messages/s\n", cpu, rate(megabytes, cpu),
                rate(static_cast<double>(files.size()), cpu));
    return 0;
}
