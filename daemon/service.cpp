#include "daemon/service.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <map>
#include <memory>
#include <random>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <systemd/sd-daemon.h>

#include "common/log.hpp"
#include "daemon/app/rematch.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/web/web_page.hpp"

namespace mailclerk::service {
namespace {

namespace asio = boost::asio;
using namespace std::chrono_literals;

// The config and the rules derived from it; replaced whole on SIGHUP, while passes that already
// started keep the copy they began with.
struct Settings {
    config::Config config;
    parsers::MatchRules rules;
};

struct AccountState {
    config::Account account;
    asio::steady_timer timer;
    int failures = 0;
    bool running = false;
    bool disabled = false; // needs reconfiguration: waits for SIGHUP
};

constexpr auto k_max_backoff = 30min;

class Service {
  public:
    explicit Service(std::string config_flag) : m_config_flag(std::move(config_flag)) {}

    int run() {
        auto settings = load();
        if (!settings) {
            log::error("{}", settings.error().message);
            return exit_code_for(settings.error());
        }
        m_settings = std::move(*settings);
        m_pool = std::make_unique<asio::thread_pool>(
            static_cast<size_t>(m_settings->config.daemon.max_connections));
        if (auto started = start_web(); !started) {
            log::error("{}", started.error().message);
            return exit_code_for(started.error());
        }
        apply_accounts();
        watch_signals();
        start_watchdog();
        sd_notify(0, "READY=1\nSTATUS=polling");
        log::info("daemon started: {} accounts, archive {}", m_accounts.size(),
                  m_settings->config.archive_root.string());
        m_io.run();
        m_pool->join();
        log::info("daemon stopped");
        return 0;
    }

  private:
    Result<std::shared_ptr<const Settings>> load() {
        auto workspace = app::open_workspace(m_config_flag); // migrates and syncs customers
        if (!workspace) return tl::unexpected(workspace.error());
        return std::make_shared<const Settings>(
            Settings{std::move(workspace->config), std::move(workspace->rules)});
    }

    // The reps' web page, when [web] is configured (same io_context; pages built on its own
    // threads from read-only connections). It keeps its settings until restarted.
    Status start_web() {
        auto page = web::start_web_page(m_io, m_config_flag, m_settings->config, m_settings->rules);
        if (!page) return tl::unexpected(page.error());
        m_web = std::move(*page);
        return {};
    }

    // Make m_accounts match the config: new accounts polled at once, removed ones dropped.
    void apply_accounts() {
        std::map<std::string, std::unique_ptr<AccountState>> next;
        for (const config::Account& account : m_settings->config.accounts) {
            auto it = m_accounts.find(account.name);
            std::unique_ptr<AccountState> state;
            if (it != m_accounts.end()) {
                state = std::move(it->second);
                state->account = account;
                state->disabled = false;
                state->failures = 0;
            } else {
                state.reset(new AccountState{account, asio::steady_timer(m_io)});
            }
            next.emplace(account.name, std::move(state));
        }
        for (auto& [name, old] : m_accounts) {
            if (!old) continue;
            // A removed account may have a pass in flight that will report back to it.
            old->timer.cancel();
            old->disabled = true;
            m_retired.push_back(std::move(old));
        }
        m_accounts = std::move(next);
        for (auto& [name, state] : m_accounts)
            if (!state->running) schedule(*state, jitter(2s));
    }

    std::chrono::milliseconds jitter(std::chrono::milliseconds base) {
        std::uniform_real_distribution<double> spread(0.9, 1.1);
        return std::chrono::milliseconds(
            static_cast<int64_t>(static_cast<double>(base.count()) * spread(m_random)));
    }

    void schedule(AccountState& state, std::chrono::milliseconds delay) {
        state.timer.expires_after(delay);
        state.timer.async_wait([this, &state](const boost::system::error_code& error) {
            if (!error && !m_stopping) start_pass(state);
        });
    }

    void start_pass(AccountState& state) {
        if (state.running || state.disabled) return;
        state.running = true;
        auto settings = m_settings;
        auto account = state.account;
        asio::post(*m_pool, [this, settings, account, &state] {
            auto result =
                app::sync_account(settings->config, settings->rules, account, m_stop_flag);
            asio::post(m_io,
                       [this, &state, result = std::move(result)] { finish_pass(state, result); });
        });
    }

    void finish_pass(AccountState& state, const Result<app::AccountResult>& result) {
        state.running = false;
        if (m_stopping) return stop_when_idle();
        std::chrono::milliseconds next = std::chrono::seconds(state.account.poll_seconds);
        if (result) {
            state.failures = 0;
        } else if (app::retry_policy(result.error()) == app::RetryPolicy::reconfigure) {
            state.disabled = true;
            log::error("{} (account {} paused until the config is reloaded with SIGHUP)",
                       result.error().message, state.account.name);
            return;
        } else {
            ++state.failures;
            auto backoff = next * (1 << std::min(state.failures - 1, 10));
            next = std::min<std::chrono::milliseconds>(backoff, k_max_backoff);
            // Errors of a pass name their account already.
            log::warning("{}; retry {} in {} s", result.error().message, state.failures,
                         std::chrono::duration_cast<std::chrono::seconds>(next).count());
        }
        schedule(state, jitter(next));
    }

    void watch_signals() {
        m_signals.async_wait([this](const boost::system::error_code& error, int signal) {
            if (error) return;
            if (signal == SIGHUP)
                reload();
            else
                begin_stop(signal);
            if (!m_stopping) watch_signals();
        });
    }

    void reload() {
        sd_notify(0, "RELOADING=1");
        auto settings = load();
        if (!settings) {
            log::error("reload failed, keeping the running config: {}", settings.error().message);
        } else {
            m_settings = std::move(*settings);
            apply_accounts();
            log::info("config reloaded: {} accounts, {} customers", m_accounts.size(),
                      m_settings->rules.customers.size());
            rematch_after_reload();
        }
        sd_notify(0, "READY=1");
    }

    // The directory may have changed: re-file archived mail on the pool, beside the passes
    // (SQLite serialises the writers; a pass that starts later uses the new rules).
    void rematch_after_reload() {
        asio::post(*m_pool, [this] {
            if (auto done = app::rematch_archive(m_config_flag, m_stop_flag); !done)
                log::error("re-match after reload failed: {}", done.error().message);
        });
    }

    void begin_stop(int signal) {
        log::info("signal {}: finishing the batches in hand", signal);
        sd_notify(0, "STOPPING=1");
        m_stopping = true;
        m_stop_flag = true;
        m_signals.cancel();
        m_watchdog.cancel();
        if (m_web) m_web->stop();
        for (auto& [name, state] : m_accounts)
            state->timer.cancel();
        stop_when_idle();
    }

    void stop_when_idle() {
        for (auto& [name, state] : m_accounts)
            if (state->running) return;
        for (auto& state : m_retired)
            if (state->running) return;
        m_io.stop();
    }

    void start_watchdog() {
        uint64_t usec = 0;
        if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return;
        m_watchdog_interval = std::chrono::microseconds(usec / 2);
        ping_watchdog();
    }

    void ping_watchdog() {
        sd_notify(0, "WATCHDOG=1");
        m_watchdog.expires_after(m_watchdog_interval);
        m_watchdog.async_wait([this](const boost::system::error_code& error) {
            if (!error) ping_watchdog();
        });
    }

    std::string m_config_flag;
    asio::io_context m_io;
    asio::signal_set m_signals{m_io, SIGINT, SIGTERM, SIGHUP};
    asio::steady_timer m_watchdog{m_io};
    std::chrono::microseconds m_watchdog_interval{0};
    std::unique_ptr<asio::thread_pool> m_pool;
    std::shared_ptr<const Settings> m_settings;
    std::map<std::string, std::unique_ptr<AccountState>> m_accounts;
    std::vector<std::unique_ptr<AccountState>> m_retired;
    std::atomic<bool> m_stop_flag{false};
    bool m_stopping = false;
    std::mt19937 m_random{std::random_device{}()};
    std::unique_ptr<web::WebPage> m_web; // destroyed before m_io
};

} // namespace

int run_service(const std::string& config_flag) {
    Service service(config_flag);
    return service.run();
}

} // namespace mailclerk::service
