// Index: re-matching archived messages when the directory changes (links added and removed,
// message_customers replaced, contacts recomputed), without re-fetching anything.
#include <map>
#include <set>
#include <unordered_map>

#include "store/index_impl.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store {
namespace {

Result<std::vector<std::string>> paths_under(IndexState& impl, const char* table, int64_t row,
                                             const std::string& prefix) {
    auto select = impl.statement(std::string("SELECT path FROM ") + table +
                                 " WHERE message_id = ?1 AND substr(path, 1, length(?2)) = ?2");
    if (!select) return error_of(select);
    std::vector<std::string> out;
    auto ok = for_each_row((*select)->bind(1, row).bind(2, prefix),
                           [&](Statement& s) { out.push_back(s.column_text(0)); });
    if (!ok) return error_of(ok);
    return out;
}

Result<bool> referenced(IndexState& impl, const std::string& path) {
    auto select = impl.statement("SELECT 1 FROM message_files WHERE path = ?1 UNION ALL "
                                 "SELECT 1 FROM attachment_files WHERE path = ?1 LIMIT 1");
    if (!select) return error_of(select);
    bool found = false;
    auto ok = for_each_row((*select)->bind(1, path), [&](Statement&) { found = true; });
    if (!ok) return error_of(ok);
    return found;
}

Result<int64_t> count_files(IndexState& impl, int64_t row) {
    auto select = impl.statement("SELECT count(*) FROM message_files WHERE message_id = ?1");
    if (!select) return error_of(select);
    int64_t count = 0;
    auto ok =
        for_each_row((*select)->bind(1, row), [&](Statement& s) { count = s.column_int64(0); });
    if (!ok) return error_of(ok);
    return count;
}

struct Refiler {
    IndexState& impl;
    const Refiling& in;
    std::vector<std::string> forgotten;

    Status replace_customers();
    Status add_files();
    Status forget(const std::string& prefix);
};

Status Refiler::replace_customers() {
    auto erase = impl.statement("DELETE FROM message_customers WHERE message_id = ?1");
    if (!erase) return error_of(erase);
    if (auto ok = (*erase)->bind(1, in.row).run(); !ok) return ok;
    if (auto ok = insert_message_customers(impl, in.row, *in.classification); !ok) return ok;
    auto direction = impl.statement("UPDATE messages SET direction = ?2 WHERE id = ?1");
    if (!direction) return error_of(direction);
    auto set = (*direction)
                   ->bind(1, in.row)
                   .bind(2, parsers::to_string(in.classification->direction))
                   .run();
    if (!set) return set;
    return refresh_search_meta(impl, in.row); // customer: and direction: filters follow
}

Status Refiler::add_files() {
    if (in.added == nullptr) return {};
    if (auto ok = insert_message_files(impl, in.row, in.added->paths); !ok) return ok;
    auto insert_attachment = impl.statement(
        "INSERT OR IGNORE INTO attachment_files (message_id, idx, path) SELECT ?1, ?2, ?3 "
        "WHERE EXISTS (SELECT 1 FROM attachments WHERE message_id = ?1 AND idx = ?2)");
    if (!insert_attachment) return error_of(insert_attachment);
    auto first_path = impl.statement(
        "UPDATE attachments SET path = ?3 WHERE message_id = ?1 AND idx = ?2 AND path = ''");
    if (!first_path) return error_of(first_path);
    for (const FiledAttachment& filed : in.added->attachments)
        for (const std::string& path : filed.paths) {
            auto index = static_cast<int64_t>(filed.index);
            if (auto ok = (*insert_attachment)->bind(1, in.row).bind(2, index).bind(3, path).run();
                !ok)
                return ok;
            if (auto ok = (*first_path)->bind(1, in.row).bind(2, index).bind(3, path).run(); !ok)
                return ok;
        }
    return {};
}

// Forget this message's files under prefix; attachments whose recorded path was one of them
// point at another copy (or at none).
Status Refiler::forget(const std::string& prefix) {
    auto mail = paths_under(impl, "message_files", in.row, prefix);
    if (!mail) return error_of(mail);
    auto attached = paths_under(impl, "attachment_files", in.row, prefix);
    if (!attached) return error_of(attached);
    const char* steps[] = {
        "DELETE FROM message_files WHERE message_id = ?1 AND substr(path, 1, length(?2)) = ?2",
        "DELETE FROM attachment_files WHERE message_id = ?1 AND substr(path, 1, length(?2)) = ?2",
        "UPDATE attachments SET path = coalesce((SELECT f.path FROM attachment_files f WHERE "
        "f.message_id = attachments.message_id AND f.idx = attachments.idx LIMIT 1), '') "
        "WHERE message_id = ?1 AND substr(path, 1, length(?2)) = ?2"};
    for (const char* sql : steps) {
        auto stmt = impl.statement(sql);
        if (!stmt) return error_of(stmt);
        if (auto ok = (*stmt)->bind(1, in.row).bind(2, prefix).run(); !ok) return ok;
    }
    forgotten.insert(forgotten.end(), mail->begin(), mail->end());
    forgotten.insert(forgotten.end(), attached->begin(), attached->end());
    return {};
}

} // namespace

namespace {

SourceRef source_of_row(Statement& s, int first) {
    return SourceRef{s.column_text(first), s.column_text(first + 1), s.column_text(first + 2),
                     s.column_int64(first + 3), s.column_int64(first + 4)};
}

} // namespace

Result<std::vector<ArchivedMessage>> Index::archived_messages() {
    auto stmt = m_impl->db.prepare(
        "SELECT m.id, m.sha256, f.path, (SELECT group_concat(slug, char(10)) FROM (SELECT c.slug "
        "FROM message_customers mc JOIN customers c ON c.id = mc.customer_id WHERE "
        "mc.message_id = m.id ORDER BY mc.rowid)), m.direction FROM messages m JOIN "
        "message_files f ON f.message_id = m.id ORDER BY m.date IS NULL, m.date, m.id, f.rowid");
    if (!stmt) return error_of(stmt);
    auto messages = collect_groups(
        *stmt,
        [](Statement& s) {
            ArchivedMessage message{
                s.column_int64(0), s.column_text(1), {}, {}, s.column_text(4), {}};
            std::string slugs = s.column_text(3);
            for (size_t start = 0; start < slugs.size();) {
                size_t end = std::min(slugs.find('\n', start), slugs.size());
                message.customers.push_back(slugs.substr(start, end - start));
                start = end + 1;
            }
            return message;
        },
        [](ArchivedMessage& message, Statement& s) { message.paths.push_back(s.column_text(2)); });
    if (!messages) return messages;
    std::vector<ArchivedMessage>& out = *messages;
    std::unordered_map<int64_t, size_t> position; // message row -> index in out
    for (size_t i = 0; i < out.size(); ++i)
        position[out[i].row] = i;
    auto sources = m_impl->db.prepare(
        "SELECT message_id, kind, account, folder, uidvalidity, uid FROM message_sources");
    if (!sources) return error_of(sources);
    auto ok = for_each_row(*sources, [&](Statement& s) {
        auto found = position.find(s.column_int64(0));
        if (found != position.end()) out[found->second].sources.push_back(source_of_row(s, 1));
    });
    if (!ok) return error_of(ok);
    return messages;
}

Result<std::vector<SourceRef>> Index::sources_of(const std::string& sha256) {
    auto stmt = m_impl->db.prepare(
        "SELECT s.kind, s.account, s.folder, s.uidvalidity, s.uid FROM message_sources s JOIN "
        "messages m ON m.id = s.message_id WHERE m.sha256 = ?1");
    if (!stmt) return error_of(stmt);
    stmt->bind(1, sha256);
    return collect(*stmt, [&](Statement& s) { return source_of_row(s, 0); });
}

Result<std::vector<std::pair<int64_t, std::string>>>
Index::priced_messages(const std::string& slug) {
    auto customer = m_impl->customer_id(slug, false);
    if (!customer) return error_of(customer);
    auto stmt = m_impl->db.prepare(
        "SELECT m.id, m.sha256 FROM messages m WHERE m.id IN (SELECT message_id FROM price_items "
        "WHERE customer_id = ?1) ORDER BY m.date IS NULL, m.date, m.id");
    if (!stmt) return error_of(stmt);
    stmt->bind(1, *customer);
    return collect(*stmt, [](Statement& s) {
        return std::pair{s.column_int64(0), s.column_text(1)};
    });
}

Result<std::vector<std::string>> Index::mail_paths(const std::string& sha256) {
    auto stmt = m_impl->db.prepare("SELECT f.path FROM message_files f JOIN messages m ON m.id = "
                                   "f.message_id WHERE m.sha256 = ?1 ORDER BY f.rowid");
    if (!stmt) return error_of(stmt);
    stmt->bind(1, sha256);
    return collect(*stmt, [](Statement& s) { return s.column_text(0); });
}

Result<std::vector<std::string>> Index::refile(const Refiling& refiling) {
    if (refiling.classification == nullptr)
        return fail(ErrorCode::database, "refile: a classification is required");
    Refiler refiler{*m_impl, refiling, {}};
    Status status = refiler.replace_customers();
    if (status) status = refiler.add_files();
    for (const std::string& slug : refiling.dropped_slugs)
        if (status) status = refiler.forget("customers/" + slug + "/");
    if (status && refiling.drop_unmatched) status = refiler.forget("unmatched/");
    if (status) {
        // The canonical copy is never given up: some file of the message must remain.
        auto remaining = count_files(*m_impl, refiling.row);
        if (!remaining) return error_of(remaining);
        if (*remaining == 0)
            status =
                fail(ErrorCode::integrity, "re-matching would leave message #" +
                                               std::to_string(refiling.row) + " without a file");
    }
    if (!status) return error_of(status);
    std::vector<std::string> unused;
    for (const std::string& path : refiler.forgotten) {
        auto used = referenced(*m_impl, path);
        if (!used) return error_of(used);
        if (!*used) unused.push_back(path);
    }
    return unused;
}

Status Index::replace_contacts(const std::vector<ContactRow>& contacts) {
    Database& db = m_impl->db;
    if (auto ok = db.exec("SAVEPOINT replace_contacts"); !ok) return ok;
    Status status = [&]() -> Status {
        // What signatures told us so far, by address: kept across the rebuild.
        std::map<std::string, std::pair<std::string, std::string>> known;
        auto select = db.prepare("SELECT address, phone, title FROM contacts WHERE phone <> '' OR "
                                 "title <> ''");
        if (!select) return error_of(select);
        auto ok = for_each_row(*select, [&](Statement& s) {
            known[s.column_text(0)] = {s.column_text(1), s.column_text(2)};
        });
        if (!ok) return ok;
        if (auto erased = db.exec("DELETE FROM contacts"); !erased) return erased;
        auto insert = db.prepare(
            "INSERT INTO contacts (customer_id, address, name, first_seen, last_seen, count_in, "
            "count_out, phone, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!insert) return error_of(insert);
        for (const ContactRow& c : contacts) {
            auto customer = m_impl->customer_id(c.slug, false);
            if (!customer) continue; // a slug no longer in the index has no contacts
            auto [phone, title] = known[c.address];
            if (!c.phone.empty()) phone = c.phone;
            if (!c.title.empty()) title = c.title;
            auto optional = [](int64_t t) { return t ? std::optional<int64_t>(t) : std::nullopt; };
            Statement& s = *insert;
            s.bind(1, *customer).bind(2, c.address).bind(3, c.name).bind(4, optional(c.first_seen));
            s.bind(5, optional(c.last_seen)).bind(6, c.count_in).bind(7, c.count_out);
            if (auto ran = s.bind(8, phone).bind(9, title).run(); !ran) return ran;
        }
        return {};
    }();
    if (!status) (void)db.exec("ROLLBACK TO replace_contacts");
    (void)db.exec("RELEASE replace_contacts");
    m_impl->customer_ids.clear();
    return status;
}

Status Index::note_contact_details(const std::string& slug, const std::string& address,
                                   const std::string& phone, const std::string& title) {
    auto update = m_impl->statement(
        "UPDATE contacts SET phone = CASE WHEN ?3 <> '' THEN ?3 ELSE phone END, "
        "title = CASE WHEN ?4 <> '' THEN ?4 ELSE title END "
        "WHERE address = ?2 AND customer_id = (SELECT id FROM customers WHERE slug = ?1)");
    if (!update) return error_of(update);
    return (*update)->bind(1, slug).bind(2, address).bind(3, phone).bind(4, title).run();
}

Result<std::vector<ContactRow>> Index::contacts(const std::string& slug) {
    auto stmt = m_impl->db.prepare(
        "SELECT c.slug, k.address, k.name, k.first_seen, k.last_seen, k.count_in, k.count_out, "
        "k.phone, k.title FROM contacts k JOIN customers c ON c.id = k.customer_id "
        "WHERE (?1 = '' OR c.slug = ?1) ORDER BY c.slug, k.count_in + k.count_out DESC, k.address");
    if (!stmt) return error_of(stmt);
    std::vector<ContactRow> out;
    auto ok = for_each_row(stmt->bind(1, slug), [&](Statement& s) {
        out.push_back(ContactRow{s.column_text(0), s.column_text(1), s.column_text(2),
                                 s.column_optional(3).value_or(0), s.column_optional(4).value_or(0),
                                 s.column_int64(5), s.column_int64(6), s.column_text(7),
                                 s.column_text(8)});
    });
    if (!ok) return error_of(ok);
    return out;
}

} // namespace mailclerk::store
