#include "daemon/app/rematch.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <unistd.h>

#include "common/file_io.hpp"
#include "common/log.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/price_files.hpp"
#include "daemon/app/workspace.hpp"
#include "parsers/signature.hpp"

namespace mailclerk::app {
namespace {

namespace fs = std::filesystem;
constexpr size_t k_batch = 200;

std::vector<std::string> minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
    std::vector<std::string> out;
    for (const std::string& value : a)
        if (std::find(b.begin(), b.end(), value) == b.end()) out.push_back(value);
    return out;
}

bool has_unmatched_path(const store::ArchivedMessage& message) {
    return std::any_of(message.paths.begin(), message.paths.end(),
                       [](const std::string& p) { return p.starts_with("unmatched/"); });
}

// Contacts: every external person of a customer over all archived mail.
class ContactTally {
  public:
    void add(const parsers::Message& message, const parsers::Classification& classification) {
        std::set<std::pair<std::string, std::string>> done;
        for (const parsers::Participant& p : classification.participants) {
            if (p.slug.empty() || !done.emplace(p.slug, p.address).second) continue;
            store::ContactRow& row = m_rows[{p.slug, p.address}];
            row.slug = p.slug;
            row.address = p.address;
            int64_t date = message.date.value_or(0);
            if (!p.name.empty() && (row.name.empty() || date >= row.last_seen)) row.name = p.name;
            if (date != 0 && (row.first_seen == 0 || date < row.first_seen)) row.first_seen = date;
            row.last_seen = std::max(row.last_seen, date);
            row.count_in += classification.direction == parsers::Direction::inbound;
            row.count_out += classification.direction == parsers::Direction::outbound;
            if (p.role == "from" && classification.direction == parsers::Direction::inbound) {
                parsers::SignatureFacts facts = parsers::read_signature(message.text, p.name);
                if (!facts.phone.empty()) row.phone = facts.phone;
                if (!facts.title.empty()) row.title = facts.title;
            }
        }
    }
    std::vector<store::ContactRow> rows() const {
        std::vector<store::ContactRow> out;
        for (const auto& [key, row] : m_rows)
            out.push_back(row);
        return out;
    }

  private:
    std::map<std::pair<std::string, std::string>, store::ContactRow> m_rows;
};

class Rematcher {
  public:
    Rematcher(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index)
        : m_rules(rules), m_archive(archive), m_index(index) {}

    Status run_batch(const std::vector<store::ArchivedMessage>& messages, size_t begin,
                     size_t end) {
        if (auto begun = m_index.begin(); !begun) return begun;
        std::vector<std::string> unused;
        Status status;
        for (size_t i = begin; i < end && status; ++i)
            status = one(messages[i], unused);
        // New links durable before the index names them, the index committed before any old
        // link goes: a crash anywhere leaves at worst an extra link, never a missing file.
        if (status) status = m_archive.sync();
        if (status) status = m_index.commit();
        if (!status) {
            m_archive.discard();
            m_index.rollback();
            return status;
        }
        unlink_all(unused);
        refresh_price_lists();
        return {};
    }

    RematchReport report;
    ContactTally contacts;

  private:
    Status one(const store::ArchivedMessage& archived, std::vector<std::string>& unused) {
        ++report.messages;
        std::string raw;
        fs::path canonical;
        for (const std::string& path : archived.paths)
            if (auto bytes = read_file(m_archive.root() / path)) {
                raw = std::move(*bytes);
                canonical = m_archive.root() / path;
                break;
            }
        if (canonical.empty()) {
            ++report.unreadable;
            log::warning("re-match: no readable file for message {}", archived.sha256);
            return {};
        }
        auto understood = parsers::understand(raw, parsers::origin_of(archived.sources), m_rules,
                                              thread_customers(m_index), parsers::Depth::match);
        if (!understood) return tl::unexpected(understood.error());
        if (understood->malformed()) return {};
        const parsers::Message& message = understood->message;
        const parsers::Classification& classification = understood->classification;
        contacts.add(message, classification);
        std::vector<std::string> slugs = understood->slugs();
        std::vector<std::string> gained = minus(slugs, archived.customers);
        std::vector<std::string> lost = minus(archived.customers, slugs);
        bool to_unmatched = slugs.empty() && !has_unmatched_path(archived);
        bool from_unmatched = !slugs.empty() && has_unmatched_path(archived);
        bool reasons_only = gained.empty() && lost.empty() && !to_unmatched && !from_unmatched;
        bool same_direction = archived.direction == parsers::to_string(classification.direction);
        if (reasons_only && slugs == archived.customers && same_direction) return {};
        ++report.changed;
        // As at ingest: an attachment's text may name its kind, which decides its folder.
        parsers::read_documents(*understood, m_rules);
        store::FiledMessage filed;
        if (!gained.empty() || to_unmatched) {
            auto made = m_archive.file(archived.sha256, raw, message, gained, canonical);
            if (!made) return tl::unexpected(made.error());
            filed = std::move(*made);
            report.linked += static_cast<int64_t>(filed.paths.size());
        }
        store::Refiling refiling{archived.row, &classification, &filed, lost, from_unmatched};
        auto forgotten = m_index.refile(refiling);
        if (!forgotten) return tl::unexpected(forgotten.error());
        unused.insert(unused.end(), forgotten->begin(), forgotten->end());
        return reprice(archived, message, classification, understood->prices, gained, lost);
    }

    // Price items are stored per customer: they follow the message to the customers it gained
    // (a customer added later gets the prices of its old quotes) and leave those it lost.
    Status reprice(const store::ArchivedMessage& archived, const parsers::Message& message,
                   const parsers::Classification& classification,
                   const std::vector<parsers::PriceItem>& prices,
                   const std::vector<std::string>& gained, const std::vector<std::string>& lost) {
        if (auto ok = m_index.replace_prices(archived.row, message, classification, prices); !ok)
            return ok;
        if (prices.empty()) return {};
        m_repriced.insert(gained.begin(), gained.end());
        m_repriced.insert(lost.begin(), lost.end());
        return {};
    }

    void refresh_price_lists() {
        rewrite_price_lists(m_index, m_archive.root(), m_repriced);
        m_repriced.clear();
    }

    void unlink_all(const std::vector<std::string>& paths) {
        for (const std::string& path : paths) {
            fs::path absolute = m_archive.root() / path;
            if (::unlink(absolute.c_str()) == 0)
                ++report.unlinked;
            else if (errno != ENOENT)
                log::warning("re-match: cannot remove {}: {}", absolute.string(),
                             std::strerror(errno));
        }
        if (!paths.empty()) (void)sync_filesystem(m_archive.root());
    }

    const parsers::MatchRules& m_rules;
    store::Archive& m_archive;
    store::Index& m_index;
    std::set<std::string> m_repriced; // customers whose price list changed in this batch
};

} // namespace

Result<RematchReport> rematch(const parsers::MatchRules& rules, store::Archive& archive,
                              store::Index& index, const std::atomic<bool>* stop) {
    auto messages = index.archived_messages();
    if (!messages) return tl::unexpected(messages.error());
    Rematcher rematcher(rules, archive, index);
    for (size_t begin = 0; begin < messages->size(); begin += k_batch) {
        if (stop && *stop) return rematcher.report;
        size_t end = std::min(begin + k_batch, messages->size());
        if (auto done = rematcher.run_batch(*messages, begin, end); !done)
            return tl::unexpected(done.error());
    }
    if (auto begun = index.begin(); !begun) return tl::unexpected(begun.error());
    if (auto replaced = index.replace_contacts(rematcher.contacts.rows()); !replaced) {
        index.rollback();
        return tl::unexpected(replaced.error());
    }
    if (auto committed = index.commit(); !committed) return tl::unexpected(committed.error());
    return rematcher.report;
}

Status rematch_archive(const std::string& config_flag, const std::atomic<bool>& stop) {
    auto workspace = open_workspace(config_flag);
    if (!workspace) return tl::unexpected(workspace.error());
    auto done = rematch(workspace->rules, *workspace->archive, *workspace->index, &stop);
    if (!done) return tl::unexpected(done.error());
    log::info("re-matched {} messages: {} changed, {} links added, {} removed", done->messages,
              done->changed, done->linked, done->unlinked);
    return {};
}

} // namespace mailclerk::app
