#include "daemon/web/audit.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <nlohmann/json.hpp>

namespace mailclerk::web {

Result<AuditLog> AuditLog::open(const std::filesystem::path& path) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (!fd)
        return fail(ErrorCode::io,
                    "cannot open the audit log " + path.string() + ": " + std::strerror(errno));
    return AuditLog(std::move(fd));
}

Status AuditLog::write(const AuditEntry& entry) {
    char when[32];
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
    nlohmann::json line{{"time", when},           {"user", entry.user},
                        {"client", entry.client}, {"action", entry.action},
                        {"what", entry.what},     {"customer", entry.customer},
                        {"file", entry.file}};
    std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    ssize_t written = ::write(m_fd.get(), text.data(), text.size());
    if (written != static_cast<ssize_t>(text.size()))
        return fail(ErrorCode::io, std::string("cannot write the audit log: ") +
                                       (written < 0 ? std::strerror(errno) : "short write"));
    return {};
}

} // namespace mailclerk::web
