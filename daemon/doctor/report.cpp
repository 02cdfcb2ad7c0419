#include "daemon/doctor/report.hpp"

#include <algorithm>

#include "common/enum_names.hpp"

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
    constexpr std::string_view k_names[] = {"pass", "warn", "fail", "skip"};
    return enum_name(outcome, k_names, "fail");
}

} // namespace mailclerk::doctor
