// PgWriter::add_message: one message's rows, as store/index_write.cpp writes them into SQLite.
// Every statement is prepared once per connection. Rows whose insert answers nothing the writer
// needs are queued (Connection::send) and reach the server together with the next statement
// that must wait for its answer: a message costs a few round trips, not one per row (issue 23).
#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "store/agenda_rows.hpp"
#include "store/index_impl.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_writer.hpp"
#include "store/postgres/tsvector.hpp"
#include "store/price_notice.hpp"
#include "store/search_meta.hpp"

namespace mailclerk::store::pg {
namespace {

using Params = std::vector<std::optional<std::string>>;

std::string number(int64_t value) {
    return std::to_string(value);
}

std::optional<std::string> number(std::optional<int64_t> value) {
    if (!value) return std::nullopt;
    return std::to_string(*value);
}

int64_t parse_number(std::string_view text) {
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts)
        out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

// search_text's meta column as k_search_meta_sql (store/search_meta.hpp) makes it from the
// rows just written: direction, kind, the customers in link order, the attachments' kinds
// (distinct, in attachment order, joined by "," as group_concat does) and zhasatt.
std::string meta_text(const std::string& direction, const std::string& kind,
                      const std::vector<int64_t>& customers,
                      const std::vector<std::string>& kinds) {
    std::string meta = "zd" + direction + " zk" + kind;
    std::vector<std::string> tokens;
    for (int64_t id : customers)
        tokens.push_back(customer_token(id));
    if (!tokens.empty()) meta += " " + joined(tokens, " ");
    std::vector<std::string> distinct;
    for (const std::string& k : kinds)
        if (std::find(distinct.begin(), distinct.end(), "zk" + k) == distinct.end())
            distinct.push_back("zk" + k);
    if (!distinct.empty()) meta += " " + joined(distinct, ",") + " zhasatt";
    return meta;
}

} // namespace

// The steps of one add_message, one table each, inside its savepoint.
struct PgMessageWriter {
    PgWriter& writer;
    Connection& db;
    const NewMessage& in;
    int64_t id = 0;
    int64_t key = 0;
    std::vector<int64_t> customers;             // linked, in order (the meta column)
    std::vector<std::string> attachment_kinds;  // of the attachments written, in order
    std::vector<AgendaMessage::Customer> links; // customers, addressed or not
    std::vector<std::pair<std::string, std::string>> addresses; // (role, address) in order

    Result<bool> insert_message();
    Status assign_search_key();
    Status insert_files();
    Status insert_addresses();
    Status insert_customers();
    Status insert_agenda();
    Status insert_attachments();
    Status upsert_contacts();
    Status insert_prices();
    Status insert_text();
};

Result<bool> PgMessageWriter::insert_message() {
    const parsers::Message& m = *in.message;
    const parsers::Classification& c = *in.classification;
    auto rows = db.query_prepared(
        "INSERT INTO messages (sha256, message_id, in_reply_to, date, subject, from_addr, "
        "direction, kind, size, flags, thread_key, auto_reply, bulk) VALUES ($1, $2, $3, $4, $5, "
        "$6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (sha256) DO NOTHING RETURNING id",
        {in.sha256, m.message_id, m.in_reply_to, number(m.date), m.subject,
         m.from.empty() ? std::string() : format_address(m.from[0].name, m.from[0].address),
         parsers::to_string(c.direction), parsers::to_string(c.kind), number(in.size),
         joined(m.flags, ","), thread_key(m, in.sha256), number(int64_t{c.auto_reply}),
         number(int64_t{c.bulk})});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return false; // already indexed
    id = parse_number(rows->text(0, 0));
    if (auto ok = assign_search_key(); !ok) return tl::unexpected(ok.error());
    return true;
}

// As store/index_write.cpp: the date and the id's low 24 bits, one step down per clash. The
// check and the update are one statement: one round trip when the key is free, as it nearly
// always is.
Status PgMessageWriter::assign_search_key() {
    key = search_key(in.message->date.value_or(0), id);
    for (;;) {
        auto set = db.query_prepared(
            "UPDATE messages SET search_key = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM "
            "messages WHERE search_key = $2) RETURNING 1",
            {number(id), number(key)});
        if (!set) return tl::unexpected(set.error());
        if (set->count() > 0) return {};
        --key;
    }
}

Status PgMessageWriter::insert_files() {
    for (const std::string& path : in.filed->paths) {
        std::optional<std::string> customer;
        if (std::string slug = slug_of_path(path); !slug.empty()) {
            auto found = writer.customer_id(slug);
            if (!found) return tl::unexpected(found.error());
            customer = number(*found);
        }
        auto inserted =
            db.send("INSERT INTO message_files (message_id, customer_id, path) VALUES ($1, $2, $3) "
                    "ON CONFLICT DO NOTHING",
                    {number(id), customer, path});
        if (!inserted) return inserted;
    }
    return {};
}

Status PgMessageWriter::insert_addresses() {
    const parsers::Message& m = *in.message;
    const std::pair<const char*, const std::vector<parsers::Address>*> roles[] = {
        {"from", &m.from},         {"to", &m.to},        {"cc", &m.cc}, {"bcc", &m.bcc},
        {"reply_to", &m.reply_to}, {"sender", &m.sender}};
    for (const auto& [role, listed] : roles)
        for (const parsers::Address& a : *listed) {
            auto inserted = db.send("INSERT INTO message_addresses (message_id, role, address, "
                                    "name) VALUES ($1, $2, $3, $4)",
                                    {number(id), std::string(role), a.address, a.name});
            if (!inserted) return inserted;
            addresses.emplace_back(role, a.address);
        }
    return {};
}

// The message is new, so a link can clash only with one made here: the first match of a
// customer wins, as the SQLite writer's INSERT OR IGNORE does.
Status PgMessageWriter::insert_customers() {
    for (const parsers::CustomerMatch& match : in.classification->customers) {
        auto customer = writer.customer_id(match.slug);
        if (!customer) return tl::unexpected(customer.error());
        if (std::find(customers.begin(), customers.end(), *customer) != customers.end()) continue;
        auto inserted =
            db.send("INSERT INTO message_customers (message_id, customer_id, reason, participant, "
                    "counterpart) VALUES ($1, $2, $3, $4, $5)",
                    {number(id), number(*customer), match.reason, match.participant,
                     counterpart_of(*in.classification, match)});
        if (!inserted) return inserted;
        customers.push_back(*customer);
        links.push_back({*customer, !counterpart_of(*in.classification, match).empty()});
    }
    return {};
}

// The agenda's row of the message (store/agenda_rows.hpp), which SQLite's triggers of schema 18
// write, and each linked customer's newest mail (schema 15's agenda_customers), queued for
// commit: customers are shared by every writer, so their rows are updated there in one order
// (PgWriter::write_exchanges), as contacts are.
Status PgMessageWriter::insert_agenda() {
    const parsers::Message& m = *in.message;
    const parsers::Classification& c = *in.classification;
    std::string direction = parsers::to_string(c.direction);
    auto row = db.send(
        "INSERT INTO agenda_messages (key, id, date, sha256, direction, kind, subject, "
        "message_id, in_reply_to, thread_key, auto_reply, bulk, customers, addresses) VALUES "
        "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        {number(key), number(id), number(m.date), in.sha256, direction, parsers::to_string(c.kind),
         m.subject, m.message_id, m.in_reply_to, thread_key(m, in.sha256),
         number(int64_t{c.auto_reply}), number(int64_t{c.bulk}), agenda_customers_text(links),
         agenda_addresses_text(addresses)});
    if (!row) return row;
    int64_t date = m.date.value_or(0);
    for (int64_t customer : customers)
        writer.m_exchanges.push_back(
            {customer, direction == "outbound" ? date : 0, direction != "internal" ? date : 0});
    return {};
}

Status PgMessageWriter::insert_attachments() {
    const auto& attachments = in.message->attachments;
    for (const FiledAttachment& filed : in.filed->attachments) {
        if (filed.index >= attachments.size()) continue;
        const parsers::Attachment& a = attachments[filed.index];
        int64_t text_size = 0;
        std::string text_flag;
        if (in.texts != nullptr && filed.index < in.texts->size()) {
            text_size = static_cast<int64_t>((*in.texts)[filed.index].text.size());
            text_flag = (*in.texts)[filed.index].flag;
        }
        std::string index = number(static_cast<int64_t>(filed.index));
        auto inserted = db.send(
            "INSERT INTO attachments (message_id, idx, sha256, filename, content_type, size, "
            "kind, path, text_size, text_flag) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            {number(id), index, filed.sha256, a.filename, a.content_type,
             number(static_cast<int64_t>(a.content.size())), parsers::to_string(a.kind), filed.path,
             number(text_size), text_flag});
        if (!inserted) return inserted;
        attachment_kinds.emplace_back(parsers::to_string(a.kind));
        for (const std::string& path : filed.paths) {
            auto file = db.send("INSERT INTO attachment_files (message_id, idx, path) "
                                "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                                {number(id), index, path});
            if (!file) return file;
        }
    }
    return {};
}

// Queued for PgWriter::write_contacts, which runs the upsert at commit.
Status PgMessageWriter::upsert_contacts() {
    parsers::Direction direction = in.classification->direction;
    std::set<std::pair<std::string, std::string>> done;
    for (const parsers::Participant& p : in.classification->participants) {
        if (p.slug.empty() || !done.emplace(p.slug, p.address).second) continue;
        auto customer = writer.customer_id(p.slug);
        if (!customer) return tl::unexpected(customer.error());
        writer.m_contacts.push_back(
            {*customer,
             p.address,
             {number(*customer), p.address, p.name, number(in.message->date),
              number(int64_t{direction == parsers::Direction::inbound ? 1 : 0}),
              number(int64_t{direction == parsers::Direction::outbound ? 1 : 0})}});
    }
    return {};
}

// The price items, once per customer (store/index_prices.cpp's write_prices); a notice's
// items come from the customer's earlier prices.
Status PgMessageWriter::insert_prices() {
    bool has_items = in.prices != nullptr && !in.prices->empty();
    if (!has_items && !changes_earlier_prices(in)) return {};
    std::set<std::string> done;
    for (const parsers::CustomerMatch& match : in.classification->customers) {
        if (!done.insert(match.slug).second) continue;
        auto customer = writer.customer_id(match.slug);
        if (!customer) return tl::unexpected(customer.error());
        std::vector<parsers::PriceItem> items;
        if (has_items) items = *in.prices;
        if (items.empty()) {
            auto rows = db.query_prepared(
                k_earlier_prices_sql, {number(*customer), number(in.message->date.value_or(0))});
            if (!rows) return tl::unexpected(rows.error());
            std::vector<parsers::PriceItem> earlier(static_cast<size_t>(rows->count()));
            for (int r = 0; r < rows->count(); ++r) {
                parsers::PriceItem& item = earlier[static_cast<size_t>(r)];
                for (auto [column, field] : {std::pair{0, &item.product},
                                             {1, &item.model},
                                             {2, &item.product_key},
                                             {3, &item.unit},
                                             {4, &item.currency},
                                             {5, &item.unit_price},
                                             {6, &item.spec}})
                    *field = std::string(rows->text(r, column));
            }
            items = notice_changes(earlier, in);
        }
        for (const parsers::PriceItem& item : items) {
            auto inserted = db.send(
                "INSERT INTO price_items (customer_id, message_id, attachment_idx, product, "
                "model, product_key, quantity, unit, currency, unit_price, incoterm, validity, "
                "quoted_at, direction, source_line, spec, status, previous_price, reference) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
                "$17, $18, $19)",
                {number(*customer), number(id),
                 item.attachment < 0 ? std::nullopt
                                     : number(std::optional<int64_t>(item.attachment)),
                 item.product, item.model, item.product_key, item.quantity, item.unit,
                 item.currency, item.unit_price, item.incoterm, item.validity,
                 number(in.message->date), parsers::to_string(in.classification->direction),
                 item.line, item.spec, item.status, item.previous_price, item.reference});
            if (!inserted) return inserted;
        }
    }
    return {};
}

// The search_text row (the texts snippets are cut from) and its terms, as index_write.cpp's
// insert_text composes the columns and index_copy.cpp turns them into a tsvector.
Status PgMessageWriter::insert_text() {
    std::string body = in.message->text;
    for (const parsers::Attachment& a : in.message->attachments)
        if (!a.filename.empty()) body += "\n" + a.filename;
    std::vector<size_t> filed;
    for (const FiledAttachment& attachment : in.filed->attachments)
        filed.push_back(attachment.index);
    std::sort(filed.begin(), filed.end());
    std::string attachments;
    for (size_t index : filed) {
        if (in.texts == nullptr || index >= in.texts->size()) break;
        const std::string& text = (*in.texts)[index].text;
        if (text.empty()) continue;
        if (!attachments.empty()) attachments += k_attachment_separator;
        attachments += text;
    }
    std::string meta =
        meta_text(parsers::to_string(in.classification->direction),
                  parsers::to_string(in.classification->kind), customers, attachment_kinds);
    const std::string& subject = in.message->subject;
    auto row = db.send("INSERT INTO search_text (rowid, subject, body, attachments, meta) "
                       "VALUES ($1, $2, $3, $4, $5)",
                       {number(key), subject, body, attachments, meta});
    if (!row) return row;
    constexpr size_t k_meta_column = 3; // subject, body, attachments, meta
    std::string terms = tsvector_text({subject, body, attachments, meta}, k_meta_column);
    return db.send("INSERT INTO search_text_terms (rowid, terms) VALUES ($1, $2::tsvector)",
                   {number(key), terms});
}

// The upsert of store/index_write.cpp; LEAST and GREATEST skip NULL as its coalesce pairs do.
// Sorted by contact, in input order within one (the latest name by date wins either way).
Status PgWriter::write_contacts() {
    auto by_contact = [](const PendingContact& a, const PendingContact& b) {
        return std::tie(a.customer, a.address) < std::tie(b.customer, b.address);
    };
    std::stable_sort(m_contacts.begin(), m_contacts.end(), by_contact);
    std::stable_sort(m_contact_details.begin(), m_contact_details.end(), by_contact);
    for (const PendingContact& contact : m_contacts) {
        auto upserted = m_db->send(
            "INSERT INTO contacts (customer_id, address, name, first_seen, last_seen, count_in, "
            "count_out) VALUES ($1, $2, $3, $4, $4, $5, $6) "
            "ON CONFLICT (customer_id, address) DO UPDATE SET "
            "name = CASE WHEN excluded.name <> '' AND (contacts.name = '' OR excluded.last_seen "
            "IS NULL OR contacts.last_seen IS NULL OR excluded.last_seen >= contacts.last_seen) "
            "THEN excluded.name ELSE contacts.name END, "
            "first_seen = LEAST(contacts.first_seen, excluded.first_seen), "
            "last_seen = GREATEST(contacts.last_seen, excluded.last_seen), "
            "count_in = contacts.count_in + excluded.count_in, "
            "count_out = contacts.count_out + excluded.count_out",
            contact.params);
        if (!upserted) return upserted;
    }
    for (const PendingContact& details : m_contact_details) {
        auto updated =
            m_db->send("UPDATE contacts SET phone = CASE WHEN $3 <> '' THEN $3 ELSE phone END, "
                       "title = CASE WHEN $4 <> '' THEN $4 ELSE title END "
                       "WHERE customer_id = $1 AND address = $2",
                       details.params);
        if (!updated) return updated;
    }
    m_contacts.clear();
    m_contact_details.clear();
    return m_db->sync();
}

// Schema 15's upsert (agenda_customer_linked), one per customer of the batch, in customer order.
Status PgWriter::write_exchanges() {
    std::map<int64_t, LastExchange> newest;
    for (const PendingExchange& e : m_exchanges) {
        LastExchange& seen = newest[e.customer];
        seen.outbound = std::max(seen.outbound, e.outbound);
        seen.any = std::max(seen.any, e.any);
    }
    m_exchanges.clear();
    for (const auto& [customer, seen] : newest) {
        auto upserted = m_db->send(
            "INSERT INTO agenda_customers (customer_id, last_outbound, last_any) VALUES ($1, $2, "
            "$3) ON CONFLICT (customer_id) DO UPDATE SET last_outbound = "
            "GREATEST(agenda_customers.last_outbound, excluded.last_outbound), last_any = "
            "GREATEST(agenda_customers.last_any, excluded.last_any)",
            {number(customer), number(seen.outbound), number(seen.any)});
        if (!upserted) return upserted;
    }
    return m_db->sync();
}

Status PgWriter::write_message(const NewMessage& message) {
    PgMessageWriter writer{*this, *m_db, message, 0, 0, {}, {}, {}, {}};
    auto inserted = writer.insert_message();
    if (!inserted) return tl::unexpected(inserted.error());
    if (!*inserted) return {};
    for (auto step : {&PgMessageWriter::insert_files, &PgMessageWriter::insert_addresses,
                      &PgMessageWriter::insert_customers, &PgMessageWriter::insert_agenda,
                      &PgMessageWriter::insert_attachments, &PgMessageWriter::upsert_contacts,
                      &PgMessageWriter::insert_prices, &PgMessageWriter::insert_text})
        if (auto done = (writer.*step)(); !done) return done;
    return {};
}

// As Index::replace_prices: the message's items deleted, then written as add_message writes
// them (a notice's from the customer's earlier prices).
Status PgWriter::replace_prices(int64_t message_row, const parsers::Message& message,
                                const parsers::Classification& classification,
                                const std::vector<parsers::PriceItem>& prices) {
    if (auto removed =
            m_db->send("DELETE FROM price_items WHERE message_id = $1", {number(message_row)});
        !removed)
        return removed;
    NewMessage in;
    in.message = &message;
    in.classification = &classification;
    in.prices = &prices;
    PgMessageWriter writer{*this, *m_db, in, message_row, 0, {}, {}, {}, {}};
    return writer.insert_prices();
}

} // namespace mailclerk::store::pg
