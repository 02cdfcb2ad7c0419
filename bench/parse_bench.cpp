// mailclerk_parse_bench FILE|DIR...: parse every message with parse_message() on one core and
// report bytes, messages, seconds, MB/s and messages/s. Reading files is not timed: the number
// is the parser's own throughput (MIME, charsets, headers, HTML, TNEF, uuencode).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parsers/mime.hpp"

namespace fs = std::filesystem;

namespace {

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
        if (entry.is_regular_file()) files.push_back(entry.path());
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
    double seconds = 0;
    size_t bytes = 0, flagged = 0, attachments = 0;
    for (const auto& file : files) {
        std::string raw = slurp(file);
        auto start = std::chrono::steady_clock::now();
        mailclerk::parsers::Message message = mailclerk::parsers::parse_message(raw);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        bytes += raw.size();
        if (!message.flags.empty()) ++flagged;
        attachments += message.attachments.size();
    }
    double megabytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("messages %zu  bytes %zu  seconds %.3f  MB/s %.1f  messages/s %.0f  "
                "attachments %zu  flagged %zu\n",
                files.size(), bytes, seconds, seconds > 0 ? megabytes / seconds : 0.0,
                seconds > 0 ? static_cast<double>(files.size()) / seconds : 0.0, attachments,
                flagged);
    return 0;
}
