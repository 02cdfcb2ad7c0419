// bench_prices FILE...: the cost of reading quotes. An .eml is parsed, classified and
// extracted (attachments read, price items found) as the pipeline does; any other file is read
// as one attachment (PDF, XLSX, DOCX, CSV, TXT, HTML) and its items extracted. Prints the median
// of repeated runs per file, per message and per MB.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "common/file_io.hpp"
#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/mime.hpp"
#include "parsers/understand.hpp"

using namespace mailclerk;
using Clock = std::chrono::steady_clock;

namespace {

template <typename Run> double median_seconds(Run&& run, int repeats) {
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        auto start = Clock::now();
        run();
        times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

size_t run_message(const std::string& raw, const parsers::MatchRules& rules) {
    parsers::Message message = parsers::parse_message(raw);
    auto classification = parsers::classify(message, rules);
    parsers::assign_attachment_kinds(message, classification.kind);
    return parsers::extract_documents(message, classification.kind).prices.size();
}

size_t run_document(const std::string& name, const std::string& bytes) {
    parsers::Attachment attachment{name, "", bytes, false, parsers::DocKind::quote};
    parsers::Document document = parsers::read_document(attachment);
    return parsers::extract_from_document(document, 0).size();
}

} // namespace

int main(int argc, char** argv) {
    parsers::MatchRules rules;
    rules.own_domains = {"ourco.com"};
    std::printf("%-28s %10s %8s %12s %10s\n", "file", "bytes", "items", "ms/run", "MB/s");
    for (int i = 1; i < argc; ++i) {
        std::string path = argv[i];
        auto bytes = read_file(path);
        if (!bytes) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 1;
        }
        bool eml = path.ends_with(".eml");
        std::string name = path.substr(path.find_last_of('/') + 1);
        size_t items = 0;
        int repeats = bytes->size() > (1u << 20) ? 5 : 51;
        double seconds = median_seconds(
            [&] { items = eml ? run_message(*bytes, rules) : run_document(name, *bytes); },
            repeats);
        double mb = static_cast<double>(bytes->size()) / (1 << 20);
        std::printf("%-28s %10zu %8zu %12.3f %10.1f\n", name.c_str(), bytes->size(), items,
                    seconds * 1000, mb / seconds);
    }
    return 0;
}
