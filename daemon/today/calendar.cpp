#include "daemon/today/calendar.hpp"

#include <chrono>

#include <date/tz.h>
#include <fmt/format.h>

namespace mailclerk::today {
namespace {

using std::chrono::seconds;
using Local = date::local_seconds;

constexpr std::string_view k_weekdays[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
// Ten years of days without a working minute end the search (a calendar of holidays only).
constexpr int k_max_days = 3660;

} // namespace

struct Calendar::Zone {
    const date::time_zone* zone = nullptr;
    std::string name;

    Local local(int64_t t) const { return zone->to_local(date::sys_seconds(seconds(t))); }
    // A local time that a DST change skips or repeats maps to the earlier instant.
    int64_t epoch(Local local) const {
        return zone->to_sys(local, date::choose::earliest).time_since_epoch().count();
    }
};

Calendar::Calendar(Calendar&&) noexcept = default;
Calendar& Calendar::operator=(Calendar&&) noexcept = default;
Calendar::~Calendar() = default;

Result<Calendar> Calendar::make(const config::TodaySettings& settings) {
    Calendar out;
    out.m_zone = std::make_unique<Zone>();
    auto located = try_result(ErrorCode::config, "today.timezone", [&] {
        return settings.timezone.empty() ? date::current_zone()
                                         : date::locate_zone(settings.timezone);
    });
    if (!located)
        return fail(ErrorCode::config, located.error().message,
                    "name a zone of /usr/share/zoneinfo (package tzdata), e.g. Asia/Shanghai");
    out.m_zone->zone = *located;
    out.m_zone->name = std::string((*located)->name());
    for (const std::string& day : settings.workdays)
        for (size_t i = 0; i < std::size(k_weekdays); ++i)
            if (day == k_weekdays[i]) out.m_workdays.insert(static_cast<int>(i));
    out.m_holidays.insert(settings.holidays.begin(), settings.holidays.end());
    out.m_day_start = settings.day_start;
    out.m_day_end = settings.day_end;
    return out;
}

std::string Calendar::local_day(int64_t t) const {
    date::year_month_day ymd{date::floor<date::days>(m_zone->local(t))};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

int Calendar::local_minutes(int64_t t) const {
    Local local = m_zone->local(t);
    return static_cast<int>((local - date::floor<date::days>(local)).count() / 60);
}

bool Calendar::is_working_day(int64_t t) const {
    date::weekday weekday{date::floor<date::days>(m_zone->local(t))};
    return m_workdays.contains(static_cast<int>(weekday.c_encoding())) &&
           !m_holidays.contains(local_day(t));
}

int64_t Calendar::at_local_minutes(int64_t t, int minutes) const {
    auto day = date::floor<date::days>(m_zone->local(t));
    return m_zone->epoch(Local(day) + std::chrono::minutes(minutes));
}

int64_t Calendar::add_working_time(int64_t from, int64_t remaining) const {
    int64_t t = from;
    for (int day = 0; day < k_max_days; ++day) {
        if (is_working_day(t)) {
            int64_t start = at_local_minutes(t, m_day_start);
            int64_t end = at_local_minutes(t, m_day_end);
            if (t < start) t = start;
            if (t < end) {
                if (remaining <= end - t) return t + remaining;
                remaining -= end - t;
            }
        }
        // The next local midnight: a day of 23 or 25 hours (DST) is still one day.
        auto next = date::floor<date::days>(m_zone->local(t)) + date::days(1);
        t = m_zone->epoch(Local(next));
    }
    return t + remaining;
}

int64_t Calendar::next_working_time(int64_t t) const {
    return add_working_time(t, 0);
}

const std::string& Calendar::zone_name() const {
    return m_zone->name;
}

} // namespace mailclerk::today
