// Issue 23: [index] backend = "sqlite" | "postgresql", its URL and password source.
#include <catch2/catch.hpp>

#include "config/config.hpp"

using mailclerk::ErrorCode;
using mailclerk::config::IndexBackend;
using mailclerk::config::parse;

namespace {

constexpr std::string_view k_archive = "[archive]\nroot = \"/srv/archive\"\n";

std::string error_of(const std::string& index) {
    auto result = parse(std::string(k_archive) + index, "/etc/mc.toml");
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::config);
    return result.error().message;
}

} // namespace

TEST_CASE("config: the index is SQLite unless [index] says otherwise", "[config][postgres]") {
    auto config = parse(k_archive, "/etc/mc.toml");
    REQUIRE(config);
    CHECK(config->index.backend == IndexBackend::sqlite);
    auto sqlite = parse(std::string(k_archive) + "[index]\nbackend = \"sqlite\"\n", "/etc/mc.toml");
    REQUIRE(sqlite);
    CHECK(sqlite->index.backend == IndexBackend::sqlite);
}

TEST_CASE("config: [index] backend = postgresql with its URL and password source",
          "[config][postgres]") {
    auto config = parse(std::string(k_archive) + R"([index]
backend = "postgresql"
url = "postgresql://mailclerk@db.ourco.com/mailclerk?sslmode=verify-full"
password_file = "db.password"
)",
                        "/etc/mailclerk/mc.toml");
    REQUIRE(config);
    CHECK(config->index.backend == IndexBackend::postgresql);
    CHECK(config->index.url == "postgresql://mailclerk@db.ourco.com/mailclerk?sslmode=verify-full");
    CHECK(config->index.password_file == "/etc/mailclerk/db.password");
    CHECK(config->index.line == 3);
}

TEST_CASE("config: [index] errors name the file, line and key", "[config][postgres]") {
    CHECK(error_of("[index]\nbackend = \"mysql\"\n") ==
          "/etc/mc.toml:4: index.backend: 'mysql' is not sqlite or postgresql");
    CHECK(error_of("[index]\nbackend = \"postgresql\"\n") ==
          "/etc/mc.toml:3: index.url: missing: backend = \"postgresql\" needs the database's "
          "postgresql:// URL");
    CHECK(error_of("[index]\nbackend = \"postgresql\"\nurl = \"mysql://db/x\"\n") ==
          "/etc/mc.toml:5: index.url: must start with postgresql://");
    CHECK(error_of("[index]\nbackend = \"postgresql\"\nurl = \"postgresql://u:secret@db/x\"\n") ==
          "/etc/mc.toml:5: index.url: holds a password: give it through password_command, "
          "password_file or password_env");
    CHECK(error_of("[index]\nurl = \"postgresql://db/x\"\n") ==
          "/etc/mc.toml:4: index.url: only with backend = \"postgresql\"");
    CHECK(error_of("[index]\nbackend = \"postgresql\"\nurl = \"postgresql://db/x\"\n"
                   "password_env = \"A\"\npassword_command = \"pass db\"\n") ==
          "/etc/mc.toml:7: index.password_command: give at most one of password_command, "
          "password_file and password_env");
    CHECK(error_of("[index]\nbackend = \"postgresql\"\nurl = \"postgresql://db/x\"\nsslmode = 1\n")
              .find("index.sslmode") != std::string::npos);
    CHECK(error_of("[indx]\n").find("did you mean 'index'") != std::string::npos);
}
