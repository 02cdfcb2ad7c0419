// Config loading: defaults, relative paths, and errors that name file, line and key.
#include <fstream>

#include <catch2/catch.hpp>

#include "config/config.hpp"
#include "tests/unit/temp_dir.hpp"

using mailclerk::ErrorCode;
using mailclerk::config::parse;

namespace {
std::string error_of(std::string_view text) {
    auto result = parse(text, "/etc/mc.toml");
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::config);
    return result.error().message;
}
} // namespace

TEST_CASE("config: a full file is read with defaults and resolved paths", "[config]") {
    auto config = parse(R"(
[archive]
root = "archive"
own_domains = ["OurCo.com"]

[matching]
extra_free_mail_domains = ["mail.example"]

[[customer]]
name = "ACME Corp"
domains = ["ACME.com"]
addresses = ["Buyer.Acme@gmail.com"]
category = "key"
grade = "A"

[[account]]
name = "alice"
url = "imaps://imap.ourco.com"
user = "alice@ourco.com"
password_command = "pass show mail/alice"
)",
                        "/srv/mc/mailclerk.toml");
    REQUIRE(config);
    CHECK(config->archive_root == "/srv/mc/archive");
    CHECK(config->index_path == "/srv/mc/archive/.mailclerk/index.sqlite");
    CHECK(config->own_domains == std::vector<std::string>{"ourco.com"});
    REQUIRE(config->customers.size() == 1);
    CHECK(config->customers[0].domains == std::vector<std::string>{"acme.com"});
    CHECK(config->customers[0].addresses == std::vector<std::string>{"buyer.acme@gmail.com"});
    CHECK(config->customers[0].line == 9);
    REQUIRE(config->accounts.size() == 1);
    CHECK(config->accounts[0].poll_seconds == 60);
    CHECK(config->accounts[0].starttls);
}

TEST_CASE("config: errors name the file, the line and the key", "[config]") {
    CHECK(error_of("[archive]\nroot = \"a\"\nown_domain = [\"x\"]\n") ==
          "/etc/mc.toml:3: archive.own_domain: unknown key (did you mean 'own_domains'?)");
    CHECK(error_of("[archive]\nroot = 5\n") == "/etc/mc.toml:2: archive.root: expected a string");
    CHECK(error_of("[archive]\nroot = \"a\"\n[[customer]]\nname = \"X\"\ncategory = \"vip\"\n") ==
          "/etc/mc.toml:5: customer.category: must be one of closed, key, prospect, inactive");
    CHECK(error_of("[archive]\nroot = \"a\"\n[[customer]]\ndomains = []\n") ==
          "/etc/mc.toml:3: customer.name: missing");
    CHECK(error_of("[archiv]\nroot = \"a\"\n") ==
          "/etc/mc.toml:1: archiv: unknown section (did you mean 'archive'?)");
    CHECK(error_of("root = \"a\"\n") == "/etc/mc.toml:1: root: unknown section");
    CHECK(error_of("[matching]\n") == "/etc/mc.toml:1: missing [archive] table");
    CHECK(error_of("[archive]\nroot = \"a\"\n[[account]]\nname = \"x\"\nurl = \"pop3://h\"\n") ==
          "/etc/mc.toml:3: account.url: must start with imap:// or imaps://");
    CHECK(error_of("[archive]\nroot = \"a\"\n[[account]]\nname=\"x\"\nurl=\"imap://h\"\n"
                   "poll_seconds = 1\n") ==
          "/etc/mc.toml:6: account.poll_seconds: must be between 5 and 86400");
}

TEST_CASE("config: TOML syntax errors carry the line", "[config]") {
    std::string message = error_of("[archive]\nroot = \"a\"\nown_domains = [\"x\"\n");
    CHECK(message.rfind("/etc/mc.toml:", 0) == 0);
    CHECK(message.find(':', 13) != std::string::npos);
}

TEST_CASE("config: load reports a missing file as a config error with a hint", "[config]") {
    mailclerk::test::TempDir dir;
    auto result = mailclerk::config::load(dir / "absent.toml");
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::config);
    CHECK(result.error().hint == "pass -c CONFIG or set MAILCLERK_CONFIG");
}

// config::load keeps its last parse for the second read of a command (issue 20); an edited
// file, or another file with the same text, must still be read as it is now.
TEST_CASE("config: load reads an edited file again, not its last parse", "[config]") {
    mailclerk::test::TempDir dir;
    auto write = [&](const std::filesystem::path& path, const std::string& root) {
        std::ofstream(path) << "[archive]\nroot = \"" << root << "\"\n";
    };
    write(dir / "a.toml", "/srv/one");
    auto first = mailclerk::config::load(dir / "a.toml");
    REQUIRE(first);
    CHECK(first->archive_root == "/srv/one");
    auto again = mailclerk::config::load(dir / "a.toml");
    REQUIRE(again);
    CHECK(again->archive_root == "/srv/one");
    write(dir / "a.toml", "/srv/two");
    auto edited = mailclerk::config::load(dir / "a.toml");
    REQUIRE(edited);
    CHECK(edited->archive_root == "/srv/two");
    write(dir / "b.toml", "/srv/two");
    auto other = mailclerk::config::load(dir / "b.toml");
    REQUIRE(other);
    CHECK(other->source == dir / "b.toml");
}
