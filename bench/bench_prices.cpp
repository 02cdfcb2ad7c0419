// bench_prices FILE...: the cost of reading quotes. An .eml is parsed, classified and
// extracted (attachments read, price items found) as the pipeline does; any other file is read
// as one attachment (PDF, XLSX, XLS, DOCX, CSV, TXT, HTML, ZIP, images) and its items extracted.
// Prints the median of repeated runs per file, per message and per MB, and for documents read
// by OCR the pages OCR'd and the seconds per page (runs with OCR are repeated 3 times).
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

struct Run {
    size_t items = 0;
    size_t ocr_pages = 0;
};

Run run_message(const std::string& raw, const parsers::MatchRules& rules, bool count_ocr) {
    parsers::Message message = parsers::parse_message(raw);
    auto classification = parsers::classify(message, rules);
    parsers::assign_attachment_kinds(message, classification.kind);
    Run run;
    run.items = parsers::extract_documents(message, classification.kind).prices.size();
    if (count_ocr) // once, outside the timed runs: the pipeline does not keep the documents
        for (const parsers::Document& d : parsers::read_documents(message))
            run.ocr_pages += d.ocr_pages;
    return run;
}

Run run_document(const std::string& name, const std::string& bytes) {
    parsers::Attachment attachment{name, "", bytes, false, parsers::DocKind::quote};
    parsers::Document document = parsers::read_document(attachment);
    return {parsers::extract_from_document(document, 0).size(), document.ocr_pages};
}

} // namespace

int main(int argc, char** argv) {
    parsers::MatchRules rules;
    rules.own_domains = {"ourco.com"};
    std::printf("%-40s %10s %6s %12s %10s %5s %9s\n", "file", "bytes", "items", "ms/run", "MB/s",
                "ocr", "s/page");
    for (int i = 1; i < argc; ++i) {
        std::string path = argv[i];
        auto bytes = read_file(path);
        if (!bytes) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 1;
        }
        bool eml = path.ends_with(".eml");
        std::string name = path.substr(path.find_last_of('/') + 1);
        Run run = eml ? run_message(*bytes, rules, true) : run_document(name, *bytes);
        size_t ocr_pages = run.ocr_pages; // the warm-up run: the OCR engine starts once per thread
        auto once = [&] {
            run = eml ? run_message(*bytes, rules, false) : run_document(name, *bytes);
        };
        run.ocr_pages = ocr_pages;
        int repeats = ocr_pages > 0 ? 3 : bytes->size() > (1u << 20) ? 5 : 51;
        double seconds = median_seconds(once, repeats);
        double mb = static_cast<double>(bytes->size()) / (1 << 20);
        std::string per_page =
            ocr_pages > 0 ? std::to_string(seconds / static_cast<double>(ocr_pages)) : "-";
        std::printf("%-40s %10zu %6zu %12.3f %10.2f %5zu %9.9s\n", name.substr(0, 40).c_str(),
                    bytes->size(), run.items, seconds * 1000, mb / seconds, ocr_pages,
                    per_page.c_str());
    }
    return 0;
}
