#include "daemon/doctor/report.hpp"

#include <algorithm>

#include "common/enum_names.hpp"

namespace mailclerk::doctor {

namespace {

Check make(CheckName name, Outcome outcome, std::string message, std::string hint) {
    return Check{std::string(name.id), std::string(name.title), outcome, std::move(message),
                 std::move(hint)};
}

} // namespace

Check pass(CheckName name, std::string message) {
    return make(name, Outcome::pass, std::move(message), {});
}

Check warn(CheckName name, std::string message, std::string hint) {
    return make(name, Outcome::warn, std::move(message), std::move(hint));
}

Check failed(CheckName name, std::string message, std::string hint) {
    return make(name, Outcome::fail, std::move(message), std::move(hint));
}

Check skipped(CheckName name, std::string why) {
    return make(name, Outcome::skip, std::move(why), {});
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
