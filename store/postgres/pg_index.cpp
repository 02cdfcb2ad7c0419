#include "store/postgres/pg_index.hpp"

#include <array>
#include <charconv>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/attachment_probe.hpp"
#include "store/postgres/index_copy.hpp"
#include "store/postgres/pg.hpp"
#include "store/postgres/pg_writer.hpp"
#include "store/postgres/search_plan.hpp"
#include "store/schema.hpp"
#include "store/search_meta.hpp"
#include "store/search_query.hpp"
#include "store/search_snippet.hpp"

namespace mailclerk::store::pg {
namespace {

using Params = std::vector<std::optional<std::string>>;

std::string text(const Rows& rows, int row, int column) {
    return std::string(rows.text(row, column));
}

// The customers a customer: value names, as store/index_search.cpp's named_customers: by slug,
// name (ignoring case) or former slug, and the customers merged into those.
constexpr const char* k_named_customers =
    "WITH named AS (SELECT id FROM customers WHERE slug = $1 OR lower(name) = lower($1) "
    "UNION SELECT customer_id FROM customer_aliases WHERE slug = $1) "
    "SELECT id FROM named UNION SELECT id FROM customers WHERE merged_into IN "
    "(SELECT id FROM named)";

// The ids a search lists. The planner prices `terms @@ tsquery` as one cheap operator, but each
// test reads a message's whole terms from TOAST (about 10 KB): a sequential scan of
// search_text_terms, or a loop testing each of a rep's messages, reads thousands (0.4-0.9 s at
// 20,000 messages against 40 ms through the terms index; bench/README.md, issue 23 stop 35),
// and the planner takes them when its estimates are close. So the listing runs with
// sequential scans off; the setting is reset whatever the listing's outcome.
Result<Rows> list_matches(Connection& db, const SearchSql& plan) {
    if (auto off = db.exec("SET enable_seqscan = off"); !off) return tl::unexpected(off.error());
    auto listed = db.query(plan.text, plan.params);
    if (auto reset = db.exec("RESET enable_seqscan"); !reset && listed)
        return tl::unexpected(reset.error());
    return listed;
}

// One page's rows: everything a hit shows, and the text its snippet is cut from.
Status fill_hits(Connection& db, const std::vector<int64_t>& ids, std::vector<SearchHit>& hits,
                 std::vector<std::array<std::string, 2>>& texts, std::vector<bool>& cut) {
    auto rows = db.query(
        fmt::format("SELECT m.id, m.sha256, m.date, m.subject, m.from_addr, m.kind, m.direction, "
                    "m.thread_key, (SELECT path FROM message_files f WHERE f.message_id = m.id "
                    "ORDER BY f.rowid LIMIT 1), s.subject, substr(s.body, 1, {0}), "
                    "length(s.body) > {0} FROM messages m LEFT JOIN search_text s ON s.rowid = "
                    "m.search_key WHERE m.id = ANY($1::bigint[])",
                    k_snippet_scan_chars),
        {id_array(ids)});
    if (!rows) return tl::unexpected(rows.error());
    std::map<int64_t, int> at;
    for (int r = 0; r < rows->count(); ++r)
        at[rows->integer(r, 0)] = r;
    for (size_t i = 0; i < ids.size(); ++i) {
        SearchHit& hit = hits[i];
        hit.id = ids[i];
        auto found = at.find(ids[i]);
        if (found == at.end()) continue; // deleted since it was listed
        int r = found->second;
        hit.sha256 = text(*rows, r, 1);
        hit.date = rows->optional_integer(r, 2).value_or(0);
        hit.subject = text(*rows, r, 3);
        hit.from = text(*rows, r, 4);
        hit.kind = text(*rows, r, 5);
        hit.direction = text(*rows, r, 6);
        hit.thread_key = text(*rows, r, 7);
        hit.path = text(*rows, r, 8);
        texts[i] = {text(*rows, r, 9), text(*rows, r, 10)};
        cut[i] = rows->text(r, 11) == "t";
    }
    auto slugs = db.query("SELECT mc.message_id, c.slug FROM message_customers mc JOIN customers "
                          "c ON c.id = mc.customer_id WHERE mc.message_id = ANY($1::bigint[]) "
                          "ORDER BY mc.rowid",
                          {id_array(ids)});
    if (!slugs) return tl::unexpected(slugs.error());
    std::map<int64_t, size_t> index;
    for (size_t i = 0; i < ids.size(); ++i)
        index[ids[i]] = i;
    for (int r = 0; r < slugs->count(); ++r)
        hits[index[slugs->integer(r, 0)]].customers.push_back(text(*slugs, r, 1));
    return {};
}

// The attachments of one message whose name or text match `expression` (FTS5, over filename
// and body), matched as store/attachment_probe.hpp matches them for SQLite.
Result<std::vector<MatchedAttachment>> matching_attachments(Connection& db, AttachmentProbe& probe,
                                                            int64_t id,
                                                            const std::string& expression) {
    auto slices = db.query("SELECT idx, filename, text_size FROM attachments WHERE message_id = "
                           "$1 AND text_size > 0 ORDER BY idx",
                           {std::to_string(id)});
    if (!slices) return tl::unexpected(slices.error());
    if (slices->count() == 0) return std::vector<MatchedAttachment>{};
    std::vector<AttachmentSlice> parts;
    for (int r = 0; r < slices->count(); ++r)
        parts.push_back({slices->integer(r, 0), text(*slices, r, 1), slices->integer(r, 2)});
    auto column = db.query("SELECT attachments FROM search_text WHERE rowid = (SELECT "
                           "search_key FROM messages WHERE id = $1)",
                           {std::to_string(id)});
    if (!column) return tl::unexpected(column.error());
    std::string joined = column->count() > 0 ? text(*column, 0, 0) : "";
    std::vector<std::string_view> texts =
        split_attachment_texts(joined, parts, k_attachment_separator);
    std::vector<MatchedAttachment> candidates;
    for (size_t i = 0; i < texts.size(); ++i)
        candidates.push_back({parts[i].idx, parts[i].filename, std::string(texts[i])});
    return probe.match(candidates, expression);
}

} // namespace

tl::unexpected<Error> not_on_postgresql(const std::string& what) {
    return fail(ErrorCode::config,
                what + " is not available with [index] backend = \"postgresql\" yet",
                "use the SQLite index for it (mailclerk index copy --from URL brings it back)");
}

PgIndex::PgIndex(std::unique_ptr<Connection> connection, bool rum)
    : m_db(std::move(connection)), m_rum(rum) {}
PgIndex::PgIndex(PgIndex&&) noexcept = default;
PgIndex& PgIndex::operator=(PgIndex&&) noexcept = default;
PgIndex::~PgIndex() = default;

Result<IndexConnection> connect_index(const std::string& url, const std::string& password) {
    auto connection = Connection::open(url, password);
    if (!connection) return tl::unexpected(connection.error());
    auto db = std::make_unique<Connection>(std::move(*connection));
    auto version =
        db->query("SELECT value FROM pg_catalog.pg_namespace n JOIN " + std::string(k_schema) +
                      ".meta ON key = 'schema_version' WHERE n.nspname = $1",
                  {std::string(k_schema)});
    if (!version)
        return fail(ErrorCode::not_found,
                    fmt::format("the database holds no mailclerk index (schema {})", k_schema),
                    "copy one there first: mailclerk index copy --to URL");
    if (version->count() != 1 || version->integer(0, 0) != schema_version())
        return fail(ErrorCode::database,
                    fmt::format("the index in PostgreSQL is at schema version {}, this "
                                "mailclerk reads {}",
                                version->count() ? text(*version, 0, 0) : "(none)",
                                schema_version()),
                    "copy the index again with this mailclerk (index copy --to URL --replace)");
    auto terms_index = db->query(fmt::format("SELECT value FROM {}.meta WHERE key = "
                                             "'terms_index'",
                                             k_schema));
    if (!terms_index) return tl::unexpected(terms_index.error());
    bool rum = terms_index->count() == 1 && terms_index->text(0, 0) == k_terms_index_rum;
    // public: where the RUM extension's operators are when it was there before the copy.
    if (auto set = db->exec(fmt::format("SET search_path = {}, public", k_schema)); !set)
        return tl::unexpected(set.error());
    return IndexConnection{std::move(db), rum};
}

Result<PgIndex> PgIndex::open(const std::string& url, const std::string& password) {
    auto connected = connect_index(url, password);
    if (!connected) return tl::unexpected(connected.error());
    return PgIndex(std::move(connected->db), connected->rum);
}

Result<int64_t> PgIndex::customer_id(const std::string& slug) {
    auto rows = m_db->query("SELECT id FROM customers WHERE slug = $1", {slug});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->count() == 0) return fail(ErrorCode::not_found, "no customer '" + slug + "'");
    return rows->integer(0, 0);
}

Result<SearchResults> PgIndex::search(const SearchRequest& request) {
    auto parsed = search_query(request.query, request.customer);
    if (!parsed) return tl::unexpected(parsed.error());
    SearchResults results;
    if (!*parsed) return results;
    const ParsedQuery& query = **parsed;
    CustomerLookup lookup = [&](const std::string& value) -> Result<std::vector<int64_t>> {
        auto rows = m_db->query(k_named_customers, {value});
        if (!rows) return tl::unexpected(rows.error());
        std::vector<int64_t> ids;
        for (int r = 0; r < rows->count(); ++r)
            ids.push_back(rows->integer(r, 0));
        return ids;
    };
    auto plan = plan_search(query, request.within_customers, ids_to_list(request), lookup,
                            m_rum ? TermsIndex::rum : TermsIndex::gin, request.sort);
    if (!plan) return tl::unexpected(plan.error());
    auto listed = list_matches(*m_db, *plan);
    if (!listed) return tl::unexpected(listed.error());
    std::vector<int64_t> all;
    for (int r = 0; r < listed->count(); ++r)
        all.push_back(listed->integer(r, 0));
    std::vector<int64_t> ids = page_ids(request, all, results);
    if (ids.empty()) return results;
    std::vector<SearchHit> hits(ids.size());
    std::vector<std::array<std::string, 2>> texts(ids.size());
    std::vector<bool> cut(ids.size());
    if (auto filled = fill_hits(*m_db, ids, hits, texts, cut); !filled)
        return tl::unexpected(filled.error());
    std::vector<HighlightTerm> terms = highlight_terms(query);
    std::string expression = attachment_expression(query);
    for (size_t i = 0; i < ids.size(); ++i) {
        auto matching = [&]() -> Result<std::vector<MatchedAttachment>> {
            if (!m_probe) {
                auto probe = AttachmentProbe::open();
                if (!probe) return tl::unexpected(probe.error());
                m_probe = std::make_unique<AttachmentProbe>(std::move(*probe));
            }
            return matching_attachments(*m_db, *m_probe, ids[i], expression);
        };
        auto done = fill_snippet(hits[i], terms, texts[i][0], texts[i][1], cut[i],
                                 !expression.empty(), matching);
        if (!done) return tl::unexpected(done.error());
    }
    results.results = std::move(hits);
    return results;
}

Result<std::vector<std::string>>
PgIndex::first_column(const std::string& sql,
                      const std::vector<std::optional<std::string>>& params) {
    auto rows = m_db->query(sql, params);
    if (!rows) return tl::unexpected(rows.error());
    std::vector<std::string> out;
    for (int r = 0; r < rows->count(); ++r)
        out.emplace_back(rows->text(r, 0));
    return out;
}

Result<std::vector<SyncState>> PgIndex::sync_states() {
    return read_sync_states(*m_db);
}

Result<SearchResults> PgIndex::search(const std::string& query, const std::string& customer,
                                      int64_t limit, int64_t offset) {
    return search(SearchRequest{query, customer, SearchSort::date, limit, offset});
}

} // namespace mailclerk::store::pg
