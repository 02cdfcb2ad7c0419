// mailclerk doctor's verdicts (issue 22), table-driven from the facts each check gathers, and
// the filesystem probe on this machine's temporary directory. The checks against a real
// Dovecot and real permissions are in tests/integration/test_doctor.sh.
#include <catch2/catch.hpp>

#include <cerrno>

#include "config/config.hpp"
#include "daemon/doctor/archive_checks.hpp"
#include "daemon/doctor/checks.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
using doctor::Outcome;

TEST_CASE("doctor: the archive filesystem's verdicts", "[doctor]") {
    struct Case {
        const char* name;
        doctor::FilesystemProbe probe;
        Outcome outcome;
        const char* says;
    };
    const Case cases[] = {
        {"local, everything works", {{"ext4", false}, 0, 0, false}, Outcome::pass, "work"},
        {"no RENAME_NOREPLACE",
         {{"nfs", true}, 0, EINVAL, false},
         Outcome::warn,
         "link() and unlink()"},
        {"no hard links", {{"vfat", false}, EPERM, 0, false}, Outcome::warn, "stored twice"},
        {"neither", {{"fuse", true}, EPERM, EINVAL, false}, Outcome::fail, "neither"},
        {"NOREPLACE ignored", {{"fuse", true}, 0, 0, true}, Outcome::fail, "replaced an existing"},
        {"network, but works", {{"cifs", true}, 0, 0, false}, Outcome::warn, "network"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        doctor::Check check = doctor::judge_filesystem(c.probe, "/srv/archive");
        CHECK(check.outcome == c.outcome);
        CHECK_THAT(check.message, Catch::Contains(c.says));
        CHECK_THAT(check.message, Catch::Contains(c.probe.type.name));
    }
    CHECK(doctor::judge_index_filesystem({"nfs", true}, "/mnt").outcome == Outcome::fail);
    CHECK(doctor::judge_index_filesystem({"ext4", false}, "/var").outcome == Outcome::pass);
}

TEST_CASE("doctor: this machine's temporary directory passes the probe", "[doctor]") {
    test::TempDir dir;
    auto probe = doctor::probe_filesystem(dir.path());
    REQUIRE(probe);
    CHECK(probe->link_error == 0);
    CHECK(probe->rename_error == 0);
    CHECK_FALSE(probe->replaced);
    // The scratch directory is gone afterwards.
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("doctor: free space and inodes", "[doctor]") {
    constexpr uint64_t gib = 1024ull * 1024 * 1024;
    using doctor::judge_space;
    CHECK(judge_space({100 * gib, 200 * gib, 1'000'000, 2'000'000}, "/a", 1024).outcome ==
          Outcome::pass);
    auto low = judge_space({gib / 2, 200 * gib, 1'000'000, 2'000'000}, "/a", 1024);
    CHECK(low.outcome == Outcome::fail);
    CHECK_THAT(low.message, Catch::Contains("less than 1024 MiB"));
    CHECK(judge_space({100 * gib, 200 * gib, 500, 2'000'000}, "/a", 1024).outcome == Outcome::fail);
    CHECK(judge_space({100 * gib, 200 * gib, 0, 0}, "/a", 1024).outcome == Outcome::pass); // btrfs
    CHECK(judge_space({5 * gib, 200 * gib, 1'000'000, 2'000'000}, "/a", 1024).outcome ==
          Outcome::warn);
}

TEST_CASE("doctor: clock skew from the servers' arrival stamps and NTP", "[doctor]") {
    using doctor::ClockFacts;
    ClockFacts ahead{true, true, 10, {{"alice", 1'000'000 + 3600, 1'000'000}}};
    auto behind = doctor::judge_clock(ahead);
    CHECK(behind.outcome == Outcome::fail);
    CHECK_THAT(behind.message,
               Catch::Contains("at least 60 min behind the server of account alice"));
    CHECK(doctor::judge_clock({true, true, 10, {{"alice", 1'000'000 + 30, 1'000'000}}}).outcome ==
          Outcome::pass); // within the tolerance
    CHECK(doctor::judge_clock({true, false, 16000, {}}).outcome == Outcome::warn);
    CHECK(doctor::judge_clock({false, false, 0, {}}).outcome == Outcome::pass);
}

TEST_CASE("doctor: the systemd unit's sandbox and settings", "[doctor]") {
    config::Config config;
    config.source = "/etc/mailclerk/mailclerk.toml";
    config.archive_root = "/var/lib/mailclerk";
    config.index_path = "/var/lib/mailclerk/.mailclerk/index.sqlite";
    std::map<std::string, std::string> unit = {
        {"LoadState", "loaded"},
        {"UnitFileState", "enabled"},
        {"ActiveState", "active"},
        {"User", "mailclerk"},
        {"ProtectSystem", "strict"},
        {"ReadWritePaths", "/var/lib/mailclerk"},
        {"StateDirectory", "mailclerk"},
        {"ExecStart", "{ path=/usr/bin/mailclerk ; argv[]=/usr/bin/mailclerk daemon -c "
                      "/etc/mailclerk/mailclerk.toml ; ignore_errors=no }"}};
    CHECK(doctor::judge_service(unit, config, "mailclerk").outcome == Outcome::pass);

    auto moved = config;
    moved.archive_root = "/srv/archive";
    auto sandboxed = doctor::judge_service(unit, moved, "mailclerk");
    CHECK(sandboxed.outcome == Outcome::fail);
    CHECK_THAT(sandboxed.hint, Catch::Contains("ReadWritePaths=/srv/archive"));
    auto with_dropin = unit;
    with_dropin["ReadWritePaths"] = "/var/lib/mailclerk -/srv/archive";
    CHECK(doctor::judge_service(with_dropin, moved, "mailclerk").outcome == Outcome::pass);

    auto other_user = unit;
    other_user["User"] = "mail";
    CHECK(doctor::judge_service(other_user, config, "mailclerk").outcome == Outcome::warn);
    auto other_config = config;
    other_config.source = "/root/test.toml";
    CHECK(doctor::judge_service(unit, other_config, "mailclerk").outcome == Outcome::warn);
    auto disabled = unit;
    disabled["UnitFileState"] = "disabled";
    auto off = doctor::judge_service(disabled, config, "mailclerk");
    CHECK(off.outcome == Outcome::pass);
    CHECK_THAT(off.message, Catch::Contains("systemctl enable --now mailclerk"));
    CHECK(doctor::judge_service({{"LoadState", "not-found"}}, config, "mailclerk").outcome ==
          Outcome::skip);
}

TEST_CASE("doctor: the archive root is checked by writing into it", "[doctor]") {
    test::TempDir dir;
    config::Config config;
    config.archive_root = dir / "archive";
    config.index_path = dir / "archive" / ".mailclerk" / "index.sqlite";
    auto absent = doctor::check_archive_writable(config, "me");
    CHECK(absent.outcome == Outcome::pass);
    CHECK_THAT(absent.message, Catch::Contains("does not exist yet"));
    std::filesystem::create_directories(config.index_path.parent_path());
    test::write_file(config.index_path, "x");
    CHECK(doctor::check_archive_writable(config, "me").outcome == Outcome::pass);
    test::write_file(dir / "file", "x");
    config.archive_root = dir / "file";
    CHECK(doctor::check_archive_writable(config, "me").outcome == Outcome::fail);
}
