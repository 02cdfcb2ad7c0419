#include "daemon/app/pipeline.hpp"

#include "daemon/app/price_files.hpp"
#include "parsers/signature.hpp"

namespace mailclerk::app {

namespace {

// Phone and job title from the signature of an inbound message's sender, onto their contact.
Status record_signature(store::Writer& index, const parsers::Message& message,
                        const parsers::Classification& classification) {
    if (classification.direction != parsers::Direction::inbound) return {};
    for (const parsers::Participant& p : classification.participants) {
        if (p.role != "from" || p.slug.empty()) continue;
        parsers::SignatureFacts facts = parsers::read_signature(message.text, p.name);
        if (facts.phone.empty() && facts.title.empty()) return {};
        return index.note_contact_details(p.slug, p.address, facts.phone, facts.title);
    }
    return {};
}

} // namespace

parsers::ThreadCustomers thread_customers(store::Writer& index) {
    return
        [&index](const std::vector<std::string>& ids) { return index.customers_of_messages(ids); };
}

Pipeline::Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
                   store::PriceBook& price_book)
    : m_rules(rules), m_archive(archive), m_index(writer), m_price_book(price_book) {}

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

Status Pipeline::save_sync_state(const store::SyncState& state) {
    if (auto begun = ensure_transaction(); !begun) return begun;
    return m_index.save_sync_state(state);
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
    result.sha256 = parsers::message_identity(raw);
    auto known = m_index.has_message(result.sha256);
    if (!known) return tl::unexpected(known.error());
    if (*known) {
        if (auto added = m_index.add_source(result.sha256, source); !added)
            return tl::unexpected(added.error());
        result.outcome = Outcome::duplicate;
        return result;
    }

    auto understood =
        parsers::understand(raw, parsers::origin_of(source), m_rules, thread_customers(m_index));
    if (!understood) return tl::unexpected(understood.error());
    std::vector<std::string> slugs = understood->slugs();
    if (!understood->prices.empty()) m_priced.insert(slugs.begin(), slugs.end());

    auto filed = m_archive.file(result.sha256, raw, understood->message, slugs);
    if (!filed) return tl::unexpected(filed.error());
    store::NewMessage record{result.sha256,
                             static_cast<int64_t>(raw.size()),
                             &understood->message,
                             &understood->classification,
                             &*filed,
                             &understood->texts,
                             &understood->prices};
    if (auto added = m_index.add_message(record); !added) return tl::unexpected(added.error());
    if (auto noted = record_signature(m_index, understood->message, understood->classification);
        !noted)
        return tl::unexpected(noted.error());
    if (auto added = m_index.add_source(result.sha256, source); !added)
        return tl::unexpected(added.error());
    ++m_pending;
    result.outcome = understood->malformed() ? Outcome::flagged : Outcome::added;
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
    rewrite_price_lists(m_price_book, m_archive.root(), m_priced);
    m_priced.clear();
}

Ingest::Ingest(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index,
               IngestObserver* observer, const std::atomic<bool>* stop)
    : m_pipeline(rules, archive, index), m_observer(observer), m_stop(stop) {}

Status Ingest::message(std::string_view raw, const sources::SourceRef& source, uint64_t consumed) {
    if (interrupted()) return fail(ErrorCode::io, "interrupted");
    auto ingested = m_pipeline.ingest(raw, source);
    if (!ingested) return tl::unexpected(ingested.error());
    ++m_counts.messages;
    m_counts.bytes += raw.size();
    m_counts.consumed = consumed;
    switch (ingested->outcome) {
    case Outcome::added:
        ++m_counts.added;
        break;
    case Outcome::duplicate:
        ++m_counts.duplicates;
        break;
    case Outcome::flagged:
        ++m_counts.flagged;
        if (m_observer)
            m_observer->flagged(source, ingested->paths.empty() ? std::string("?")
                                                                : ingested->paths.front());
        break;
    }
    if (m_observer) m_observer->progress(m_counts);
    return {};
}

Status Ingest::known(const std::string& sha256, const sources::SourceRef& source) {
    if (auto added = m_pipeline.add_source(sha256, source); !added) return added;
    ++m_counts.known;
    return {};
}

// The sync state moves in the transaction that records the batch, after its files are durable
// (Pipeline::flush syncs directories before it commits): a crash re-fetches at most one batch.
Status Ingest::batch_end(const std::optional<store::SyncState>& state) {
    if (state)
        if (auto saved = m_pipeline.save_sync_state(*state); !saved) return saved;
    return m_pipeline.flush();
}

Status Ingest::unreadable(const Error& error) {
    ++m_counts.unreadable;
    if (m_observer) m_observer->unreadable(error);
    return {};
}

} // namespace mailclerk::app
