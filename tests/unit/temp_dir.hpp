#pragma once
// A temporary directory for one test, removed afterwards unless the test failed (then its path
// is printed so the files can be inspected).
#include <filesystem>
#include <string>
#include <string_view>

namespace mailclerk::test {

class TempDir {
  public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

  private:
    std::filesystem::path m_path;
};

// Write bytes to a file (creating parent directories).
void write_file(const std::filesystem::path& path, std::string_view bytes);

} // namespace mailclerk::test
