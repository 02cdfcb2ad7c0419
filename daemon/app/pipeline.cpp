#include "daemon/app/pipeline.hpp"

#include <malloc.h>

#include <algorithm>

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

parsers::Ocr ingest_ocr(bool postgresql) {
    return postgresql ? parsers::Ocr::on : k_ingest_ocr;
}

parsers::ThreadCustomers thread_customers(store::Writer& index) {
    return
        [&index](const std::vector<std::string>& ids) { return index.customers_of_messages(ids); };
}

namespace {

// How stale a throttled price list may get while a long import or sync runs.
constexpr std::chrono::seconds k_price_list_interval{30};

} // namespace

Pipeline::Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
                   store::PriceBook& price_book, PriceLists price_lists, parsers::Ocr ocr)
    : m_rules(rules), m_archive(archive), m_index(writer), m_price_book(price_book),
      m_price_lists(price_lists), m_ocr(ocr) {}

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

Result<Ingested> Pipeline::ingest(std::string_view raw, const store::SourceRef& source,
                                  parsers::Understanding* understood) {
    if (auto begun = ensure_transaction(); !begun) return tl::unexpected(begun.error());
    Ingested result;
    result.sha256 = understood ? understood->sha256 : parsers::message_identity(raw);
    auto known = m_index.has_message(result.sha256);
    if (!known) return tl::unexpected(known.error());
    if (*known) {
        if (auto added = m_index.add_source(result.sha256, source); !added)
            return tl::unexpected(added.error());
        result.outcome = Outcome::duplicate;
        return result;
    }
    std::optional<parsers::Understanding> here;
    if (understood == nullptr) {
        auto made =
            parsers::understand(raw, result.sha256, parsers::origin_of(source), m_rules,
                                thread_customers(m_index), parsers::Depth::documents, m_ocr);
        if (!made) return tl::unexpected(made.error());
        understood = &here.emplace(std::move(*made));
    } else if (auto matched = parsers::match_thread(*understood, parsers::origin_of(source),
                                                    m_rules, thread_customers(m_index));
               !matched) {
        return tl::unexpected(matched.error());
    }
    return file_and_index(raw, source, *understood, std::move(result));
}

// The writer's part of ingest(): the understood message filed and its rows added.
Result<Ingested> Pipeline::file_and_index(std::string_view raw, const store::SourceRef& source,
                                          parsers::Understanding& understood, Ingested result) {
    std::vector<std::string> slugs = understood.slugs();
    if (!understood.prices.empty()) m_priced.insert(slugs.begin(), slugs.end());

    auto filed = m_archive.file(result.sha256, raw, understood.message, slugs);
    if (!filed) return tl::unexpected(filed.error());
    store::NewMessage record{result.sha256,
                             static_cast<int64_t>(raw.size()),
                             &understood.message,
                             &understood.classification,
                             &*filed,
                             &understood.texts,
                             &understood.prices};
    if (auto added = m_index.add_message(record); !added) return tl::unexpected(added.error());
    if (auto noted = record_signature(m_index, understood.message, understood.classification);
        !noted)
        return tl::unexpected(noted.error());
    if (auto added = m_index.add_source(result.sha256, source); !added)
        return tl::unexpected(added.error());
    ++m_pending;
    result.outcome = understood.malformed() ? Outcome::flagged : Outcome::added;
    result.paths = filed->paths;
    return result;
}

Status Pipeline::flush() {
    if (!m_in_transaction) return {};
    // Directories first: the index may only name files whose directory entries are durable.
    if (auto synced = m_archive.sync(); !synced) return synced;
    if (auto committed = m_index.commit(); !committed) {
        m_archive.withdraw(); // the index does not name them: no file of a failed batch stays
        return committed;
    }
    m_in_transaction = false;
    m_pending = 0;
    refresh_price_lists();
    // A batch's texts, index buffers and price lists are freed by now, but glibc keeps freed
    // pages in each thread's arena: a long import's RSS grew with every batch (80 -> 147 MB
    // over 5,000 messages) while its live heap stayed flat. Handing them back once a batch
    // keeps the peak at what one batch needs.
    malloc_trim(0);
    return {};
}

void Pipeline::refresh_price_lists() {
    if (m_price_lists == PriceLists::rewrite)
        rewrite_price_lists(m_price_book, m_archive.root(), m_priced);
    if (m_price_lists == PriceLists::throttled) {
        m_committed.merge(m_priced);
        // A rewrite reads each changed customer's whole list, so it costs more the more the
        // import has filed: at most a tenth of the writer's time goes to it, however slow.
        auto wait = std::max<std::chrono::steady_clock::duration>(k_price_list_interval,
                                                                  10 * m_rewrite_cost);
        if (std::chrono::steady_clock::now() - m_rewritten >= wait) rewrite_price_lists_now();
    }
    m_priced.clear();
}

void Pipeline::rewrite_price_lists_now() {
    if (m_price_lists != PriceLists::throttled) return;
    auto start = std::chrono::steady_clock::now();
    if (!m_committed.empty()) rewrite_price_lists(m_price_book, m_archive.root(), m_committed);
    m_committed.clear();
    m_rewritten = std::chrono::steady_clock::now();
    m_rewrite_cost = m_rewritten - start;
}

namespace {

// How far the source may run ahead of the writer: enough to keep the workers busy while the
// writer commits a batch, little enough to keep memory flat (an understood message holds its
// decoded attachments and texts beside the raw bytes; 600 messages / 24 MB raw measured 165 MB
// peak RSS on the benchmark corpus, against 121 MB without workers). Halved from 200 / 8 MB and
// a held 16 MB: peak RSS of a 5,000-message import with 2 workers 135 -> 126 MB, 1 worker
// 126 -> 102 MB, and the workers still a batch ahead of the writer.
constexpr size_t k_max_queued_messages = 100;
constexpr uint64_t k_max_queued_bytes = 4ull << 20;
// What the messages the workers have taken may hold, raw and understood, until the writer is
// done with them (UnderstandPool's max_held): heaptrack found an understood message many times
// its raw size (a large CSV's decoded bytes, its text, its price items).
constexpr size_t k_max_held_bytes = 8u << 20;

} // namespace

Ingest::Ingest(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
               store::PriceBook& price_book, IngestObserver* observer,
               const std::atomic<bool>* stop, size_t workers, PriceLists price_lists,
               parsers::Ocr ocr)
    : m_pipeline(rules, archive, writer, price_book,
                 price_lists == PriceLists::rewrite ? PriceLists::throttled : price_lists, ocr),
      m_observer(observer), m_stop(stop) {
    if (workers > 0)
        m_pool = std::make_unique<UnderstandPool>(rules, workers, k_max_held_bytes, ocr);
}

Status Ingest::message(std::string_view raw, const sources::SourceRef& source, uint64_t consumed) {
    if (interrupted()) return fail(ErrorCode::io, "interrupted");
    if (!m_pool) return write_message(raw, source, consumed, nullptr);
    // A message the index already holds (a re-import, a folder read again) is not given to the
    // workers: parsing it, reading its documents and OCR'ing its scans again would be thrown
    // away, as Pipeline::ingest() does without workers. One found archived later (a duplicate
    // inside this run) is still understood, then dropped by the writer.
    std::string sha256 = parsers::message_identity(raw);
    auto archived = m_pipeline.archived(sha256);
    if (!archived) return failed(archived.error());
    if (*archived) {
        Queued item{Queued::Kind::archived, source, consumed, std::move(sha256), {}, nullptr};
        item.bytes = raw.size();
        return enqueue(std::move(item));
    }
    auto job = std::make_shared<UnderstandJob>();
    job->raw.assign(raw);
    job->sha256 = std::move(sha256); // hashed once: the worker does not hash it again
    job->origin = parsers::origin_of(source);
    m_queued_bytes += raw.size();
    m_pool->push(job);
    return enqueue({Queued::Kind::message, source, consumed, {}, {}, std::move(job)});
}

Status Ingest::known(const std::string& sha256, const sources::SourceRef& source) {
    if (!m_pool) return write_known(sha256, source);
    return enqueue({Queued::Kind::known, source, 0, sha256, {}, nullptr});
}

// The sync state moves in the transaction that records the batch, after its files are durable
// (Pipeline::flush syncs directories before it commits): a crash re-fetches at most one batch.
Status Ingest::batch_end(const std::optional<store::SyncState>& state) {
    if (!m_pool) return write_batch_end(state);
    return enqueue({Queued::Kind::batch_end, {}, 0, {}, state, nullptr});
}

Status Ingest::finish() {
    if (m_pool && !m_status) {
        m_pool->clear(); // what came after the failure is never written
        m_queue.clear();
        m_queued_bytes = 0;
    }
    Status written = write_ready(Wait::all);
    Status flushed = m_pipeline.flush();
    m_pipeline.rewrite_price_lists_now(); // what was committed, even after a failure
    return written ? flushed : written;
}

void Ingest::abandon() {
    if (m_pool) m_pool->clear();
    m_queue.clear();
    m_queued_bytes = 0;
    m_pipeline.rollback();
    m_pipeline.rewrite_price_lists_now(); // of the batches committed before
}

Status Ingest::enqueue(Queued item) {
    if (!m_status) return m_status;
    m_queue.push_back(std::move(item));
    return write_ready(Wait::bounded);
}

Status Ingest::write_ready(Wait wait) {
    while (m_status && !m_queue.empty()) {
        Queued& front = m_queue.front();
        bool over = m_queue.size() > k_max_queued_messages || m_queued_bytes > k_max_queued_bytes;
        if (front.job && !m_pool->done(*front.job)) {
            if (wait == Wait::none || (wait == Wait::bounded && !over)) break;
            m_pool->wait(*front.job);
        }
        m_status = write(front);
        if (front.job) {
            m_queued_bytes -= front.job->raw.size();
            m_pool->release(*front.job);
        }
        m_queue.pop_front();
    }
    return m_status;
}

Status Ingest::write(Queued& item) {
    switch (item.kind) {
    case Queued::Kind::message: {
        UnderstandJob& job = *item.job;
        return write_message(job.raw, item.source, item.consumed,
                             job.understood ? &*job.understood : nullptr);
    }
    case Queued::Kind::archived:
        return write_archived(item);
    case Queued::Kind::known:
        return write_known(item.sha256, item.source);
    case Queued::Kind::batch_end:
        return write_batch_end(item.state);
    }
    return {};
}

Status Ingest::write_message(std::string_view raw, const sources::SourceRef& source,
                             uint64_t consumed, parsers::Understanding* understood) {
    auto ingested = m_pipeline.ingest(raw, source, understood);
    if (!ingested) return failed(ingested.error());
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
    count_message(raw.size(), consumed);
    return {};
}

Status Ingest::write_archived(const Queued& item) {
    if (auto added = m_pipeline.add_source(item.sha256, item.source); !added)
        return failed(added.error());
    ++m_counts.duplicates;
    count_message(item.bytes, item.consumed);
    return {};
}

void Ingest::count_message(uint64_t bytes, uint64_t consumed) {
    ++m_counts.messages;
    m_counts.bytes += bytes;
    m_counts.consumed = consumed;
    if (m_observer) m_observer->progress(m_counts);
}

Status Ingest::write_known(const std::string& sha256, const sources::SourceRef& source) {
    if (auto added = m_pipeline.add_source(sha256, source); !added) return failed(added.error());
    ++m_counts.known;
    return {};
}

Status Ingest::write_batch_end(const std::optional<store::SyncState>& state) {
    if (state)
        if (auto saved = m_pipeline.save_sync_state(*state); !saved) return failed(saved.error());
    if (auto flushed = m_pipeline.flush(); !flushed) return failed(flushed.error());
    return {};
}

Status Ingest::failed(Error error) {
    m_failed = true;
    return tl::unexpected(std::move(error));
}

Status Ingest::unreadable(const Error& error) {
    ++m_counts.unreadable;
    if (m_observer) m_observer->unreadable(error);
    return {};
}

} // namespace mailclerk::app
