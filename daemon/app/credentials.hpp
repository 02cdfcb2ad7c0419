#pragma once
// Where an account's password or OAuth2 token comes from. Secrets are read when a connection is
// made, kept only in memory, and never logged: errors name the account and the source, never the
// value or a command's output.
#include <string>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/imap/login.hpp"

namespace mailclerk::app {

struct Secret {
    std::string value;
    bool bearer = false; // an OAuth2 access token (XOAUTH2) rather than a password
};

// password_command / oauth2_token_command: the first line of the command's stdout (run with
// /bin/sh -c); password_file: its first line, refused unless the file is private (no group or
// other permissions); password_env: the variable's value. Failures are ErrorCode::auth with a
// message that says what to fix.
Result<Secret> account_secret(const config::Account& account);
// The same for [smtp] (errors say "[smtp]: ..." instead of naming an account).
Result<Secret> smtp_secret(const config::SmtpSettings& smtp);

// The PostgreSQL password of [index]: "" when it names no source (libpq then uses ~/.pgpass or
// PGPASSWORD).
Result<std::string> index_secret(const config::IndexSettings& index);

// Set `login` to reach `server` and log in with `secret` (for imap::Client::connect and
// imap::send_mail); the timeout stays.
void set_login(imap::Login& login, const config::ServerLogin& server, const Secret& secret);

} // namespace mailclerk::app
