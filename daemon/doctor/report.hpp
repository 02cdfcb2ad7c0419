#pragma once
// What `mailclerk doctor` found: one Check per thing that goes wrong in real installations,
// each with what was seen and, when it is not right, how to fix it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::doctor {

enum class Outcome {
    pass,
    warn, // works, but worth changing; does not fail the run
    fail,
    skip, // not applicable here, or needs a check that failed
};

struct Check {
    std::string id;    // stable, for --json: "archive.writable", "account.alice.login"
    std::string title; // for people: "archive writable", "account alice: login"
    Outcome outcome = Outcome::pass;
    std::string message; // what was found
    std::string hint;    // what to do (for warn and fail)
};

// What a check is called: its id and title (Check::id, Check::title), which travel together.
struct CheckName {
    std::string_view id;
    std::string_view title;
};

Check pass(CheckName name, std::string message);
Check warn(CheckName name, std::string message, std::string hint);
Check failed(CheckName name, std::string message, std::string hint);
Check skipped(CheckName name, std::string why);

struct Report {
    std::string user;   // whom the checks ran as
    std::string config; // the config file checked
    std::vector<Check> checks;

    // True when no check failed (warnings allowed): the exit status is 0 only then.
    bool passed() const;
    size_t count(Outcome outcome) const;
};

std::string_view outcome_name(Outcome outcome); // "pass", "warn", "fail", "skip"

} // namespace mailclerk::doctor
