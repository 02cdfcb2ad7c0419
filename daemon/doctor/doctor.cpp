#include "daemon/doctor/doctor.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "config/config.hpp"
#include "daemon/doctor/archive_checks.hpp"
#include "daemon/doctor/checks.hpp"
#include "daemon/doctor/service_user.hpp"

namespace mailclerk::doctor {
namespace {

constexpr CheckName k_config{"config", "config"};

Check config_check(const std::filesystem::path& path, const Result<config::Config>& loaded,
                   const std::string& user) {
    if (loaded)
        return pass(k_config,
                    fmt::format("{}: {} account{}, {} customer{}", path.string(),
                                loaded->accounts.size(), loaded->accounts.size() == 1 ? "" : "s",
                                loaded->customers.size(),
                                loaded->customers.size() == 1 ? "" : "s"));
    std::string hint = loaded.error().hint;
    if (loaded.error().message.find("Permission denied") != std::string::npos)
        hint = fmt::format("the service reads it as {}: sudo chgrp {} {} && sudo chmod 0640 {}",
                           user, user, path.string(), path.string());
    return failed(k_config, loaded.error().message, hint);
}

void skip_after_config(Report& report) {
    static constexpr CheckName k_rest[] = {{"archive", "archive"},
                                           {"index", "index"},
                                           {"accounts", "accounts"},
                                           {"web", "web page"},
                                           {"clock", "clock"}};
    for (CheckName name : k_rest)
        report.checks.push_back(skipped(name, "needs a config that loads"));
}

} // namespace

Result<Report> run(const Options& options) {
    Report report;
    auto user = become_service_user(options.user, report.user);
    if (!user) return tl::unexpected(user.error());
    report.checks.push_back(*user);
    std::filesystem::path path = config::default_path(options.config_flag);
    report.config = path.string();
    auto loaded = config::load(path);
    report.checks.push_back(config_check(path, loaded, report.user));
    if (!loaded) {
        skip_after_config(report);
        return report;
    }
    const config::Config& config = *loaded;
    if (!options.account.empty() &&
        std::none_of(config.accounts.begin(), config.accounts.end(),
                     [&](const config::Account& a) { return a.name == options.account; }))
        return fail(ErrorCode::usage, fmt::format("no account '{}'", options.account),
                    "accounts are the config's [[account]] tables");
    report.checks.push_back(check_archive_writable(config, report.user));
    for (Check& check : check_filesystems(config))
        report.checks.push_back(std::move(check));
    report.checks.push_back(check_free_space(config, options.min_free_mb));
    report.checks.push_back(check_service(config, report.user));
    report.checks.push_back(check_index(config));
    std::vector<ServerTime> times;
    for (const config::Account& account : config.accounts) {
        if (!options.account.empty() && account.name != options.account) continue;
        for (Check& check : check_account(account, options.timeout, times))
            report.checks.push_back(std::move(check));
    }
    if (config.accounts.empty())
        report.checks.push_back(
            skipped({"accounts", "accounts"}, "no [[account]] in the config: nothing is polled"));
    for (Check& check : check_web(config.web))
        report.checks.push_back(std::move(check));
    report.checks.push_back(check_clock(times));
    return report;
}

} // namespace mailclerk::doctor
