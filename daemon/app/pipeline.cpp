#include "daemon/pipeline.hpp"

#include "common/log.hpp"
#include "common/sha256.hpp"
#include "daemon/extraction.hpp"
#include "daemon/rematch.hpp"
#include "parsers/mime.hpp"

#include <filesystem>

namespace mailclerk::daemon {

std::string message_identity(std::string_view raw) {
    return sha256_hex_lf(raw);
}

parsers::Origin origin_of(const store::SourceRef& source) {
    std::filesystem::path path(source.folder);
    std::string folder = source.folder;
    if (source.kind == "file") folder = path.parent_path().string();
    if (source.kind == "maildir") folder = path.parent_path().parent_path().string();
    return parsers::is_sent_folder(folder) ? parsers::Origin::sent_folder
                                           : parsers::Origin::unknown;
}

parsers::Origin origin_of(const std::vector<store::SourceRef>& sources) {
    for (const store::SourceRef& source : sources)
        if (origin_of(source) == parsers::Origin::sent_folder) return parsers::Origin::sent_folder;
    return parsers::Origin::unknown;
}

Pipeline::Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index)
    : m_rules(rules), m_archive(archive), m_index(index) {}

void Pipeline::rollback() {
    m_archive.discard(); // staged files never appear; an interrupted run is refiled idempotently
    if (m_in_transaction) m_index.rollback();
    m_in_transaction = false;
    m_pending = 0;
    m_priced.clear();
}

Status Pipeline::add_source(const std::string& sha256, const store::SourceRef& source) {
    if (auto begun = ensure_transaction(); !begun) return begun;
    return m_index.add_source(sha256, source);
}

Status Pipeline::ensure_transaction() {
    if (m_in_transaction) return {};
    if (auto begun = m_index.begin(); !begun) return begun;
    m_in_transaction = true;
    return {};
}

Result<Ingested> Pipeline::ingest(std::string_view raw, const store::SourceRef& source) {
    if (auto begun = ensure_transaction(); !begun) return tl::unexpected(begun.error());
    Ingested result;
    result.sha256 = message_identity(raw);
    auto known = m_index.has_message(result.sha256);
    if (!known) return tl::unexpected(known.error());
    if (*known) {
        if (auto added = m_index.add_source(result.sha256, source); !added)
            return tl::unexpected(added.error());
        result.outcome = Outcome::duplicate;
        return result;
    }

    parsers::Message message = parsers::parse_message(raw);
    parsers::Classification classification;
    bool malformed = message.has_flag("malformed");
    if (!malformed) {
        auto lookup = [&](const auto& ids) {
            auto slugs = m_index.customers_of_messages(ids);
            return slugs ? *slugs : std::vector<std::string>{};
        };
        classification = parsers::classify(message, m_rules, lookup, origin_of(source));
        parsers::assign_attachment_kinds(message, classification.kind, m_rules.kind_patterns);
    }
    std::vector<std::string> slugs;
    for (const parsers::CustomerMatch& match : classification.customers)
        slugs.push_back(match.slug);
    Extracted extracted;
    if (!malformed)
        extracted = extract_documents(message, classification.kind, m_rules.kind_patterns);
    if (!extracted.prices.empty()) m_priced.insert(slugs.begin(), slugs.end());

    auto filed = m_archive.file(result.sha256, raw, message, slugs);
    if (!filed) return tl::unexpected(filed.error());
    store::NewMessage record{result.sha256,    static_cast<int64_t>(raw.size()),
                             &message,         &classification,
                             &*filed,          &extracted.texts,
                             &extracted.prices};
    if (auto added = m_index.add_message(record); !added) return tl::unexpected(added.error());
    if (auto noted = record_signature(m_index, message, classification); !noted)
        return tl::unexpected(noted.error());
    if (auto added = m_index.add_source(result.sha256, source); !added)
        return tl::unexpected(added.error());
    ++m_pending;
    result.outcome = malformed ? Outcome::flagged : Outcome::added;
    result.paths = filed->paths;
    return result;
}

Status Pipeline::flush() {
    if (!m_in_transaction) return {};
    // Directories first: the index may only name files whose directory entries are durable.
    if (auto synced = m_archive.sync(); !synced) return synced;
    if (auto committed = m_index.commit(); !committed) return committed;
    m_in_transaction = false;
    m_pending = 0;
    refresh_price_lists();
    return {};
}

void Pipeline::refresh_price_lists() {
    rewrite_price_lists(m_index, m_archive.root(), m_priced);
    m_priced.clear();
}

} // namespace mailclerk::daemon
