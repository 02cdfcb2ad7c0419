// [today] (the rep's agenda and daily digest) and [smtp] (where the digest is submitted).
#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "config/key_table.hpp"
#include "config/sections.hpp"

namespace mailclerk::config::detail {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_weekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// "HH:MM" (24 h) -> minutes after midnight; -1 when malformed.
int clock_minutes(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return -1;
    for (size_t i : {size_t{0}, size_t{1}, size_t{3}, size_t{4}})
        if (text[i] < '0' || text[i] > '9') return -1;
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return -1;
    return hours * 60 + minutes;
}

bool is_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
    int year = std::atoi(std::string(text.substr(0, 4)).c_str());
    int month = std::atoi(std::string(text.substr(5, 2)).c_str());
    int day = std::atoi(std::string(text.substr(8, 2)).c_str());
    static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > k_days[month - 1]) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

// A zone of the system's time zone database (tzdata), named as IANA does: "Asia/Shanghai".
bool known_zone(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) return false;
    const char* dir = std::getenv("TZDIR");
    std::error_code error;
    return fs::is_regular_file(fs::path(dir && *dir ? dir : "/usr/share/zoneinfo") / name, error);
}

// The rules between the keys of [today], once they are read.
Status check_today(const toml::table& table, TableReader& reader, TodaySettings& t) {
    if (table.get("workdays")) {
        if (t.workdays.empty()) return reader.error_at("workdays", "name at least one day");
        for (std::string& day : t.workdays) {
            day = utf8::ascii_lower(utf8::trim(day));
            if (std::find(std::begin(k_weekdays), std::end(k_weekdays), day) ==
                std::end(k_weekdays))
                return reader.error_at(
                    "workdays", "'" + day + "' is not one of mon, tue, wed, thu, fri, sat, sun");
        }
    }
    size_t dash = t.hours.find('-');
    t.day_start = dash == std::string::npos ? -1 : clock_minutes(t.hours.substr(0, dash));
    t.day_end = dash == std::string::npos ? -1 : clock_minutes(t.hours.substr(dash + 1));
    if (t.day_start < 0 || t.day_end < 0 || t.day_end <= t.day_start)
        return reader.error_at("hours",
                               "write \"HH:MM-HH:MM\", the start before the end (\"09:00-18:00\")");
    if (!t.timezone.empty() && !known_zone(t.timezone))
        return reader.error_at(
            "timezone",
            "'" + t.timezone + "' is not a zone of the system's tzdata (e.g. \"Asia/Shanghai\")");
    for (const std::string& day : t.holidays)
        if (!is_date(day))
            return reader.error_at("holidays", "'" + day + "' is not a date \"YYYY-MM-DD\"");
    if (!t.digest_time.empty() && (t.digest_minutes = clock_minutes(t.digest_time)) < 0)
        return reader.error_at("digest_time", "write \"HH:MM\" (24 h), e.g. \"08:30\"");
    if (t.deliver != "smtp" && t.deliver != "append")
        return reader.error_at("deliver", "must be smtp or append");
    if (t.lang != "en" && t.lang != "zh") return reader.error_at("lang", "must be en or zh");
    if (!t.web_url.empty() && !t.web_url.starts_with("http://") &&
        !t.web_url.starts_with("https://"))
        return reader.error_at("web_url", "must start with http:// or https://");
    while (t.web_url.ends_with("/"))
        t.web_url.pop_back();
    return {};
}

} // namespace

Status read_today(const toml::table& table, Config& config, const fs::path& file) {
    TableReader reader(table, "today", file);
    TodaySettings& t = config.today;
    t.line = reader.line();
    auto status =
        all_of([&] { return reader.get("reply_hours", t.reply_hours, 1, 2000); },
               [&] { return reader.get("quote_chase_days", t.quote_chase_days, 1, 365); },
               [&] { return reader.get("window_days", t.window_days, 1, 730); },
               [&] { return reader.get("workdays", t.workdays); },
               [&] { return reader.get("hours", t.hours); },
               [&] { return reader.get("timezone", t.timezone); },
               [&] { return reader.get("holidays", t.holidays); },
               [&] { return reader.get("digest_time", t.digest_time); },
               [&] { return reader.get("deliver", t.deliver); },
               [&] { return reader.get("web_url", t.web_url); },
               [&] { return reader.get("lang", t.lang); },
               [&] { return reader.get("from", t.from); }, [&] { return reader.reject_unknown(); });
    if (!status) return status;
    return check_today(table, reader, t);
}

Status read_smtp(const toml::table& root, Config& config, const fs::path& file) {
    Status status;
    const toml::table* table = section(root, "smtp", file, status);
    SmtpSettings& s = config.smtp;
    if (table) {
        TableReader reader(*table, "smtp", file);
        s.line = reader.line();
        status = all_of([&] { return read_login(reader, s, file); },
                        [&] { return reader.reject_unknown(); });
        if (!status) return status;
    } else if (!status) {
        return status;
    }
    auto where = fmt::format("{}:{}: smtp", file.string(), table ? s.line : config.today.line);
    std::string url = utf8::ascii_lower(s.url);
    if (!url.empty() && !url.starts_with("smtp://") && !url.starts_with("smtps://"))
        return fail(ErrorCode::config, where + ".url: must start with smtp:// or smtps://");
    int secrets = secret_sources(s);
    if (secrets > 1 || (secrets == 1) != !s.user.empty())
        return fail(ErrorCode::config,
                    where + ": with a user give exactly one of password_command, password_file, "
                            "password_env, oauth2_token_command; without one, none",
                    "secrets never go into the config file itself");
    if (!config.today.digest_time.empty() && config.today.deliver == "smtp" && s.url.empty())
        return fail(ErrorCode::config,
                    fmt::format("{}:{}: today.deliver: the digest goes out by SMTP but [smtp] "
                                "has no url",
                                file.string(), config.today.line),
                    "add [smtp] url = \"smtp://mail.example.com:587\", or deliver = \"append\"");
    return {};
}

} // namespace mailclerk::config::detail
