#include "daemon/app/push.hpp"

#include <algorithm>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <fmt/ranges.h>

#include "common/enum_names.hpp"
#include "common/log.hpp"
#include "daemon/app/folders.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/imap/client.hpp"

namespace mailclerk::app {
namespace {

using namespace std::chrono_literals;

constexpr auto k_first_backoff = 1s;
constexpr auto k_max_backoff = std::chrono::milliseconds(5min);

std::vector<std::string> names_of(const std::vector<sources::ImapFolderRef>& folders) {
    std::vector<std::string> out;
    for (const auto& folder : folders)
        out.push_back(folder.name);
    return out;
}

std::vector<std::string> wires_of(const std::vector<sources::ImapFolderRef>& folders) {
    std::vector<std::string> out;
    for (const auto& folder : folders)
        out.push_back(folder.wire);
    return out;
}

void log_plan(const config::Account& account, const PushPlan& plan, size_t folders) {
    if (plan.mode == PushMode::poll)
        return log::info("{}: no push (the server offers neither NOTIFY nor IDLE, or no "
                         "connection is left); polled every {} s",
                         account.name, account.poll_seconds);
    log::info("{}: {} on {} folders, {} polled only; the poll every {} s stays as a safety net",
              account.name, push_mode_name(plan.mode), folders - plan.polled, plan.polled,
              account.poll_seconds);
}

std::chrono::milliseconds next_backoff(std::chrono::milliseconds backoff) {
    return std::min(backoff * 2, k_max_backoff);
}

// Refused credentials or a broken config will not heal by retrying: the poll reports them and
// a reload (SIGHUP) starts the watcher again.
bool hopeless(const Error& error) {
    return retry_policy(error) == RetryPolicy::reconfigure;
}

// Set up one watch connection: NOTIFY SET for all its folders, or EXAMINE its one folder.
Status arm(imap::Client& client, const std::vector<sources::ImapFolderRef>& folders, bool notify) {
    if (notify) return client.notify(wires_of(folders));
    auto examined = client.examine(folders.front().wire);
    if (!examined) return tl::unexpected(examined.error());
    return {};
}

} // namespace

std::string_view push_mode_name(PushMode mode) {
    constexpr std::string_view k_names[] = {"NOTIFY", "IDLE", "polled"};
    return enum_name(mode, k_names, "polled");
}

PushPlan plan_push(bool notify, bool idle, const std::vector<sources::ImapFolderRef>& folders,
                   int budget) {
    PushPlan plan;
    plan.polled = folders.size();
    if (folders.empty() || budget <= 0 || (!notify && !idle)) return plan;
    if (notify) {
        plan.mode = PushMode::notify;
        plan.connections.push_back(folders);
        plan.polled = 0;
        return plan;
    }
    plan.mode = PushMode::idle;
    size_t watched = std::min(folders.size(), static_cast<size_t>(budget));
    for (size_t i = 0; i < watched; ++i)
        plan.connections.push_back({folders[i]});
    plan.polled = folders.size() - watched;
    return plan;
}

int ConnectionBudget::take(int wanted) {
    std::lock_guard lock(m_mutex);
    int granted = std::clamp(wanted, 0, std::max(m_left, 0));
    m_left -= granted;
    return granted;
}

void ConnectionBudget::give_back(int count) {
    std::lock_guard lock(m_mutex);
    m_left += count;
}

AccountWatcher::AccountWatcher(config::Config config, config::Account account,
                               ConnectionBudget& budget, PushEvents events)
    : m_config(std::move(config)), m_account(std::move(account)), m_budget(budget),
      m_events(std::move(events)) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        log::error("account {}: push off: cannot create a pipe", m_account.name);
        m_events.mode(PushMode::poll, 0, 0);
        return;
    }
    m_wake_read = Fd(fds[0]);
    m_wake_write = Fd(fds[1]);
    std::lock_guard lock(m_threads_mutex);
    m_threads.emplace_back([this] { plan_and_start(); });
}

AccountWatcher::~AccountWatcher() {
    m_stopping = true;
    if (m_wake_write) {
        char byte = 1;
        // Never read: the pipe stays readable, so every present and future poll() wakes.
        [[maybe_unused]] ssize_t written = ::write(m_wake_write.get(), &byte, 1);
    }
    // The planner may still be adding threads: join until none is left.
    for (;;) {
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(m_threads_mutex);
            threads.swap(m_threads);
        }
        if (threads.empty()) break;
        for (std::thread& thread : threads)
            thread.join();
    }
    m_budget.give_back(m_taken);
}

bool AccountWatcher::pause(std::chrono::milliseconds delay) {
    pollfd fd{m_wake_read.get(), POLLIN, 0};
    int ready = ::poll(&fd, 1, static_cast<int>(delay.count()));
    return !m_stopping && !(ready > 0);
}

void AccountWatcher::plan_and_start() {
    const int allowed = std::max(m_account.max_connections - 1, 0); // one is the pass's
    for (auto backoff = std::chrono::milliseconds(k_first_backoff); !m_stopping;
         backoff = next_backoff(backoff)) {
        auto client = connect_account(m_account);
        Result<std::vector<sources::ImapFolderRef>> folders =
            client ? folders_to_sync(m_config, m_account, *client) : tl::unexpected(client.error());
        if (!folders) {
            if (hopeless(folders.error())) return m_events.mode(PushMode::poll, 0, 0);
            log::warning("{}: push: {}; trying again in {} s", m_account.name,
                         folders.error().message,
                         std::chrono::duration_cast<std::chrono::seconds>(backoff).count());
            if (!pause(backoff)) return;
            continue;
        }
        bool notify = client->has_capability("NOTIFY");
        // A server may announce NOTIFY and still refuse what we ask: then IDLE per folder.
        if (notify && !folders->empty()) {
            if (auto set = client->notify(wires_of(*folders)); !set) {
                if (set.error().code != ErrorCode::refused) {
                    if (!pause(backoff)) return;
                    continue;
                }
                log::info("{}: NOTIFY refused ({}); IDLE per folder instead", m_account.name,
                          set.error().message);
                notify = false;
            }
        }
        PushPlan plan = plan_push(notify, client->has_capability("IDLE"), *folders, allowed);
        int wanted = static_cast<int>(plan.connections.size());
        m_taken = m_budget.take(wanted);
        if (m_taken < wanted) // the budget over all accounts ran short
            plan = plan_push(notify, client->has_capability("IDLE"), *folders, m_taken);
        log_plan(m_account, plan, folders->size());
        m_events.mode(plan.mode, folders->size() - plan.polled, plan.polled);
        std::lock_guard lock(m_threads_mutex);
        if (m_stopping) return;
        for (auto& watched : plan.connections)
            m_threads.emplace_back([this, watched, notify] { watch(watched, notify); });
        return;
    }
}

void AccountWatcher::watch(std::vector<sources::ImapFolderRef> folders, bool notify) {
    const auto renew = std::chrono::seconds(m_account.idle_renew_seconds);
    bool reconnecting = false;
    for (auto backoff = std::chrono::milliseconds(k_first_backoff); !m_stopping;) {
        auto client = connect_account(m_account);
        Status armed = client ? arm(*client, folders, notify) : tl::unexpected(client.error());
        if (armed) {
            backoff = k_first_backoff;
            // Mail that came while the connection was down is found by a pass at once.
            if (reconnecting) {
                log::info("{}: watching {} again", m_account.name,
                          fmt::join(names_of(folders), ", "));
                m_events.news(names_of(folders));
            }
            reconnecting = true;
        }
        while (armed && !m_stopping) {
            auto outcome = client->idle(renew, m_wake_read.get());
            if (!outcome) {
                armed = tl::unexpected(outcome.error());
                break;
            }
            if (outcome->end != imap::IdleEnd::news) continue;
            m_events.news(outcome->mailboxes.empty() ? names_of(folders) : outcome->mailboxes);
        }
        if (m_stopping) return;
        if (hopeless(armed.error()) || armed.error().code == ErrorCode::refused) {
            log::warning("{}: push stopped, polling only: {}", m_account.name,
                         armed.error().message);
            return m_events.mode(PushMode::poll, 0, folders.size());
        }
        log::warning("{}: push connection lost: {}; reconnecting in {} s", m_account.name,
                     armed.error().message,
                     std::chrono::duration_cast<std::chrono::seconds>(backoff).count());
        if (!pause(backoff)) return;
        backoff = next_backoff(backoff);
        reconnecting = true;
    }
}

} // namespace mailclerk::app
