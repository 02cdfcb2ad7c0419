// mailclerk doctor [--json] [--user U] [--account A] [--min-free-mb N] [--timeout S]: check an
// installation as the service's user and say how to fix what is wrong. Exit 0 when no check
// fails (warnings allowed), 1 otherwise.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/doctor/doctor.hpp"

namespace mailclerk::cli {
namespace {

struct DoctorOptions {
    doctor::Options checks;
    int64_t timeout_seconds = 20;
    bool json = false;
};

nlohmann::json report_json(const doctor::Report& report) {
    nlohmann::json checks = nlohmann::json::array();
    for (const doctor::Check& check : report.checks) {
        nlohmann::json entry = {{"id", check.id},
                                {"title", check.title},
                                {"status", doctor::outcome_name(check.outcome)},
                                {"message", check.message}};
        if (!check.hint.empty()) entry["hint"] = check.hint;
        checks.push_back(std::move(entry));
    }
    return {{"ok", report.passed()},
            {"user", report.user},
            {"config", report.config},
            {"summary",
             {{"pass", report.count(doctor::Outcome::pass)},
              {"warn", report.count(doctor::Outcome::warn)},
              {"fail", report.count(doctor::Outcome::fail)},
              {"skip", report.count(doctor::Outcome::skip)}}},
            {"checks", std::move(checks)}};
}

std::string_view label(doctor::Outcome outcome) {
    switch (outcome) {
    case doctor::Outcome::pass:
        return "ok  ";
    case doctor::Outcome::warn:
        return "WARN";
    case doctor::Outcome::fail:
        return "FAIL";
    case doctor::Outcome::skip:
        return "skip";
    }
    return "FAIL";
}

void print_report(const doctor::Report& report) {
    fmt::print("mailclerk doctor: {} as user {}\n", report.config, report.user);
    size_t width = 0;
    for (const doctor::Check& check : report.checks)
        width = std::max(width, check.title.size());
    for (const doctor::Check& check : report.checks) {
        fmt::print("{}  {:<{}}  {}\n", label(check.outcome), check.title, width, check.message);
        if (!check.hint.empty() && check.outcome != doctor::Outcome::pass)
            fmt::print("      {:<{}}  fix: {}\n", "", width, check.hint);
    }
    fmt::print("{} failed, {} warnings, {} passed, {} skipped\n",
               report.count(doctor::Outcome::fail), report.count(doctor::Outcome::warn),
               report.count(doctor::Outcome::pass), report.count(doctor::Outcome::skip));
}

int run_doctor(const GlobalOptions& global, const DoctorOptions& options) {
    doctor::Options checks = options.checks;
    checks.config_flag = global.config;
    checks.timeout = std::chrono::seconds(options.timeout_seconds);
    auto result = doctor::run(checks);
    if (!result) return report(result.error());
    if (options.json)
        print_json(report_json(*result).dump());
    else
        print_report(*result);
    return result->passed() ? 0 : 1;
}

} // namespace

void add_doctor(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto [command, options] = add_command(
        app, "doctor", "check the installation as the service's user and say how to fix problems",
        global, run, run_doctor);
    add_json_flag(command, options->json);
    command->add_option("--user", options->checks.user,
                        "check as this user (default: mailclerk; needs root)");
    command->add_option("--account", options->checks.account, "only this account");
    command
        ->add_option("--min-free-mb", options->checks.min_free_mb,
                     "fail with less free space than this on the archive's filesystem")
        ->capture_default_str();
    command->add_option("--timeout", options->timeout_seconds, "seconds per IMAP connection")
        ->check(CLI::Range(1, 600))
        ->capture_default_str();
}

} // namespace mailclerk::cli
