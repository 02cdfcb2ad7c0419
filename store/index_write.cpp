// Index: recording messages and their sources (the import and sync hot path: every statement
// here is prepared once and cached).
#include <algorithm>
#include <set>
#include <utility>

#include "store/index_impl.hpp"
#include "store/journal_note.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store {
std::string format_address(const std::string& name, const std::string& address) {
    return name.empty() ? address : name + " <" + address + ">";
}

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

} // namespace

// The Message-ID that names the thread: the root of References, else the parent, else itself.
std::string thread_key(const parsers::Message& message, const std::string& sha256) {
    if (!message.references.empty()) return message.references.front();
    if (!message.in_reply_to.empty()) return message.in_reply_to;
    if (!message.message_id.empty()) return message.message_id;
    return sha256;
}

// The customer-side participants of one customer, "Name <address>" joined by ", ".
std::string counterpart_of(const parsers::Classification& classification,
                           const parsers::CustomerMatch& match) {
    std::vector<std::string> parts;
    std::set<std::string> seen;
    for (const parsers::Participant& p : classification.participants)
        if (p.slug == match.slug && seen.insert(p.address).second)
            parts.push_back(format_address(p.name, p.address));
    // Matched through the thread only: the evidence is a Message-ID, not a person.
    if (parts.empty() && match.participant.find('@') != std::string::npos &&
        match.reason != "thread")
        parts.push_back(match.participant);
    return join(parts, ", ");
}

// The customer slug a relative archive path is filed under, or "" (unmatched/...).
std::string slug_of_path(const std::string& path) {
    constexpr std::string_view k_prefix = "customers/";
    if (!path.starts_with(k_prefix)) return {};
    size_t end = path.find('/', k_prefix.size());
    return path.substr(k_prefix.size(), end == std::string::npos ? end : end - k_prefix.size());
}

Status insert_message_files(IndexState& impl, int64_t message_id,
                            const std::vector<std::string>& paths) {
    auto insert = impl.statement(
        "INSERT OR IGNORE INTO message_files (message_id, customer_id, path) VALUES (?1, ?2, ?3)");
    if (!insert) return error_of(insert);
    for (const std::string& path : paths) {
        std::optional<int64_t> customer;
        if (std::string slug = slug_of_path(path); !slug.empty()) {
            auto found = impl.customer_id(slug, true);
            if (!found) return error_of(found);
            customer = *found;
        }
        if (auto ok = (*insert)->bind(1, message_id).bind(2, customer).bind(3, path).run(); !ok)
            return ok;
    }
    return {};
}

// Helpers of add_message, one table each; all run inside its savepoint.
struct MessageWriter {
    IndexState& impl;
    const NewMessage& in;
    int64_t id = 0;
    int64_t key = 0; // messages.search_key, the rowid of its search_text row

    Result<bool> insert_message();
    Status assign_search_key(int64_t date);
    Status insert_files();
    Status insert_addresses();
    Status insert_customers();
    Status insert_attachments();
    Status upsert_contacts();
    Status insert_text();
};

Result<bool> MessageWriter::insert_message() {
    const parsers::Message& m = *in.message;
    auto insert = impl.statement(
        "INSERT INTO messages (sha256, message_id, in_reply_to, date, subject, from_addr, "
        "direction, kind, size, flags, thread_key, auto_reply, bulk) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (sha256) DO NOTHING");
    if (!insert) return error_of(insert);
    Statement& s = **insert;
    s.bind(1, in.sha256).bind(2, m.message_id).bind(3, m.in_reply_to).bind(4, m.date);
    s.bind(5, m.subject);
    s.bind(6, m.from.empty() ? std::string() : format_address(m.from[0].name, m.from[0].address));
    s.bind(7, parsers::to_string(in.classification->direction));
    s.bind(8, parsers::to_string(in.classification->kind)).bind(9, in.size);
    s.bind(10, join(m.flags, ",")).bind(11, thread_key(m, in.sha256));
    s.bind(12, int64_t{in.classification->auto_reply}).bind(13, int64_t{in.classification->bulk});
    if (auto ok = s.run(); !ok) return error_of(ok);
    if (impl.db.changes() == 0) return false; // already indexed
    id = impl.db.last_insert_rowid();
    if (auto ok = assign_search_key(m.date.value_or(0)); !ok) return error_of(ok);
    return true;
}

// Two messages share a key only when they share the second and the low 24 bits of their ids
// (16.7 million messages apart): the later one then steps down to the next free key.
Status MessageWriter::assign_search_key(int64_t date) {
    auto taken = impl.statement("SELECT 1 FROM messages WHERE search_key = ?1");
    if (!taken) return error_of(taken);
    key = search_key(date, id);
    for (;;) {
        auto row = (*taken)->bind(1, key).step();
        (*taken)->reset();
        if (!row) return error_of(row);
        if (!*row) break;
        --key;
    }
    auto set = impl.statement("UPDATE messages SET search_key = ?2 WHERE id = ?1");
    if (!set) return error_of(set);
    return (*set)->bind(1, id).bind(2, key).run();
}

Status MessageWriter::insert_files() {
    return insert_message_files(impl, id, in.filed->paths);
}

Status MessageWriter::insert_addresses() {
    const parsers::Message& m = *in.message;
    const std::pair<const char*, const std::vector<parsers::Address>*> roles[] = {
        {"from", &m.from},         {"to", &m.to},        {"cc", &m.cc}, {"bcc", &m.bcc},
        {"reply_to", &m.reply_to}, {"sender", &m.sender}};
    auto insert = impl.statement(
        "INSERT INTO message_addresses (message_id, role, address, name) VALUES (?1, ?2, ?3, ?4)");
    if (!insert) return error_of(insert);
    for (const auto& [role, addresses] : roles)
        for (const parsers::Address& a : *addresses)
            if (auto ok =
                    (*insert)->bind(1, id).bind(2, role).bind(3, a.address).bind(4, a.name).run();
                !ok)
                return ok;
    return {};
}

Status MessageWriter::insert_customers() {
    return insert_message_customers(impl, id, *in.classification);
}

Status MessageWriter::insert_attachments() {
    // text_size and text_flag: what was read out of it (its text goes to search_text).
    auto insert = impl.statement(
        "INSERT INTO attachments (message_id, idx, sha256, filename, content_type, size, kind, "
        "path, text_size, text_flag) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert) return error_of(insert);
    auto insert_file = impl.statement(
        "INSERT OR IGNORE INTO attachment_files (message_id, idx, path) VALUES (?1, ?2, ?3)");
    if (!insert_file) return error_of(insert_file);
    const auto& attachments = in.message->attachments;
    for (const FiledAttachment& filed : in.filed->attachments) {
        if (filed.index >= attachments.size()) continue;
        const parsers::Attachment& a = attachments[filed.index];
        Statement& s = **insert;
        s.bind(1, id).bind(2, static_cast<int64_t>(filed.index)).bind(3, filed.sha256);
        s.bind(4, a.filename).bind(5, a.content_type);
        s.bind(6, static_cast<int64_t>(a.content.size())).bind(7, parsers::to_string(a.kind));
        s.bind(8, filed.path).bind(9, int64_t{0}).bind(10, "");
        if (in.texts != nullptr && filed.index < in.texts->size()) {
            const AttachmentText& text = (*in.texts)[filed.index];
            s.bind(9, static_cast<int64_t>(text.text.size())).bind(10, text.flag);
        }
        if (auto ok = s.run(); !ok) return ok;
        for (const std::string& path : filed.paths) {
            Statement& f = **insert_file;
            f.bind(1, id).bind(2, static_cast<int64_t>(filed.index)).bind(3, path);
            if (auto ok = f.run(); !ok) return ok;
        }
    }
    return {};
}

Status MessageWriter::upsert_contacts() {
    // first_seen/last_seen widen to include this date (NULL = unknown never wins); the name is
    // the latest non-empty one by date.
    auto upsert = impl.statement(
        "INSERT INTO contacts (customer_id, address, name, first_seen, last_seen, count_in, "
        "count_out) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6) "
        "ON CONFLICT (customer_id, address) DO UPDATE SET "
        "name = CASE WHEN excluded.name <> '' AND (contacts.name = '' OR excluded.last_seen IS "
        "NULL "
        "  OR contacts.last_seen IS NULL OR excluded.last_seen >= contacts.last_seen) "
        "  THEN excluded.name ELSE contacts.name END, "
        "first_seen = min(coalesce(contacts.first_seen, excluded.first_seen), "
        "                 coalesce(excluded.first_seen, contacts.first_seen)), "
        "last_seen = max(coalesce(contacts.last_seen, excluded.last_seen), "
        "                coalesce(excluded.last_seen, contacts.last_seen)), "
        "count_in = contacts.count_in + excluded.count_in, "
        "count_out = contacts.count_out + excluded.count_out");
    if (!upsert) return error_of(upsert);
    parsers::Direction direction = in.classification->direction;
    std::set<std::pair<std::string, std::string>> done;
    for (const parsers::Participant& p : in.classification->participants) {
        if (p.slug.empty() || !done.emplace(p.slug, p.address).second) continue;
        auto customer = impl.customer_id(p.slug, true);
        if (!customer) return error_of(customer);
        Statement& s = **upsert;
        s.bind(1, *customer).bind(2, p.address).bind(3, p.name).bind(4, in.message->date);
        s.bind(5, int64_t{direction == parsers::Direction::inbound ? 1 : 0});
        s.bind(6, int64_t{direction == parsers::Direction::outbound ? 1 : 0});
        if (auto ok = s.run(); !ok) return ok;
    }
    return {};
}

// Last of the steps: the message's row of search_text, queued for IndexState::flush_text (its
// meta column reads the customers and attachments inserted here when it is written).
Status MessageWriter::insert_text() {
    PendingText text{key, id, in.message->subject, in.message->text, {}};
    // Attachment names are searchable too ("PI-2026-031.pdf"), after the body text.
    for (const parsers::Attachment& a : in.message->attachments)
        if (!a.filename.empty()) text.body += "\n" + a.filename;
    // Only the texts of filed attachments, in attachment order: attachments.text_size cuts the
    // column back into them (store/attachment_probe.hpp), so both must list the same ones.
    std::vector<size_t> filed;
    for (const FiledAttachment& attachment : in.filed->attachments)
        filed.push_back(attachment.index);
    std::sort(filed.begin(), filed.end());
    for (size_t index : filed) {
        if (in.texts == nullptr || index >= in.texts->size()) break;
        const std::string& body = (*in.texts)[index].text;
        if (body.empty()) continue;
        if (!text.attachments.empty()) text.attachments += k_attachment_separator;
        text.attachments += body;
    }
    impl.pending_text_bytes += text.subject.size() + text.body.size() + text.attachments.size();
    impl.pending_text.push_back(std::move(text));
    return {};
}

Status IndexState::flush_text() {
    if (pending_text.empty()) return {};
    std::vector<PendingText> rows = std::move(pending_text);
    pending_text.clear();
    pending_text_bytes = 0;
    std::sort(rows.begin(), rows.end(),
              [](const PendingText& a, const PendingText& b) { return a.key < b.key; });
    // The meta text is read first and the row inserted with VALUES: an INSERT ... SELECT into
    // a virtual table runs under a statement savepoint, at which FTS5 writes out its pending
    // terms, which would again make a segment of every row.
    auto meta =
        statement(std::string("SELECT ") + k_search_meta_sql + " FROM messages m WHERE m.id = ?1");
    if (!meta) return error_of(meta);
    auto insert = statement("INSERT INTO search_text (rowid, subject, body, attachments, meta) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert) return error_of(insert);
    for (const PendingText& row : rows) {
        std::string tokens;
        (*meta)->bind(1, row.message_id);
        auto read = for_each_row(**meta, [&](Statement& s) { tokens = s.column_text(0); });
        if (!read) return read;
        Statement& s = **insert;
        s.bind(1, row.key).bind(2, row.subject).bind(3, row.body).bind(4, row.attachments);
        if (auto ok = s.bind(5, tokens).run(); !ok) return ok;
    }
    return {};
}

Result<bool> Index::has_message(const std::string& sha256) {
    auto select = m_impl->statement("SELECT 1 FROM messages WHERE sha256 = ?1");
    if (!select) return error_of(select);
    auto row = (*select)->bind(1, sha256).step();
    (*select)->reset();
    return row;
}

// Each message is atomic on its own (a savepoint, nested in the batch transaction), so one bad
// message never poisons the batch. A sha256 already indexed is a no-op: filing again after a
// crash is idempotent; its new sources arrive through add_source().
Status Index::add_message(const NewMessage& message) {
    if (message.message == nullptr || message.classification == nullptr || message.filed == nullptr)
        return fail(ErrorCode::database,
                    "add_message: message, classification and filed are required");
    auto savepoint = m_impl->statement("SAVEPOINT add_message");
    if (!savepoint) return error_of(savepoint);
    if (auto ok = (*savepoint)->run(); !ok) return ok;
    MessageWriter writer{*m_impl, message};
    auto inserted = writer.insert_message();
    Status status = inserted ? Status{} : Status(error_of(inserted));
    if (inserted && *inserted) {
        for (auto step : {&MessageWriter::insert_files, &MessageWriter::insert_addresses,
                          &MessageWriter::insert_customers, &MessageWriter::insert_attachments,
                          &MessageWriter::upsert_contacts})
            if (status = (writer.*step)(); !status) break;
        if (status) status = write_extracted(*m_impl, writer.id, message);
        // Last: only a message whose rows stand queues its text (a rolled-back id is reused).
        if (status) status = writer.insert_text();
    }
    if (!status) {
        (void)m_impl->db.exec("ROLLBACK TO add_message");
        m_impl->customer_ids.clear(); // ids inserted inside the savepoint are gone
    }
    (void)m_impl->db.exec("RELEASE add_message");
    if (status && m_impl->pending_text_bytes > k_max_pending_text) return m_impl->flush_text();
    return status;
}

Status Index::add_source(const std::string& sha256, const SourceRef& source) {
    if (source.kind == k_archive_source) return add_archived_file(*m_impl, sha256, source.folder);
    auto insert = m_impl->statement(
        "INSERT OR IGNORE INTO message_sources (message_id, kind, account, folder, uidvalidity, "
        "uid) SELECT id, ?2, ?3, ?4, ?5, ?6 FROM messages WHERE sha256 = ?1");
    if (!insert) return error_of(insert);
    Statement& s = **insert;
    s.bind(1, sha256).bind(2, source.kind).bind(3, source.account).bind(4, source.folder);
    if (auto ok = s.bind(5, source.uidvalidity).bind(6, source.uid).run(); !ok) return ok;
    if (m_impl->db.changes() > 0) {
        note(*m_impl, "source", source_fields(sha256, source));
        return {};
    }
    auto known = has_message(sha256);
    if (!known) return error_of(known);
    if (!*known) return fail(ErrorCode::not_found, "no message " + sha256 + " in the index");
    return {};
}

Result<std::vector<std::string>> Index::customers_of_messages(const std::vector<std::string>& ids) {
    auto select = m_impl->statement(
        "SELECT c.slug FROM messages m JOIN message_customers mc ON mc.message_id = m.id "
        "JOIN customers c ON c.id = mc.customer_id WHERE m.message_id = ?1 ORDER BY mc.rowid");
    if (!select) return error_of(select);
    std::vector<std::string> slugs;
    std::set<std::string> seen;
    for (const std::string& id : ids) {
        if (id.empty()) continue;
        (*select)->reset();
        (*select)->bind(1, id);
        for (;;) {
            auto row = (*select)->step();
            if (!row) return error_of(row);
            if (!*row) break;
            if (std::string slug = (*select)->column_text(0); seen.insert(slug).second)
                slugs.push_back(std::move(slug));
        }
    }
    (*select)->reset();
    return slugs;
}

Status insert_message_customers(IndexState& impl, int64_t message_id,
                                const parsers::Classification& classification) {
    auto insert = impl.statement(
        "INSERT OR IGNORE INTO message_customers (message_id, customer_id, reason, participant, "
        "counterpart) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert) return error_of(insert);
    for (const parsers::CustomerMatch& match : classification.customers) {
        auto customer = impl.customer_id(match.slug, true);
        if (!customer) return error_of(customer);
        Statement& s = **insert;
        s.bind(1, message_id).bind(2, *customer).bind(3, match.reason).bind(4, match.participant);
        if (auto ok = s.bind(5, counterpart_of(classification, match)).run(); !ok) return ok;
    }
    return {};
}

} // namespace mailclerk::store
