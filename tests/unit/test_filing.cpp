// How files are put in place without replacing one (common/filing.hpp, issue 23 point 4): the
// filesystem's type decides between renameat2(RENAME_NOREPLACE) and link() + unlink(), the
// environment can force either, and in both modes nothing is ever replaced.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>

#include "common/file_io.hpp"
#include "common/filing.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The process's filing mode for one test, restored afterwards.
class ModeFor {
  public:
    explicit ModeFor(NoReplace how) : m_before(filing_mode()) { use_filing_mode(how); }
    ModeFor(const ModeFor&) = delete;
    ModeFor& operator=(const ModeFor&) = delete;
    ~ModeFor() { use_filing_mode(m_before); }

  private:
    NoReplace m_before;
};

// MAILCLERK_FILING for one test, restored afterwards.
class FilingEnv {
  public:
    explicit FilingEnv(const char* value) {
        if (const char* before = std::getenv(k_filing_env)) m_before = before;
        ::setenv(k_filing_env, value, 1);
    }
    FilingEnv(const FilingEnv&) = delete;
    FilingEnv& operator=(const FilingEnv&) = delete;
    ~FilingEnv() {
        if (m_before)
            ::setenv(k_filing_env, m_before->c_str(), 1);
        else
            ::unsetenv(k_filing_env);
    }

  private:
    std::optional<std::string> m_before;
};

} // namespace

TEST_CASE("filing: the filesystem's type decides the mode", "[filing]") {
    struct Case {
        unsigned long magic;
        NoReplace how;
        const char* why;
    };
    const Case cases[] = {
        {0x6969, NoReplace::link, "nfs, a network filesystem"},
        {0x517b, NoReplace::link, "smb, a network filesystem"},
        {0xff534d42, NoReplace::link, "cifs, a network filesystem"},
        {0xfe534d42, NoReplace::link, "smb2, a network filesystem"},
        {0x00c36400, NoReplace::link, "ceph, a network filesystem"},
        // Must not turn to link: local filesystems, FUSE (its program decides, and answers
        // EINVAL when it lacks the flag) and a type nobody knows.
        {0xef53, NoReplace::rename, "ext4"},
        {0x58465342, NoReplace::rename, "xfs"},
        {0x9123683e, NoReplace::rename, "btrfs"},
        {0x01021994, NoReplace::rename, "tmpfs"},
        {0x794c7630, NoReplace::rename, "overlay"},
        {0x65735546, NoReplace::rename, "fuse, a network filesystem"},
        {0x12345678, NoReplace::rename, "0x12345678"},
    };
    for (const Case& c : cases) {
        INFO(c.why);
        FilingMode mode = filing_mode_of(c.magic);
        CHECK(mode.how == c.how);
        CHECK(mode.why == c.why);
    }
    CHECK(describe(NoReplace::link) == "link() + unlink()");
    CHECK(describe(NoReplace::rename) == "renameat2(RENAME_NOREPLACE)");
}

TEST_CASE("filing: MAILCLERK_FILING forces a mode, and only a known one", "[filing]") {
    test::TempDir dir;
    {
        FilingEnv env("link");
        auto mode = decide_filing_mode(dir.path());
        REQUIRE(mode);
        CHECK(mode->how == NoReplace::link);
        CHECK(mode->why == "MAILCLERK_FILING=link");
    }
    {
        FilingEnv env("rename");
        auto mode = decide_filing_mode(dir.path());
        REQUIRE(mode);
        CHECK(mode->how == NoReplace::rename);
    }
    {
        FilingEnv env("hardlink");
        auto mode = decide_filing_mode(dir.path());
        REQUIRE_FALSE(mode);
        CHECK(mode.error().code == ErrorCode::config);
        CHECK(mode.error().message == "MAILCLERK_FILING=hardlink: not a filing mode");
    }
    {
        FilingEnv env(""); // empty: the filesystem decides, as when unset
        auto mode = decide_filing_mode(dir.path());
        REQUIRE(mode);
        CHECK(mode->why.find("MAILCLERK_FILING") == std::string::npos);
    }
    CHECK_FALSE(decide_filing_mode(dir / "absent"));
}

TEST_CASE("filing: rename_no_replace never replaces, in either mode", "[filing]") {
    for (NoReplace how : {NoReplace::rename, NoReplace::link}) {
        INFO(describe(how));
        ModeFor mode(how);
        test::TempDir dir;
        test::write_file(dir / "first", "first");
        test::write_file(dir / "second", "second");
        bool exists = true;
        REQUIRE(rename_no_replace(dir / "first", dir / "target", &exists));
        CHECK_FALSE(exists);
        CHECK(read(dir / "target") == "first");
        CHECK_FALSE(fs::exists(dir / "first")); // no second name left behind

        auto refused = rename_no_replace(dir / "second", dir / "target", &exists);
        REQUIRE_FALSE(refused);
        CHECK(exists);
        CHECK_THAT(refused.error().message, Catch::StartsWith("cannot rename into"));
        CHECK(read(dir / "target") == "first");
        CHECK(read(dir / "second") == "second");
        CHECK(filing_mode() == how); // a refusal is no reason to change modes
    }
}

TEST_CASE("filing: a folder moves without replacing one, in either mode", "[filing]") {
    for (NoReplace how : {NoReplace::rename, NoReplace::link}) {
        INFO(describe(how));
        ModeFor mode(how);
        test::TempDir dir;
        test::write_file(dir / "old" / "mail.eml", "mail");
        test::write_file(dir / "taken" / "other.eml", "other");
        fs::create_directory(dir / "empty");
        bool exists = false;
        REQUIRE(rename_no_replace(dir / "old", dir / "new", &exists));
        CHECK(read(dir / "new" / "mail.eml") == "mail");
        CHECK_FALSE(fs::exists(dir / "old"));
        // Neither a full nor an empty folder is replaced.
        for (const char* target : {"taken", "empty"}) {
            INFO(target);
            REQUIRE_FALSE(rename_no_replace(dir / "new", dir / target, &exists));
            CHECK(exists);
            CHECK(read(dir / "new" / "mail.eml") == "mail");
        }
        CHECK(read(dir / "taken" / "other.eml") == "other");
        CHECK(fs::is_empty(dir / "empty"));
    }
}

TEST_CASE("filing: an AtomicFile in link mode appears whole or not at all", "[filing]") {
    ModeFor mode(NoReplace::link);
    test::TempDir dir;
    {
        AtomicFile file(dir / "mail.eml");
        REQUIRE(file.write("the message", AtomicFile::Durability::sync));
        REQUIRE(file.commit(AtomicFile::Replace::never));
    }
    REQUIRE(sync_directory(dir.path()));
    {
        AtomicFile clash(dir / "mail.eml");
        REQUIRE(clash.write("another message", AtomicFile::Durability::sync));
        auto committed = clash.commit(AtomicFile::Replace::never);
        REQUIRE_FALSE(committed);
        CHECK(committed.error().message == "refusing to overwrite " + (dir / "mail.eml").string());
        CHECK(clash.already_exists());
    }
    CHECK(read(dir / "mail.eml") == "the message");
    // Only the file is left: no temporary name of either write (k_temp_prefix).
    size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        CHECK(entry.path().filename() == "mail.eml");
        ++entries;
    }
    CHECK(entries == 1);
}
