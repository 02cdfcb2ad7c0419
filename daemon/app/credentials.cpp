#include "daemon/app/credentials.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "common/file_io.hpp"
#include "common/process.hpp"

namespace mailclerk::app {
namespace {

std::string first_line(std::string text) {
    size_t end = text.find_first_of("\r\n");
    if (end != std::string::npos) text.resize(end);
    return text;
}

// Where a secret comes from, and whose it is ("account alice", "[smtp]") for the messages.
struct SecretSource {
    std::string owner;
    const std::string& password_command;
    const std::string& password_file;
    const std::string& password_env;
    const std::string& oauth2_token_command;
};

tl::unexpected<Error> secret_error(const SecretSource& source, const std::string& what,
                                   const std::string& hint = {}) {
    return fail(ErrorCode::auth, fmt::format("{}: {}", source.owner, what), hint);
}

Result<std::string> run_command(const SecretSource& account, const std::string& key,
                                const std::string& command) {
    auto ran = run_program({"/bin/sh", "-c", command}, Stderr::inherit);
    if (!ran) return secret_error(account, key + " could not be started");
    if (ran->status != 0)
        return secret_error(account, fmt::format("{} failed (exit status {})", key, ran->status),
                            "run the command by hand to see why");
    std::string output = std::move(ran->out);
    std::string line = first_line(std::move(output));
    if (line.empty()) return secret_error(account, key + " printed nothing");
    return line;
}

Result<std::string> read_private_file(const SecretSource& account) {
    struct stat st {};
    const std::string& path = account.password_file;
    if (::stat(path.c_str(), &st) != 0)
        return secret_error(account, "cannot read password_file " + path);
    if ((st.st_mode & 077) != 0)
        return secret_error(account,
                            fmt::format("password_file {} is readable by others (mode {:o})", path,
                                        st.st_mode & 0777),
                            "chmod 600 " + path);
    auto text = read_file(path);
    if (!text) return secret_error(account, "cannot read password_file " + path);
    std::string line = first_line(std::move(*text));
    if (line.empty()) return secret_error(account, "password_file " + path + " is empty");
    return line;
}

Result<Secret> read_secret(const SecretSource& account) {
    if (!account.oauth2_token_command.empty()) {
        auto token = run_command(account, "oauth2_token_command", account.oauth2_token_command);
        if (!token) return tl::unexpected(token.error());
        return Secret{std::move(*token), true};
    }
    Result<std::string> password = secret_error(account, "no password source configured");
    if (!account.password_command.empty())
        password = run_command(account, "password_command", account.password_command);
    else if (!account.password_file.empty())
        password = read_private_file(account);
    else if (!account.password_env.empty()) {
        const char* value = std::getenv(account.password_env.c_str());
        password = value && *value
                       ? Result<std::string>(value)
                       : secret_error(account, "environment variable " + account.password_env +
                                                   " is not set");
    }
    if (!password) return tl::unexpected(password.error());
    return Secret{std::move(*password), false};
}

} // namespace

Result<Secret> account_secret(const config::Account& account) {
    return read_secret({"account " + account.name, account.password_command, account.password_file,
                        account.password_env, account.oauth2_token_command});
}

Result<Secret> smtp_secret(const config::SmtpSettings& smtp) {
    return read_secret({"[smtp]", smtp.password_command, smtp.password_file, smtp.password_env,
                        smtp.oauth2_token_command});
}

Result<std::string> index_secret(const config::IndexSettings& index) {
    if (index.password_command.empty() && index.password_file.empty() && index.password_env.empty())
        return std::string();
    static const std::string k_none;
    auto secret = read_secret(
        {"[index]", index.password_command, index.password_file, index.password_env, k_none});
    if (!secret) return tl::unexpected(secret.error());
    return std::move(secret->value);
}

void set_login(imap::Login& login, const config::ServerLogin& server, const Secret& secret) {
    login.url = server.url;
    login.starttls = server.starttls;
    login.verify_tls = server.tls_verify;
    login.ca_file = server.ca_file;
    login.user = server.user;
    (secret.bearer ? login.bearer : login.password) = secret.value;
}

} // namespace mailclerk::app
