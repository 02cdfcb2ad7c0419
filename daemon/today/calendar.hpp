#pragma once
// Working time in one time zone: which days are working days (weekdays minus holidays) and
// which hours of them count. An inquiry that arrives on Friday evening has its reply time
// counted from Monday morning. Times are epoch seconds (UTC); days are local dates.
#include <cstdint>
#include <memory>
#include <set>
#include <string>

#include "common/result.hpp"
#include "config/config.hpp"

namespace mailclerk::today {

class Calendar {
  public:
    // From [today] workdays, hours, timezone ("" = the server's zone) and holidays. Fails with
    // ErrorCode::config when the time zone cannot be loaded.
    static Result<Calendar> make(const config::TodaySettings& settings);
    Calendar(Calendar&&) noexcept;
    Calendar& operator=(Calendar&&) noexcept;
    ~Calendar();

    // The moment `seconds` of working time after `from` have passed.
    int64_t add_working_time(int64_t from, int64_t seconds) const;
    // `t` itself when it falls in working time, else the start of the next working period.
    int64_t next_working_time(int64_t t) const;
    // The local date of `t`, "2026-11-03".
    std::string local_day(int64_t t) const;
    // Minutes after local midnight of `t`.
    int local_minutes(int64_t t) const;
    // The local date of `t` is a working day (a workday that is not a holiday).
    bool is_working_day(int64_t t) const;
    // The moment of `minutes` after midnight on the local date of `t`.
    int64_t at_local_minutes(int64_t t, int minutes) const;
    // The zone's name ("Asia/Shanghai").
    const std::string& zone_name() const;

  private:
    struct Zone;
    Calendar() = default;
    std::unique_ptr<Zone> m_zone;
    std::set<int> m_workdays; // 0 = Sunday ... 6 = Saturday
    std::set<std::string> m_holidays;
    int m_day_start = 9 * 60, m_day_end = 18 * 60; // minutes
};

} // namespace mailclerk::today
