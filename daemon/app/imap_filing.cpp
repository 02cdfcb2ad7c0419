#include "daemon/app/imap_filing.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/log.hpp"

namespace mailclerk::app {
namespace {

constexpr int64_t k_tasks_per_pass = 20000;

// Copies of one source folder (at one UIDVALIDITY) into one customer folder.
struct CopyGroup {
    std::vector<const store::CopyTask*> tasks;
};
using GroupKey = std::tuple<std::string, int64_t, std::string>; // folder, uidvalidity, dest

char server_delimiter(const std::vector<imap::Folder>& folders) {
    for (const imap::Folder& folder : folders)
        if (folder.delimiter != '\0') return folder.delimiter;
    return '/';
}

const imap::Folder* find_by_name(const std::vector<imap::Folder>& folders,
                                 const std::string& name) {
    auto it = std::find_if(folders.begin(), folders.end(),
                           [&](const imap::Folder& f) { return f.name == name; });
    return it == folders.end() ? nullptr : &*it;
}

Status record_all(store::Index& index, const std::string& account,
                  const std::vector<const store::CopyTask*>& tasks, const std::string& destination,
                  store::Index::CopyState state) {
    if (auto begun = index.begin(); !begun) return begun;
    for (const store::CopyTask* task : tasks)
        if (auto recorded = index.record_copy(account, *task, destination, state); !recorded) {
            index.rollback();
            return recorded;
        }
    return index.commit();
}

Result<std::set<std::string>> message_ids_in(imap::Client& client, const std::string& wire) {
    std::set<std::string> ids;
    if (auto examined = client.examine(wire); !examined) return tl::unexpected(examined.error());
    auto uids = client.uids_from(1);
    if (!uids) return tl::unexpected(uids.error());
    if (uids->empty()) return ids;
    auto headers = client.fetch_headers(*uids);
    if (!headers) return tl::unexpected(headers.error());
    for (const imap::HeaderSummary& header : *headers)
        ids.insert(header.message_id);
    return ids;
}

// A crash between UID COPY and its confirmation leaves intents whose outcome is unknown. The
// destination tells: a message already there (by Message-ID) is confirmed instead of copied a
// second time. Costs one pass over the destination's headers, and only after such a crash.
Status resolve_interrupted(const std::string& destination, CopyGroup& group,
                           const config::Account& account, imap::Client& client,
                           store::Index& index) {
    auto interrupted = [](const store::CopyTask* t) { return t->unconfirmed; };
    if (std::none_of(group.tasks.begin(), group.tasks.end(), interrupted)) return {};
    auto present = message_ids_in(client, imap::encode_mutf7(destination));
    if (!present) return tl::unexpected(present.error());
    std::vector<const store::CopyTask*> found, remaining;
    for (const store::CopyTask* task : group.tasks)
        (task->unconfirmed && !task->message_id.empty() && present->count(task->message_id)
             ? found
             : remaining)
            .push_back(task);
    if (found.empty()) return {};
    if (auto ok =
            record_all(index, account.name, found, destination, store::Index::CopyState::confirmed);
        !ok)
        return ok;
    log::info("{}: {} copies into {} were made before an interruption; not copied again",
              account.name, found.size(), destination);
    group.tasks = std::move(remaining);
    return {};
}

// The number of messages copied.
Result<size_t> copy_group(const GroupKey& key, CopyGroup& group, const std::string& source_wire,
                          const config::Account& account, imap::Client& client,
                          store::Index& index) {
    const auto& [folder, uidvalidity, destination] = key;
    if (auto resolved = resolve_interrupted(destination, group, account, client, index); !resolved)
        return tl::unexpected(resolved.error());
    if (group.tasks.empty()) return size_t{0};
    auto examined = client.examine(source_wire);
    if (!examined) return tl::unexpected(examined.error());
    if (examined->uidvalidity != uidvalidity) return size_t{0}; // stale: the next sync re-lists it
    std::vector<uint32_t> uids;
    for (const store::CopyTask* task : group.tasks)
        uids.push_back(static_cast<uint32_t>(task->uid));
    std::sort(uids.begin(), uids.end());
    using State = store::Index::CopyState;
    if (auto ok = record_all(index, account.name, group.tasks, destination, State::intended); !ok)
        return tl::unexpected(ok.error());
    if (auto copied = client.copy(uids, imap::encode_mutf7(destination)); !copied)
        return tl::unexpected(copied.error());
    if (auto ok = record_all(index, account.name, group.tasks, destination, State::confirmed); !ok)
        return tl::unexpected(ok.error());
    return uids.size();
}

} // namespace

std::string customer_folder(const std::string& prefix, char delimiter, const std::string& name) {
    std::string leaf = name;
    std::replace(leaf.begin(), leaf.end(), delimiter, '-');
    return prefix + delimiter + leaf;
}

Result<size_t> file_on_server(const config::ImapFiling& settings, const config::Account& account,
                              imap::Client& client, store::Index& index) {
    auto tasks = index.pending_copies(account.name, k_tasks_per_pass);
    if (!tasks) return tl::unexpected(tasks.error());
    if (tasks->empty()) return size_t{0};
    auto folders = client.list_folders();
    if (!folders) return tl::unexpected(folders.error());
    char delimiter = server_delimiter(*folders);

    std::map<GroupKey, CopyGroup> groups;
    for (const store::CopyTask& task : *tasks) {
        auto& group = groups[{task.source_folder, task.uidvalidity,
                              customer_folder(settings.prefix, delimiter, task.customer_name)}];
        group.tasks.push_back(&task);
    }
    std::set<std::string> created;
    size_t copies = 0;
    for (auto& [key, group] : groups) {
        const std::string& destination = std::get<2>(key);
        if (created.insert(destination).second && !find_by_name(*folders, destination)) {
            if (auto made = client.create_folder(imap::encode_mutf7(destination)); !made)
                return tl::unexpected(made.error());
            log::info("{}: created server folder {}", account.name, destination);
        }
        const imap::Folder* source = find_by_name(*folders, std::get<0>(key));
        std::string source_wire = source ? source->wire : imap::encode_mutf7(std::get<0>(key));
        auto copied = copy_group(key, group, source_wire, account, client, index);
        if (!copied) return tl::unexpected(copied.error());
        copies += *copied;
    }
    if (copies > 0) log::info("{}: {} messages copied into customer folders", account.name, copies);
    return copies;
}

} // namespace mailclerk::app
