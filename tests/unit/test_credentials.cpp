// Account secrets: where they come from, and errors that never contain them.
#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "daemon/app/credentials.hpp"
#include "tests/unit/temp_dir.hpp"

using mailclerk::ErrorCode;
using mailclerk::app::account_secret;
using mailclerk::config::Account;

namespace {
Account account() {
    Account a;
    a.name = "alice";
    return a;
}
} // namespace

TEST_CASE("credentials: password_command gives its first line", "[credentials]") {
    Account a = account();
    a.password_command = "printf 's3cret\\nsecond line\\n'";
    auto secret = account_secret(a);
    REQUIRE(secret);
    CHECK(secret->value == "s3cret");
    CHECK_FALSE(secret->bearer);
}

TEST_CASE("credentials: a failing command is an auth error without its output", "[credentials]") {
    Account a = account();
    a.password_command = "echo leaked-secret; exit 3";
    auto secret = account_secret(a);
    REQUIRE_FALSE(secret);
    CHECK(secret.error().code == ErrorCode::auth);
    CHECK(secret.error().message == "account alice: password_command failed (exit status 3)");
}

TEST_CASE("credentials: oauth2_token_command gives a bearer token", "[credentials]") {
    Account a = account();
    a.oauth2_token_command = "echo eyJhbGciOi.token";
    auto secret = account_secret(a);
    REQUIRE(secret);
    CHECK(secret->bearer);
    CHECK(secret->value == "eyJhbGciOi.token");
}

TEST_CASE("credentials: password_file must be private", "[credentials]") {
    mailclerk::test::TempDir dir;
    auto path = dir / "password";
    mailclerk::test::write_file(path, "filesecret\n");
    Account a = account();
    a.password_file = path.string();
    std::filesystem::permissions(path, std::filesystem::perms(0644));
    auto refused = account_secret(a);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          "account alice: password_file " + path.string() + " is readable by others (mode 644)");
    CHECK(refused.error().hint == "chmod 600 " + path.string());
    std::filesystem::permissions(path, std::filesystem::perms(0600));
    auto secret = account_secret(a);
    REQUIRE(secret);
    CHECK(secret->value == "filesecret");
}

TEST_CASE("credentials: password_env", "[credentials]") {
    Account a = account();
    a.password_env = "MAILCLERK_TEST_PASSWORD_ENV";
    ::unsetenv("MAILCLERK_TEST_PASSWORD_ENV");
    auto missing = account_secret(a);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message ==
          "account alice: environment variable MAILCLERK_TEST_PASSWORD_ENV is not set");
    ::setenv("MAILCLERK_TEST_PASSWORD_ENV", "envsecret", 1);
    auto secret = account_secret(a);
    REQUIRE(secret);
    CHECK(secret->value == "envsecret");
}
