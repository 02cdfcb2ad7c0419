#pragma once
// The audit log: one JSON line per message viewed or file downloaded through the web page, at
// <archive_root>/audit.log. Opened O_APPEND and written with one write() per line, so lines
// from several threads (or processes) never interleave.
#include <filesystem>
#include <string>

#include "common/fd.hpp"
#include "common/result.hpp"

namespace mailclerk::web {

struct AuditEntry {
    std::string user;
    std::string client;   // peer address
    std::string action;   // view-message | view-html | download-raw | download-attachment | export
    std::string what;     // message sha256, or the export's name
    std::string customer; // slug(s), comma-separated
    std::string file;     // archive-relative path or attachment name, "" when none
};

class AuditLog {
  public:
    static Result<AuditLog> open(const std::filesystem::path& path);
    // Appends the entry with the current UTC time. A failed write is an error: the caller
    // refuses to serve what it could not record.
    Status write(const AuditEntry& entry);

  private:
    explicit AuditLog(Fd fd) : m_fd(std::move(fd)) {}
    Fd m_fd;
};

} // namespace mailclerk::web
