#include "tests/unit/temp_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include <catch2/catch.hpp>

namespace mailclerk::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "mailclerk-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir() {
    bool failed = false;
    try {
        failed = Catch::getResultCapture().lastAssertionPassed() == false;
    } catch (...) {
    }
    if (failed && std::getenv("MAILCLERK_KEEP_TEMP")) {
        std::cerr << "keeping " << m_path << '\n';
        return;
    }
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

void write_file(const fs::path& path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace mailclerk::test
