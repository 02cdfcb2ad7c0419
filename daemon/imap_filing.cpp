#include "daemon/imap_filing.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "common/log.hpp"

namespace mailclerk::daemon {
namespace {

constexpr int64_t k_tasks_per_pass = 20000;

// Copies of one source folder (at one UIDVALIDITY) into one customer folder.
struct CopyGroup {
    std::vector<uint32_t> uids;
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

Status copy_group(const GroupKey& key, CopyGroup& group, const std::string& source_wire,
                  const config::Account& account, imap::Client& client, store::Index& index) {
    const auto& [folder, uidvalidity, destination] = key;
    auto examined = client.examine(source_wire);
    if (!examined) return tl::unexpected(examined.error());
    if (examined->uidvalidity != uidvalidity) return {}; // stale: the next sync re-lists it
    std::sort(group.uids.begin(), group.uids.end());
    if (auto copied = client.copy(group.uids, imap::encode_mutf7(destination)); !copied)
        return copied;
    if (auto begun = index.begin(); !begun) return begun;
    for (const store::CopyTask* task : group.tasks)
        if (auto recorded = index.record_copy(account.name, *task, destination); !recorded) {
            index.rollback();
            return recorded;
        }
    return index.commit();
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
        group.uids.push_back(static_cast<uint32_t>(task.uid));
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
        if (auto done = copy_group(key, group, source_wire, account, client, index); !done)
            return tl::unexpected(done.error());
        copies += group.uids.size();
    }
    if (copies > 0) log::info("{}: {} messages copied into customer folders", account.name, copies);
    return copies;
}

} // namespace mailclerk::daemon
