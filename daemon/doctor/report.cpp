#include "daemon/doctor/report.hpp"

#include <algorithm>

namespace mailclerk::doctor {

Check pass(std::string id, std::string title, std::string message) {
    return Check{std::move(id), std::move(title), Outcome::pass, std::move(message), {}};
}

Check warn(std::string id, std::string title, std::string message, std::string hint) {
    return Check{std::move(id), std::move(title), Outcome::warn, std::move(message),
                 std::move(hint)};
}

Check failed(std::string id, std::string title, std::string message, std::string hint) {
    return Check{std::move(id), std::move(title), Outcome::fail, std::move(message),
                 std::move(hint)};
}

Check skipped(std::string id, std::string title, std::string why) {
    return Check{std::move(id), std::move(title), Outcome::skip, std::move(why), {}};
}

bool Report::passed() const {
    return count(Outcome::fail) == 0;
}

size_t Report::count(Outcome outcome) const {
    return static_cast<size_t>(std::count_if(checks.begin(), checks.end(),
                                             [&](const Check& c) { return c.outcome == outcome; }));
}

std::string_view outcome_name(Outcome outcome) {
    switch (outcome) {
    case Outcome::pass:
        return "pass";
    case Outcome::warn:
        return "warn";
    case Outcome::fail:
        return "fail";
    case Outcome::skip:
        return "skip";
    }
    return "fail";
}

} // namespace mailclerk::doctor
