#include "daemon/app/understand_pool.hpp"

#include <algorithm>

#include <malloc.h>

namespace mailclerk::app {

namespace {

// What malloc hands out for a string: its capacity beyond the inline buffer, plus the chunk
// header and rounding.
constexpr size_t k_chunk_overhead = 16;

size_t heap_of(const std::string& s) {
    return s.capacity() > std::string().capacity() ? s.capacity() + k_chunk_overhead : 0;
}

template <class T, class F> size_t heap_of(const std::vector<T>& items, F each) {
    size_t bytes = items.capacity() * sizeof(T) + (items.capacity() ? k_chunk_overhead : 0);
    for (const T& item : items)
        bytes += each(item);
    return bytes;
}

size_t heap_of(const parsers::Address& a) {
    return heap_of(a.name) + heap_of(a.address);
}

size_t heap_of(const parsers::PriceItem& p) {
    return heap_of(p.product) + heap_of(p.model) + heap_of(p.spec) + heap_of(p.quantity) +
           heap_of(p.unit) + heap_of(p.currency) + heap_of(p.unit_price) + heap_of(p.incoterm) +
           heap_of(p.validity) + heap_of(p.line) + heap_of(p.product_key) + heap_of(p.status) +
           heap_of(p.previous_price) + heap_of(p.reference);
}

size_t heap_of(const parsers::Message& m) {
    auto string = [](const std::string& s) { return heap_of(s); };
    auto address = [](const parsers::Address& a) { return heap_of(a); };
    auto attachment = [](const parsers::Attachment& a) {
        return heap_of(a.filename) + heap_of(a.content_type) + heap_of(a.content);
    };
    size_t bytes = heap_of(m.message_id) + heap_of(m.in_reply_to) + heap_of(m.subject) +
                   heap_of(m.list_id) + heap_of(m.precedence) + heap_of(m.text) + heap_of(m.html);
    bytes += heap_of(m.references, string) + heap_of(m.flags, string);
    for (const auto* list : {&m.from, &m.to, &m.cc, &m.bcc, &m.reply_to, &m.sender})
        bytes += heap_of(*list, address);
    return bytes + heap_of(m.attachments, attachment);
}

// The heap an understood message holds, estimated from its strings and vectors (the bulk:
// decoded attachments, body text and HTML, document texts, price items).
size_t memory_size(const parsers::Understanding& understood) {
    auto text = [](const parsers::AttachmentText& t) { return heap_of(t.text) + heap_of(t.flag); };
    auto price = [](const parsers::PriceItem& p) { return heap_of(p); };
    // The classification's own strings (names, slugs, reasons) are small beside the rest.
    const parsers::Classification& classification = understood.classification;
    size_t classified = classification.participants.capacity() * sizeof(parsers::Participant) +
                        classification.customers.capacity() * sizeof(parsers::CustomerMatch);
    return sizeof(understood) + heap_of(understood.sha256) + heap_of(understood.message) +
           heap_of(understood.texts, text) + heap_of(understood.prices, price) + classified;
}

} // namespace

size_t default_workers() {
    unsigned cores = std::thread::hardware_concurrency();
    return std::clamp<size_t>(cores > 1 ? cores - 1 : 1, 1, 8);
}

UnderstandPool::UnderstandPool(const parsers::MatchRules& rules, size_t workers, size_t max_held,
                               parsers::Ocr ocr)
    : m_rules(rules), m_max_held(max_held), m_ocr(ocr) {
    // glibc gives each thread that meets a locked arena one of its own, up to 8 per core: the
    // workers' freed message buffers then sit in arenas the writer never reuses. Two arenas:
    // peak RSS 174 -> 160 MB and no slower on a 5,000-message import (one run each).
    mallopt(M_ARENA_MAX, 2);
    for (size_t i = 0; i < std::max<size_t>(workers, 1); ++i)
        m_threads.emplace_back([this] { work(); });
}

UnderstandPool::~UnderstandPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_work.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

void UnderstandPool::push(std::shared_ptr<UnderstandJob> job) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_work.notify_one();
}

bool UnderstandPool::done(const UnderstandJob& job) const {
    std::lock_guard lock(m_mutex);
    return job.done;
}

void UnderstandPool::wait(const UnderstandJob& job) const {
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return job.done; });
}

void UnderstandPool::release(const UnderstandJob& job) {
    {
        std::lock_guard lock(m_mutex);
        m_held -= std::min(m_held, job.raw.size() + job.held);
    }
    m_work.notify_all();
}

void UnderstandPool::clear() {
    std::lock_guard lock(m_mutex);
    m_queue.clear();
}

void UnderstandPool::work() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        // With nothing held a job is always taken, however large: the caller's oldest job.
        m_work.wait(lock, [this] {
            return m_stop || (!m_queue.empty() && (m_held == 0 || m_held < m_max_held));
        });
        if (m_stop) return;
        std::shared_ptr<UnderstandJob> job = std::move(m_queue.front());
        m_queue.pop_front();
        m_held += job->raw.size();
        lock.unlock();
        // No look-up: the writer matches the thread in input order (parsers::match_thread).
        std::optional<parsers::Understanding> understood;
        try {
            if (auto made = parsers::understand(job->raw, job->sha256, job->origin, m_rules, {},
                                                parsers::Depth::documents, m_ocr))
                understood = std::move(*made);
        } catch (...) {
            // Handed back without an understanding: the writer understands it itself, and what
            // escaped here escapes there as it would without workers.
        }
        size_t held = understood ? memory_size(*understood) : 0;
        lock.lock();
        job->understood = std::move(understood);
        job->held = held;
        m_held += held;
        job->done = true;
        m_done.notify_all();
    }
}

} // namespace mailclerk::app
