// Index: SQLite's integrity checks, and the full-text tables' own.
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace {

// The rows of an integrity pragma; a check that cannot even start (a damaged schema) is itself
// the finding.
Status pragma_problems(Database& db, const char* pragma, IntegrityReport& report) {
    auto stmt = db.prepare(pragma);
    if (!stmt) {
        if (stmt.error().code != ErrorCode::corrupt) return error_of(stmt);
        report.problems.push_back(stmt.error().message);
        return {};
    }
    auto ok = for_each_row(*stmt, [&](Statement& row) {
        if (std::string line = row.column_text(0); line != "ok") report.problems.push_back(line);
    });
    if (!ok && ok.error().code == ErrorCode::corrupt) {
        report.problems.push_back(ok.error().message);
        return {};
    }
    return ok;
}

} // namespace

Result<IntegrityReport> Index::check_integrity(IntegrityDepth depth) {
    IntegrityReport report;
    Database& db = m_impl->db;
    const char* pragma =
        depth == IntegrityDepth::quick ? "PRAGMA quick_check" : "PRAGMA integrity_check";
    if (auto ok = pragma_problems(db, pragma, report); !ok) return error_of(ok);
    if (depth == IntegrityDepth::quick || !report.clean()) return report;
    // FTS5 compares its index with the stored text, token by token (as long as indexing it).
    // search_text holds message and attachment text alike (schema 12).
    auto checked = db.exec("INSERT INTO search_text (search_text) VALUES ('integrity-check')");
    if (!checked) {
        if (checked.error().code != ErrorCode::corrupt) return error_of(checked);
        report.problems.push_back("search_text: " + checked.error().message);
    }
    return report;
}

} // namespace mailclerk::store
