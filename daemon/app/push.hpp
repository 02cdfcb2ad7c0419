#pragma once
// Push: watch an account's folders on connections held open and say at once when new mail
// arrives, so that a sync pass files it within seconds instead of at the next poll. NOTIFY
// (RFC 5465) where the server offers it: one connection watches every folder; else IDLE
// (RFC 2177), one connection per folder within the account's connection budget; else nothing
// (the poll alone). A watcher never fetches: the pass it asks for does, through the one sync
// path, so push cannot file a message differently from a poll.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "common/fd.hpp"
#include "config/config.hpp"
#include "daemon/sources/imap_folder.hpp"

namespace mailclerk::app {

enum class PushMode { notify, idle, poll };
// "NOTIFY", "IDLE", "polled".
std::string_view push_mode_name(PushMode mode);

// Which folders each held connection watches, and how.
struct PushPlan {
    PushMode mode = PushMode::poll;
    std::vector<std::vector<sources::ImapFolderRef>> connections; // folders per connection
    size_t polled = 0; // folders left to the poll (no connection for them within the budget)
};

// The plan for `folders` on a server offering NOTIFY and/or IDLE, with at most `budget`
// connections: NOTIFY watches all folders on one connection; IDLE one folder per connection in
// order, the rest polled; neither, no folder or a budget of 0: poll.
PushPlan plan_push(bool notify, bool idle, const std::vector<sources::ImapFolderRef>& folders,
                   int budget);

// Connections the watchers may hold at once, over all accounts ([daemon] max_push_connections).
// Thread-safe.
class ConnectionBudget {
  public:
    explicit ConnectionBudget(int total) : m_left(total) {}
    // Up to `wanted` connections (fewer when the budget runs short; 0 when it is spent).
    int take(int wanted);
    void give_back(int count);

  private:
    std::mutex m_mutex;
    int m_left;
};

// What a watcher reports, from its own threads (the receiver must hand work to its own loop).
struct PushEvents {
    // New mail may be in these folders (decoded names); also sent after each reconnect for the
    // folders of that connection, since mail may have come while it was down.
    std::function<void(const std::vector<std::string>& folders)> news;
    // The mode the account runs in, once planned (and poll again when push gave up).
    std::function<void(PushMode mode, size_t watched, size_t polled)> mode;
};

// Watches one account until destroyed. A thread connects, lists the folders the account
// archives (app/folders.hpp), tries NOTIFY SET and plans; then one thread per connection
// waits in IDLE, re-issuing it every idle_renew_seconds, and reconnects with backoff (1 s
// doubling up to 5 min) after a failure such as a server restart. Refused credentials or an
// unusable config end the watching (the poll reports them). The destructor interrupts every
// wait, returns the connections to the budget and joins the threads.
class AccountWatcher {
  public:
    AccountWatcher(config::Config config, config::Account account, ConnectionBudget& budget,
                   PushEvents events);
    ~AccountWatcher();
    AccountWatcher(const AccountWatcher&) = delete;
    AccountWatcher& operator=(const AccountWatcher&) = delete;

  private:
    void plan_and_start();
    void watch(std::vector<sources::ImapFolderRef> folders, bool notify);
    // Wait `delay` or until stopped; false when stopped.
    bool pause(std::chrono::milliseconds delay);

    config::Config m_config;
    config::Account m_account;
    ConnectionBudget& m_budget;
    PushEvents m_events;
    Fd m_wake_read, m_wake_write; // a byte written on stop wakes every poll()
    std::atomic<bool> m_stopping{false};
    int m_taken = 0;
    std::mutex m_threads_mutex;
    std::vector<std::thread> m_threads;
};

} // namespace mailclerk::app
