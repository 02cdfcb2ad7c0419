// Index: writing the archive's journal (store/journal.hpp) — the commit hooks that flush it, the
// record of each change, and the snapshot a journal starts with beside an existing index.
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "store/journal_note.hpp"
#include "store/price_fixes.hpp"

namespace mailclerk::store {
namespace fs = std::filesystem;

int64_t IndexState::now() const {
    return replaying ? replay_time : static_cast<int64_t>(std::time(nullptr));
}

namespace {

// Cut the journal back to `end` (the records of a commit that failed after its hook): the
// segment that was appended to is truncated, a segment begun since is removed. Best effort: a
// record left behind names what the index does not hold, and replaying it is harmless for
// sources (dropped) though not for a sync position, hence the effort.
void retract(const Journal& journal, JournalPosition end) {
    auto segments = journal.segments();
    if (!segments) return;
    for (uint32_t segment : *segments)
        if (segment > end.segment) ::unlink(journal.segment_path(segment).c_str());
    fs::path path = journal.segment_path(end.segment);
    Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (!fd) return;
    if (::ftruncate(fd.get(), static_cast<off_t>(end.offset)) == 0) (void)::fdatasync(fd.get());
}

} // namespace

IndexState::~IndexState() {
    if (journal) db.on_commit([] { return true; }, [] {});
}

void IndexState::keep_journal(std::unique_ptr<Journal> kept) {
    journal = std::move(kept);
    // Under the write lock, before the commit: the journal's order is the commit order and the
    // index never commits what the journal does not hold.
    db.on_commit(
        [this] {
            journal_error.reset();
            confirm_journal(); // a new commit: the one before it happened
            if (!journal->pending()) return true;
            auto before = journal->end();
            Status flushed = before ? journal->flush() : Status(tl::unexpected(before.error()));
            if (!flushed) {
                journal_error = flushed.error();
                journal->discard();
                return false;
            }
            unconfirmed = *before;
            return true;
        },
        [this] {
            journal->discard();
            if (unconfirmed) retract(*journal, *unconfirmed);
            unconfirmed.reset();
        });
}

Status IndexState::committed(Status status) {
    if (status) confirm_journal();
    if (status || !journal_error) return status;
    Error error = *journal_error;
    journal_error.reset();
    customer_ids.clear(); // the transaction was rolled back
    return tl::unexpected(std::move(error));
}

std::string journal_line(std::string_view type, int64_t at, const JournalFields& fields) {
    JournalFields record;
    record["t"] = type;
    record["at"] = at;
    for (const auto& [key, value] : fields.items())
        record[key] = value;
    // Invalid UTF-8 (a folder name from a broken server) is written as U+FFFD, never refused.
    return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void note(IndexState& impl, std::string_view type, const JournalFields& fields) {
    if (!impl.journal || impl.replaying) return;
    impl.journal->add(journal_line(type, impl.now(), fields));
}

Result<std::string> slug_of(IndexState& impl, int64_t customer_id) {
    auto slug = text_column(impl.db, "SELECT slug FROM customers WHERE id = ?1", customer_id);
    if (!slug) return error_of(slug);
    return slug->empty() ? std::string() : slug->front();
}

JournalFields customer_fields(const CustomerRow& row) {
    return {{"slug", row.slug},       {"name", row.name},          {"category", row.category},
            {"grade", row.grade},     {"owner", row.owner},        {"source", row.source},
            {"contact", row.contact}, {"phone", row.phone},        {"notes", row.notes},
            {"domains", row.domains}, {"addresses", row.addresses}};
}

JournalFields user_fields(const UserRow& user) {
    return {{"name", user.name},       {"password_hash", user.password_hash},
            {"role", user.role},       {"team", user.team},
            {"created", user.created}, {"email", user.email},
            {"lang", user.lang}};
}

JournalFields dismissal_fields(const Dismissal& d) {
    return {{"item", d.item}, {"since", d.since}, {"user", d.user}, {"at", d.at}};
}

JournalFields sync_fields(const SyncState& state) {
    return {{"account", state.account},         {"folder", state.folder},
            {"uidvalidity", state.uidvalidity}, {"highest_uid", state.highest_uid},
            {"last_poll", state.last_poll},     {"last_error", state.last_error}};
}

JournalFields source_fields(const std::string& sha256, const SourceRef& source) {
    return {{"sha256", sha256},
            {"kind", source.kind},
            {"account", source.account},
            {"folder", source.folder},
            {"uidvalidity", source.uidvalidity},
            {"uid", source.uid}};
}

namespace {

// One record per row of `sql`, built by make(row) as (time, type, fields).
template <typename Make>
Status emit_rows(IndexState& impl, const char* sql, const std::function<Status(std::string)>& emit,
                 Make make) {
    auto stmt = impl.db.prepare(sql);
    if (!stmt) return error_of(stmt);
    Status status;
    auto read = for_each_row(*stmt, [&](Statement& row) {
        if (!status) return;
        auto [at, type, fields] = make(row);
        status = emit(journal_line(type, at, fields));
    });
    return read ? status : read;
}

Status emit_customers(IndexState& impl, const std::function<Status(std::string)>& emit) {
    // Config customers come back from the config; the rest, merged ones too, from here.
    auto rows = customer_rows(impl.db, "WHERE c.source <> 'config' ORDER BY c.id", "");
    if (!rows) return error_of(rows);
    for (const CustomerRow& row : *rows)
        if (auto ok = emit(journal_line("customer", impl.now(), customer_fields(row))); !ok)
            return ok;
    using Row = std::tuple<int64_t, std::string, JournalFields>;
    auto ok = emit_rows(impl,
                        "SELECT c.slug, i.slug FROM customers c JOIN customers i ON "
                        "i.id = c.merged_into ORDER BY c.id",
                        emit, [&](Statement& s) {
                            return Row{impl.now(),
                                       "merge",
                                       {{"from", s.column_text(0)}, {"into", s.column_text(1)}}};
                        });
    if (!ok) return ok;
    ok = emit_rows(impl,
                   "SELECT a.slug, c.slug, a.since FROM customer_aliases a JOIN customers c ON "
                   "c.id = a.customer_id ORDER BY a.since",
                   emit, [](Statement& s) {
                       return Row{s.column_int64(2),
                                  "alias",
                                  {{"slug", s.column_text(0)}, {"customer", s.column_text(1)}}};
                   });
    if (!ok) return ok;
    return emit_rows(impl,
                     "SELECT c.slug, e.at, e.what FROM customer_events e JOIN customers c ON "
                     "c.id = e.customer_id ORDER BY e.id",
                     emit, [](Statement& s) {
                         return Row{s.column_int64(1),
                                    "event",
                                    {{"customer", s.column_text(0)}, {"what", s.column_text(2)}}};
                     });
}

Status emit_people_and_prices(IndexState& impl, const std::function<Status(std::string)>& emit) {
    using Row = std::tuple<int64_t, std::string, JournalFields>;
    auto ok = emit_rows(impl, "SELECT domain, since FROM candidate_ignores ORDER BY since", emit,
                        [](Statement& s) {
                            return Row{s.column_int64(1), "ignore", {{"domain", s.column_text(0)}}};
                        });
    if (!ok) return ok;
    ok = emit_rows(impl, "SELECT name, password_hash, role, team, created, email, lang FROM users",
                   emit, [](Statement& s) {
                       UserRow user{s.column_text(0), s.column_text(1),  s.column_text(2),
                                    s.column_text(3), s.column_int64(4), s.column_text(5),
                                    s.column_text(6)};
                       return Row{user.created, "user", user_fields(user)};
                   });
    if (!ok) return ok;
    ok = emit_rows(
        impl, "SELECT item, since, user, at FROM today_dismissals ORDER BY at", emit,
        [](Statement& s) {
            Dismissal d{s.column_text(0), s.column_int64(1), s.column_text(2), s.column_int64(3)};
            return Row{d.at, "dismiss", dismissal_fields(d)};
        });
    if (!ok) return ok;
    return emit_rows(impl,
                     "SELECT c.slug, o.product_key, o.same_as FROM product_key_overrides o "
                     "JOIN customers c ON c.id = o.customer_id",
                     emit, [&](Statement& s) {
                         return Row{impl.now(),
                                    "same_product",
                                    {{"customer", s.column_text(0)},
                                     {"key", s.column_text(1)},
                                     {"same_as", s.column_text(2)}}};
                     });
}

Status emit_sync(IndexState& impl, const std::function<Status(std::string)>& emit) {
    using Row = std::tuple<int64_t, std::string, JournalFields>;
    auto ok = emit_rows(impl,
                        "SELECT account, folder, uidvalidity, highest_uid, coalesce(last_poll, 0), "
                        "last_error FROM sync_state",
                        emit, [](Statement& s) {
                            SyncState state{s.column_text(0),
                                            s.column_text(1),
                                            s.column_int64(2),
                                            s.column_int64(3),
                                            s.column_int64(4),
                                            s.column_text(5),
                                            0};
                            return Row{state.last_poll, "sync", sync_fields(state)};
                        });
    if (!ok) return ok;
    ok = emit_rows(impl,
                   "SELECT m.sha256, s.kind, s.account, s.folder, s.uidvalidity, s.uid FROM "
                   "message_sources s JOIN messages m ON m.id = s.message_id ORDER BY s.rowid",
                   emit, [&](Statement& s) {
                       SourceRef ref{s.column_text(1), s.column_text(2), s.column_text(3),
                                     s.column_int64(4), s.column_int64(5)};
                       return Row{impl.now(), "source", source_fields(s.column_text(0), ref)};
                   });
    if (!ok) return ok;
    return emit_rows(impl,
                     "SELECT ic.account, m.sha256, c.slug, ic.folder, ic.copied_at, ic.confirmed "
                     "FROM imap_copies ic JOIN messages m ON m.id = ic.message_id "
                     "JOIN customers c ON c.id = ic.customer_id",
                     emit, [](Statement& s) {
                         return Row{s.column_int64(4),
                                    "copy",
                                    {{"account", s.column_text(0)},
                                     {"sha256", s.column_text(1)},
                                     {"customer", s.column_text(2)},
                                     {"folder", s.column_text(3)},
                                     {"confirmed", s.column_int64(5) != 0}}};
                     });
}

} // namespace

Status write_snapshot(IndexState& impl, const std::function<Status(std::string)>& emit) {
    if (auto ok = emit(journal_line("journal", impl.now(), {{"version", 1}, {"from", "index"}}));
        !ok)
        return ok;
    if (auto ok = emit_customers(impl, emit); !ok) return ok;
    if (auto ok = emit_people_and_prices(impl, emit); !ok) return ok;
    if (auto ok = emit_price_fixes(impl, emit); !ok) return ok;
    return emit_sync(impl, emit);
}

} // namespace mailclerk::store
