// Index: replaying the archive's journal into an index being rebuilt (mailclerk reindex). Each
// record is applied through the same write path that journaled it, at the time it carries, and
// so that applying it twice changes nothing: a rebuild that catches up with records it has
// partly seen ends where the live index did.
#include <initializer_list>

#include <nlohmann/json.hpp>

#include "store/journal_note.hpp"

namespace mailclerk::store {
namespace {

using Json = nlohmann::json;

constexpr size_t k_max_notes = 20;

std::string text(const Json& record, const char* key) {
    auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int64_t number(const Json& record, const char* key) {
    auto it = record.find(key);
    return it != record.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}

std::vector<std::string> texts(const Json& record, const char* key) {
    std::vector<std::string> out;
    auto it = record.find(key);
    if (it == record.end() || !it->is_array()) return out;
    for (const Json& value : *it)
        if (value.is_string()) out.push_back(value.get<std::string>());
    return out;
}

Status create_staging(Database& db) {
    return db.exec(
        "CREATE TEMP TABLE IF NOT EXISTS replay_sources (sha256 TEXT NOT NULL, kind TEXT NOT NULL, "
        "account TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL, "
        "uid INTEGER NOT NULL, UNIQUE (sha256, kind, account, folder, uidvalidity, uid));"
        "CREATE TEMP TABLE IF NOT EXISTS replay_copies (account TEXT NOT NULL, "
        "sha256 TEXT NOT NULL, customer TEXT NOT NULL, folder TEXT NOT NULL, "
        "at INTEGER NOT NULL, confirmed INTEGER NOT NULL, "
        "PRIMARY KEY (account, sha256, customer))");
}

CustomerRow customer_of(const Json& record) {
    CustomerRow row;
    row.slug = text(record, "slug");
    row.name = text(record, "name");
    row.category = text(record, "category");
    row.grade = text(record, "grade");
    row.owner = text(record, "owner");
    row.source = text(record, "source");
    row.contact = text(record, "contact");
    row.phone = text(record, "phone");
    row.notes = text(record, "notes");
    row.domains = texts(record, "domains");
    row.addresses = texts(record, "addresses");
    return row;
}

// One replay: the record handlers, sharing the index and the report.
class Replayer {
  public:
    Replayer(Index& index, IndexState& impl, ReplayReport& report)
        : m_index(index), m_impl(impl), m_report(report) {}

    Status apply(const std::string& line) {
        Json record = Json::parse(line, nullptr, false);
        ++m_report.records;
        if (record.is_discarded() || !record.is_object())
            return skip("a line that is not a JSON record");
        m_impl.replay_time = number(record, "at");
        std::string type = text(record, "t");
        if (type == "journal") return {};
        if (type == "customer" || type == "rename" || type == "merge") {
            ++m_report.directory_changes;
            return type == "customer" ? customer(record)
                   : type == "rename" ? rename(record)
                                      : merge(record);
        }
        if (type == "alias") return alias(record);
        if (type == "event") return event(record);
        if (type == "ignore") return m_index.ignore_candidate(text(record, "domain"));
        if (type == "user") return user(record);
        if (type == "user_removed") return removed_user(record);
        if (type == "same_product") return same_product(record);
        if (type == "price_fix" || type == "price_unfix") return price_fix(type, record);
        if (type == "dismiss")
            return m_index.dismiss(Dismissal{text(record, "item"), number(record, "since"),
                                             text(record, "user"), number(record, "at")});
        if (type == "sync") return sync(record);
        if (type == "source") return source(record);
        if (type == "copy") return copy(record);
        return skip("a record of unknown type '" + type + "'");
    }

  private:
    Status skip(std::string why) {
        ++m_report.skipped;
        if (m_report.notes.size() < k_max_notes) m_report.notes.push_back(std::move(why));
        return {};
    }

    // The customer a record names by slug, former slug or (merged) successor.
    Result<std::optional<CustomerRow>> named(const std::string& slug) {
        if (slug.empty()) return std::optional<CustomerRow>();
        return m_index.find_customer(slug);
    }

    // A customer record names the customer by its slug at the time. A slug that is now a
    // former slug (renamed or merged later) or a merged customer's means the record was
    // applied before and later records changed the customer further: applying it again would
    // undo them (replaying twice must change nothing).
    Status customer(const Json& record) {
        CustomerRow row = customer_of(record);
        if (row.slug.empty()) return skip("a customer without a slug");
        auto current = m_impl.db.prepare(
            "SELECT id, merged_into IS NOT NULL FROM customers WHERE slug = ?1 UNION ALL "
            "SELECT customer_id, 1 FROM customer_aliases WHERE slug = ?1 LIMIT 1");
        if (!current) return error_of(current);
        auto found = collect_one(current->bind(1, row.slug), [](Statement& s) {
            return std::pair{s.column_int64(0), s.column_int64(1) != 0};
        });
        if (!found) return error_of(found);
        if (*found && (*found)->second) return {}; // renamed or merged since
        row.id = *found ? (*found)->first : 0;
        auto saved = m_index.save_customer(row);
        if (!saved && saved.error().code == ErrorCode::usage) return skip(saved.error().message);
        return saved ? Status{} : error_of(saved);
    }

    Status rename(const Json& record) {
        std::string from = text(record, "from"), to = text(record, "to");
        auto found = customer_rows(m_impl.db, "WHERE c.slug = ?1", from);
        if (!found) return error_of(found);
        if (found->empty()) {
            auto done = customer_rows(m_impl.db, "WHERE c.slug = ?1", to);
            if (!done) return error_of(done);
            return done->empty() ? skip("rename of '" + from + "': no such customer") : Status{};
        }
        auto renamed = m_index.rename_customer(found->front().id, to, text(record, "name"));
        if (!renamed && renamed.error().code == ErrorCode::usage)
            return skip(renamed.error().message);
        return renamed;
    }

    Status merge(const Json& record) {
        auto from = named(text(record, "from"));
        if (!from) return error_of(from);
        auto into = named(text(record, "into"));
        if (!into) return error_of(into);
        if (!*from || !*into)
            return skip("merge of '" + text(record, "from") + "': no such customer");
        if ((*from)->id == (*into)->id) return {}; // merged already
        return m_index.merge_customers((*from)->id, (*into)->id);
    }

    Status alias(const Json& record) {
        auto customer = named(text(record, "customer"));
        if (!customer) return error_of(customer);
        if (!*customer)
            return skip("alias of '" + text(record, "customer") + "': no such customer");
        auto insert = m_impl.statement(
            "INSERT OR REPLACE INTO customer_aliases (slug, customer_id, since) SELECT ?1, ?2, ?3 "
            "WHERE NOT EXISTS (SELECT 1 FROM customers WHERE slug = ?1)");
        if (!insert) return error_of(insert);
        (*insert)->bind(1, text(record, "slug")).bind(2, (*customer)->id);
        return (*insert)->bind(3, m_impl.replay_time).run();
    }

    Status event(const Json& record) {
        auto customer = named(text(record, "customer"));
        if (!customer) return error_of(customer);
        if (!*customer)
            return skip("event of '" + text(record, "customer") + "': no such customer");
        return m_index.add_customer_event((*customer)->id, text(record, "what"));
    }

    Status user(const Json& record) {
        return m_index.save_user(UserRow{text(record, "name"), text(record, "password_hash"),
                                         text(record, "role"), text(record, "team"),
                                         number(record, "created"), text(record, "email"),
                                         text(record, "lang")});
    }

    Status removed_user(const Json& record) {
        auto removed = m_index.remove_user(text(record, "name"));
        return removed ? Status{} : error_of(removed);
    }

    Status same_product(const Json& record) {
        auto customer = named(text(record, "customer"));
        if (!customer) return error_of(customer);
        if (!*customer)
            return skip("override of '" + text(record, "customer") + "': no such customer");
        return m_index.set_same_product((*customer)->slug, text(record, "key"),
                                        text(record, "same_as"));
    }

    Status price_fix(const std::string& type, const Json& record) {
        auto customer = named(text(record, "customer"));
        if (!customer) return error_of(customer);
        if (!*customer)
            return skip("price fix of '" + text(record, "customer") + "': no such customer");
        const std::string& slug = (*customer)->slug;
        if (type == "price_unfix") {
            auto removed = m_index.unfix_price(slug, text(record, "key"), text(record, "side"));
            return removed ? Status{} : error_of(removed);
        }
        auto flag = record.find("not_a_price");
        bool not_a_price = flag != record.end() && flag->is_boolean() && flag->get<bool>();
        return m_index.fix_price(
            PriceFix{slug,
                     text(record, "key"),
                     text(record, "side"),
                     text(record, "sha256"),
                     text(record, "unit_price"),
                     text(record, "currency"),
                     text(record, "unit"),
                     not_a_price,
                     number(record, "fixed_at"),
                     {text(record, "column_from"), text(record, "column_to")}});
    }

    Status sync(const Json& record) {
        return m_index.save_sync_state(
            SyncState{text(record, "account"), text(record, "folder"),
                      number(record, "uidvalidity"), number(record, "highest_uid"),
                      number(record, "last_poll"), text(record, "last_error"), 0});
    }

    // A message's source or IMAP copy waits in a staging table until settle_replay files it
    // under its message: `insert` takes the record's text fields `texts`, then `numbers`.
    Status stage(const std::string& insert, const Json& record,
                 std::initializer_list<const char*> texts, std::initializer_list<int64_t> numbers) {
        auto stmt = m_impl.statement(insert);
        if (!stmt) return error_of(stmt);
        int at = 0;
        for (const char* field : texts)
            (*stmt)->bind(++at, text(record, field));
        for (int64_t value : numbers)
            (*stmt)->bind(++at, value);
        return (*stmt)->run();
    }

    Status source(const Json& record) {
        return stage("INSERT OR IGNORE INTO temp.replay_sources (sha256, kind, account, folder, "
                     "uidvalidity, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     record, {"sha256", "kind", "account", "folder"},
                     {number(record, "uidvalidity"), number(record, "uid")});
    }

    Status copy(const Json& record) {
        auto it = record.find("confirmed");
        bool confirmed = it != record.end() && it->is_boolean() && it->get<bool>();
        return stage("INSERT OR REPLACE INTO temp.replay_copies (account, sha256, customer, "
                     "folder, at, confirmed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     record, {"account", "sha256", "customer", "folder"},
                     {m_impl.replay_time, int64_t{confirmed ? 1 : 0}});
    }

    Index& m_index;
    IndexState& m_impl;
    ReplayReport& m_report;
};

} // namespace

Result<ReplayReport> Index::replay(const Journal& journal, JournalPosition from,
                                   std::optional<JournalPosition> until) {
    if (auto ok = create_staging(m_impl->db); !ok) return error_of(ok);
    ReplayReport report;
    report.end = from;
    if (auto begun = begin(); !begun) return error_of(begun);
    m_impl->replaying = true;
    Replayer replayer(*this, *m_impl, report);
    JournalReader reader(journal, from);
    Status status;
    while (!until || reader.position() < *until) {
        auto line = reader.next();
        if (!line) status = error_of(line);
        if (!status || !*line) break;
        if (status = replayer.apply(**line); !status) break;
        report.end = reader.position();
    }
    m_impl->replaying = false;
    if (status) status = commit();
    if (!status) {
        rollback();
        return error_of(status);
    }
    return report;
}

Result<std::vector<SourceRef>> Index::replayed_sources(const std::string& sha256) {
    if (auto ok = create_staging(m_impl->db); !ok) return error_of(ok);
    auto select = m_impl->statement("SELECT kind, account, folder, uidvalidity, uid FROM "
                                    "temp.replay_sources WHERE sha256 = ?1 ORDER BY rowid");
    if (!select) return error_of(select);
    return collect((*select)->bind(1, sha256), [](Statement& s) {
        return SourceRef{s.column_text(0), s.column_text(1), s.column_text(2), s.column_int64(3),
                         s.column_int64(4)};
    });
}

Result<int64_t> Index::settle_replay() {
    Database& db = m_impl->db;
    if (auto ok = create_staging(db); !ok) return error_of(ok);
    if (auto begun = begin(); !begun) return error_of(begun);
    auto orphans = db.query_int(
        "SELECT (SELECT count(*) FROM temp.replay_sources r WHERE NOT EXISTS (SELECT 1 FROM "
        "messages m WHERE m.sha256 = r.sha256)) + (SELECT count(*) FROM temp.replay_copies r "
        "WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.sha256 = r.sha256))");
    Status status = orphans ? Status{} : error_of(orphans);
    if (status)
        status = db.exec(
            "INSERT OR IGNORE INTO message_sources (message_id, kind, account, folder, "
            "uidvalidity, uid) SELECT m.id, r.kind, r.account, r.folder, r.uidvalidity, r.uid "
            "FROM temp.replay_sources r JOIN messages m ON m.sha256 = r.sha256;"
            // The customer by the slug the record names, or by the alias that slug became.
            "INSERT INTO imap_copies (account, message_id, customer_id, folder, copied_at, "
            "confirmed) SELECT r.account, m.id, coalesce(c.id, a.customer_id), r.folder, r.at, "
            "r.confirmed FROM temp.replay_copies r JOIN messages m ON m.sha256 = r.sha256 "
            "LEFT JOIN customers c ON c.slug = r.customer LEFT JOIN customer_aliases a ON "
            "a.slug = r.customer WHERE coalesce(c.id, a.customer_id) IS NOT NULL "
            "ON CONFLICT (account, message_id, customer_id) DO UPDATE SET folder = "
            "excluded.folder, copied_at = excluded.copied_at, confirmed = excluded.confirmed;"
            "DELETE FROM temp.replay_sources; DELETE FROM temp.replay_copies");
    if (status) status = commit();
    if (!status) {
        rollback();
        return error_of(status);
    }
    return *orphans;
}

Result<bool> Index::knows_file(const std::string& path) {
    // Document paths have no index in the schema: a temporary one, built once per connection
    // (after the rebuild's messages are in).
    if (!m_impl->known_paths) {
        if (auto ok = m_impl->db.exec(
                "CREATE TEMP TABLE IF NOT EXISTS known_paths (path TEXT PRIMARY KEY) WITHOUT ROWID;"
                "DELETE FROM temp.known_paths;"
                "INSERT OR IGNORE INTO temp.known_paths SELECT path FROM attachment_files;"
                "INSERT OR IGNORE INTO temp.known_paths SELECT path FROM message_files");
            !ok)
            return error_of(ok);
        m_impl->known_paths = true;
    }
    auto select = m_impl->statement("SELECT 1 FROM temp.known_paths WHERE path = ?1");
    if (!select) return error_of(select);
    auto found = collect_one((*select)->bind(1, path), [](Statement&) { return true; });
    if (!found) return error_of(found);
    return found->has_value();
}

Result<bool> Index::adopt_document(const std::string& path, const std::string& sha256) {
    auto customer = m_impl->customer_id(slug_of_path(path), false);
    if (!customer)
        return customer.error().code == ErrorCode::not_found ? Result<bool>(false)
                                                             : error_of(customer);
    auto select = m_impl->statement(
        "SELECT a.message_id, a.idx FROM attachments a WHERE a.sha256 = ?1 AND EXISTS (SELECT 1 "
        "FROM message_files f WHERE f.message_id = a.message_id AND f.customer_id = ?2) LIMIT 1");
    if (!select) return error_of(select);
    auto found = collect_one((*select)->bind(1, sha256).bind(2, *customer), [](Statement& s) {
        return std::pair{s.column_int64(0), s.column_int64(1)};
    });
    if (!found) return error_of(found);
    if (!*found) return false;
    // Plain variables, not a structured binding: clang before 16 cannot capture those.
    const int64_t message = (*found)->first;
    const int64_t idx = (*found)->second;
    auto status = atomically(*m_impl, "adopt_document", [&]() -> Status {
        auto insert = m_impl->db.prepare(
            "INSERT OR IGNORE INTO attachment_files (message_id, idx, path) VALUES (?1, ?2, ?3);");
        if (!insert) return error_of(insert);
        if (auto ok = insert->bind(1, message).bind(2, idx).bind(3, path).run(); !ok) return ok;
        auto first = m_impl->db.prepare(
            "UPDATE attachments SET path = ?3 WHERE message_id = ?1 AND idx = ?2 AND path = ''");
        if (!first) return error_of(first);
        if (auto ok = first->bind(1, message).bind(2, idx).bind(3, path).run(); !ok) return ok;
        if (!m_impl->known_paths) return {};
        auto known = m_impl->statement("INSERT OR IGNORE INTO temp.known_paths VALUES (?1)");
        if (!known) return error_of(known);
        return (*known)->bind(1, path).run();
    });
    if (!status) return error_of(status);
    return true;
}

Status add_archived_file(IndexState& impl, const std::string& sha256, const std::string& path) {
    auto select = impl.statement("SELECT id FROM messages WHERE sha256 = ?1");
    if (!select) return error_of(select);
    auto id =
        collect_one((*select)->bind(1, sha256), [](Statement& s) { return s.column_int64(0); });
    if (!id) return error_of(id);
    if (!*id) return fail(ErrorCode::not_found, "no message " + sha256 + " in the index");
    return insert_message_files(impl, **id, {path});
}

} // namespace mailclerk::store
