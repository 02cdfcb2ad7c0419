#include "daemon/service.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <set>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <unistd.h>

#include "common/filing.hpp"
#include "common/log.hpp"
#include "daemon/app/ocr_queue.hpp"
#include "daemon/app/push.hpp"
#include "daemon/app/push_status.hpp"
#include "daemon/app/rematch.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/notify.hpp"
#include "daemon/today/delivery.hpp"
#include "daemon/web/web_page.hpp"
#include "store/health.hpp"

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
    AccountState(config::Account a, asio::io_context& io) : account(std::move(a)), timer(io) {}
    config::Account account;
    asio::steady_timer timer; // the next full pass (poll_seconds, or the backoff)
    int failures = 0;         // passes failed in a row; while > 0 the account is paused
    int64_t paused_until = 0; // epoch seconds of the retry the timer waits for
    std::string paused_after; // why, for the log and `mailclerk status`
    bool running = false;
    bool disabled = false;                        // needs reconfiguration: waits for SIGHUP
    bool full_due = false;                        // the timer fired while a pass ran
    std::set<std::string> news;                   // folders push reported, not yet passed over
    std::unique_ptr<app::AccountWatcher> watcher; // push; null when off
};

constexpr auto k_max_backoff = 30min;
constexpr auto k_start_retry = 10s;    // the first wait when the index cannot open at start
constexpr auto k_digest_check = 1min;  // how often the service looks at the clock for digests
constexpr auto k_digest_retry = 15min; // after a digest that failed to go out
constexpr auto k_ocr_stop_wait = 5s;   // how long a stop waits for the OCR thread's message

// The wait after `failures` failures in a row: `first` doubled each time, at most k_max_backoff.
std::chrono::milliseconds backoff(int failures, std::chrono::milliseconds first) {
    return std::min<std::chrono::milliseconds>(first * (1 << std::min(failures - 1, 10)),
                                               k_max_backoff);
}

class Service {
  public:
    explicit Service(std::string config_flag) : m_config_flag(std::move(config_flag)) {}

    int run() {
        auto settings = load_when_room();
        if (!settings && m_stopping) return 0; // stopped while waiting for room
        if (!settings) {
            log::error("{}", settings.error().message);
            if (!settings.error().hint.empty()) log::error("hint: {}", settings.error().hint);
            return exit_code_for(settings.error());
        }
        m_settings = std::move(*settings);
        m_pool = std::make_unique<asio::thread_pool>(
            static_cast<size_t>(m_settings->config.daemon.max_connections));
        m_push_budget =
            std::make_unique<app::ConnectionBudget>(m_settings->config.daemon.max_push_connections);
        if (auto started = start_web(); !started) {
            log::error("{}", started.error().message);
            return exit_code_for(started.error());
        }
        apply_accounts();
        // Scans the passes leave for later are read beside them, at the lowest priority.
        m_ocr = std::make_unique<app::OcrWorker>(m_config_flag);
        watch_signals();
        start_watchdog();
        schedule_digests(5s);
        notify("READY=1\nSTATUS=polling");
        log::info("daemon started: {} accounts, archive {}", m_accounts.size(),
                  m_settings->config.archive_root.string());
        m_io.run();
        m_pool->join();
        std::error_code ignored; // a stopped daemon watches nothing
        std::filesystem::remove(app::push_status_path(m_settings->config.index_path), ignored);
        stop_ocr();
        log::info("daemon stopped");
        return 0;
    }

  private:
    // At start the index's pages are checked too (PRAGMA quick_check): a damaged index is
    // refused with the hint to rebuild it, never written into or served half.
    enum class IndexCheck { open, pages };

    Result<std::shared_ptr<const Settings>> load(IndexCheck check = IndexCheck::open) {
        // Migrates and syncs customers; with PostgreSQL makes its schema when the database has
        // none.
        auto workspace = app::open_writer(m_config_flag);
        if (!workspace) return tl::unexpected(workspace.error());
        // Several daemons on one shared archive root (issue 23): say how files are put there.
        log::info("archive filing: {} ({})", describe(workspace->filing.how),
                  workspace->filing.why);
        if (check == IndexCheck::pages && workspace->index) {
            auto report = workspace->index->check_integrity(store::IntegrityDepth::quick);
            if (!report) return tl::unexpected(report.error());
            if (!report->clean())
                return tl::unexpected(
                    store::damaged_index(workspace->config.index_path, report->problems.front()));
        }
        return std::make_shared<const Settings>(
            Settings{std::move(workspace->config), std::move(workspace->rules)});
    }

    // A full or read-only disk at start (the index cannot even open its WAL): wait for room with
    // backoff, as a pass does, rather than exit and be restarted by the unit into the same wall.
    // systemd hears that we are up but paused, and its watchdog is fed; SIGTERM/SIGINT end the
    // wait (m_stopping), SIGHUP retries at once.
    Result<std::shared_ptr<const Settings>> load_when_room() {
        auto settings = load(IndexCheck::pages);
        for (int failures = 1; !settings && settings.error().code == ErrorCode::storage;
             ++failures) {
            auto delay = std::chrono::ceil<std::chrono::seconds>(backoff(failures, k_start_retry));
            int64_t until = static_cast<int64_t>(std::time(nullptr)) + delay.count();
            log::warning("start-up paused until {} after: {}; retry {} in {} s",
                         app::clock_time(until), settings.error().message, failures, delay.count());
            if (!settings.error().hint.empty()) log::warning("hint: {}", settings.error().hint);
            notify("READY=1\nSTATUS=paused: " + settings.error().message);
            if (!wait_for_room(delay)) return settings;
            settings = load(IndexCheck::pages);
        }
        return settings;
    }

    // Sleep `delay` on the io_context, feeding the watchdog; false when a stop signal came.
    bool wait_for_room(std::chrono::seconds delay) {
        bool woken = false;
        m_signals.async_wait([this, &woken](const boost::system::error_code& error, int signal) {
            if (error) return;
            woken = true;
            if (signal != SIGHUP) m_stopping = true;
        });
        auto watchdog = watchdog_interval();
        std::chrono::milliseconds step =
            watchdog
                ? std::max(std::chrono::duration_cast<std::chrono::milliseconds>(*watchdog / 2),
                           std::chrono::milliseconds(100))
                : std::chrono::milliseconds(delay);
        auto end = std::chrono::steady_clock::now() + delay;
        while (!woken && std::chrono::steady_clock::now() < end) {
            m_io.restart();
            m_io.run_for(std::min<std::chrono::steady_clock::duration>(
                step, end - std::chrono::steady_clock::now()));
            if (watchdog) notify("WATCHDOG=1");
        }
        m_signals.cancel(); // the wait in hand ends with operation_aborted
        m_io.restart();
        m_io.run();
        m_io.restart();
        return !m_stopping;
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
                state->watcher.reset(); // watched again below, with the new settings
                state->account = account;
                state->disabled = false;
                state->failures = 0; // retried at once below
                state->paused_until = 0;
            } else {
                state = std::make_unique<AccountState>(account, m_io);
            }
            next.emplace(account.name, std::move(state));
        }
        for (auto& [name, old] : m_accounts) {
            if (!old) continue;
            // A removed account may have a pass in flight that will report back to it.
            old->timer.cancel();
            old->disabled = true;
            old->watcher.reset();
            m_retired.push_back(std::move(old));
        }
        m_accounts = std::move(next);
        m_push_modes.clear();
        for (auto& [name, state] : m_accounts) {
            if (!state->running) schedule(*state, jitter(2s));
            start_push(*state);
        }
        write_push_status();
    }

    // Watch the account's folders when push is on; news starts a pass over those folders at
    // once, beside the poll that stays as the safety net.
    void start_push(AccountState& state) {
        if (!state.account.push) return;
        std::string name = state.account.name;
        app::PushEvents events;
        events.news = [this, name](const std::vector<std::string>& folders) {
            asio::post(m_io, [this, name, folders] { on_news(name, folders); });
        };
        events.mode = [this, name](app::PushMode mode, size_t watched, size_t polled) {
            app::AccountPush push{name, std::string(app::push_mode_name(mode)), watched, polled, 0,
                                  {}};
            asio::post(m_io, [this, push] { on_push_mode(push); });
        };
        state.watcher = std::make_unique<app::AccountWatcher>(m_settings->config, state.account,
                                                              *m_push_budget, std::move(events));
    }

    // Keep the file `mailclerk status` reads in step with what each account runs in.
    void on_push_mode(const app::AccountPush& push) {
        if (!m_accounts.contains(push.account)) return;
        m_push_modes[push.account] = push;
        write_push_status();
    }

    void write_push_status() {
        app::PushReport report{static_cast<long>(::getpid()), {}};
        for (const auto& [name, state] : m_accounts) {
            auto known = m_push_modes.find(name);
            app::AccountPush line = known != m_push_modes.end() && state->watcher
                                        ? known->second
                                        : app::AccountPush{name, "polled", 0, 0, 0, {}};
            if (state->failures > 0) {
                line.paused_until = state->paused_until;
                line.paused_after = state->paused_after;
            }
            report.accounts.push_back(line);
        }
        auto file = app::push_status_path(m_settings->config.index_path);
        if (auto written = app::write_push_status(file, report); !written)
            log::warning("cannot record the push state for mailclerk status: {}",
                         written.error().message);
    }

    void on_news(const std::string& name, const std::vector<std::string>& folders) {
        auto it = m_accounts.find(name);
        if (it == m_accounts.end() || m_stopping) return;
        it->second->news.insert(folders.begin(), folders.end());
        next_pass(*it->second);
    }

    // Start what is due: a full pass when the timer fired, else one over the folders push
    // reported. Nothing while a pass runs: finish_pass calls again. A paused account waits for
    // its timer: news from push would only meet the same full disk or dead server again.
    void next_pass(AccountState& state) {
        if (state.running || state.disabled || m_stopping) return;
        if (state.full_due) {
            state.full_due = false;
            state.news.clear();
            return start_pass(state, {});
        }
        if (state.news.empty() || state.failures > 0) return;
        std::vector<std::string> only(state.news.begin(), state.news.end());
        state.news.clear();
        start_pass(state, std::move(only));
    }

    std::chrono::milliseconds jitter(std::chrono::milliseconds base) {
        std::uniform_real_distribution<double> spread(0.9, 1.1);
        return std::chrono::milliseconds(
            static_cast<int64_t>(static_cast<double>(base.count()) * spread(m_random)));
    }

    void schedule(AccountState& state, std::chrono::milliseconds delay) {
        state.timer.expires_after(delay);
        state.timer.async_wait([this, &state](const boost::system::error_code& error) {
            if (error || m_stopping) return;
            state.full_due = true;
            next_pass(state);
        });
    }

    // A pass over the account on the pool; `only` empty: every folder (the poll).
    void start_pass(AccountState& state, std::vector<std::string> only) {
        if (state.running || state.disabled) return;
        state.running = true;
        auto settings = m_settings;
        auto account = state.account;
        asio::post(*m_pool, [this, settings, account, &state, only = std::move(only)] {
            auto result =
                app::sync_account(settings->config, settings->rules, account, m_stop_flag, only);
            bool full = only.empty();
            asio::post(m_io, [this, &state, full, result = std::move(result)] {
                finish_pass(state, result, full);
            });
        });
    }

    // A pass push asked for leaves the poll's timer alone when it succeeds; any failure pauses
    // the account (the poll would meet it too), unless the account needs reconfiguring.
    void finish_pass(AccountState& state, const Result<app::AccountResult>& result, bool full) {
        state.running = false;
        if (m_stopping) return stop_when_idle();
        if (!result && app::retry_policy(result.error()) == app::RetryPolicy::reconfigure) {
            state.disabled = true;
            state.watcher.reset();
            write_push_status();
            log::error("{} (account {} paused until the config is reloaded with SIGHUP)",
                       result.error().message, state.account.name);
            if (!result.error().hint.empty()) log::error("hint: {}", result.error().hint);
            return;
        }
        if (!result) {
            pause(state, result.error());
        } else {
            if (m_ocr) m_ocr->nudge(); // the pass may have left scans for later
            if (state.failures > 0) resume(state);
            if (full) schedule(state, jitter(std::chrono::seconds(state.account.poll_seconds)));
        }
        next_pass(state);
    }

    // Back off after a failed pass (a full or read-only disk, the server gone or failing):
    // poll_seconds doubled per failure in a row, at most k_max_backoff; said in the log and in
    // `mailclerk status`, and nothing runs for the account until the timer fires.
    void pause(AccountState& state, const Error& error) {
        ++state.failures;
        auto delay =
            jitter(backoff(state.failures, std::chrono::seconds(state.account.poll_seconds)));
        auto seconds = std::chrono::ceil<std::chrono::seconds>(delay).count();
        state.paused_until = static_cast<int64_t>(std::time(nullptr)) + seconds;
        // Errors of a pass name their account already.
        std::string prefix = "account " + state.account.name + ": ";
        state.paused_after =
            error.message.starts_with(prefix) ? error.message.substr(prefix.size()) : error.message;
        log::warning("account {}: paused until {} after: {}; retry {} in {} s", state.account.name,
                     app::clock_time(state.paused_until), state.paused_after, state.failures,
                     seconds);
        if (!error.hint.empty()) log::warning("hint: {}", error.hint);
        schedule(state, delay);
        write_push_status();
    }

    void resume(AccountState& state) {
        log::info("account {}: resumed after {} failed passes", state.account.name, state.failures);
        state.failures = 0;
        state.paused_until = 0;
        state.paused_after.clear();
        write_push_status();
    }

    // The daily digests ([today] digest_time): once the local time has passed it on a working
    // day, send them on the pool; each user's digest is claimed in the index, so a restart or a
    // manual `mailclerk today --send` never sends one twice. A day whose digests all went out
    // (or had nothing to say) is not looked at again; failures are retried later that day.
    void schedule_digests(std::chrono::milliseconds delay) {
        m_digest_timer.expires_after(delay);
        m_digest_timer.async_wait([this](const boost::system::error_code& error) {
            if (!error && !m_stopping) check_digests();
        });
    }

    void check_digests() {
        const config::TodaySettings& settings = m_settings->config.today;
        auto calendar = today::Calendar::make(settings);
        int64_t now = std::time(nullptr);
        if (!calendar || m_digest_running || !today::digest_due(*calendar, settings, now) ||
            m_digest_done_day == calendar->local_day(now))
            return schedule_digests(k_digest_check);
        m_digest_running = true;
        std::string day = calendar->local_day(now);
        asio::post(*m_pool, [this, now, day] {
            bool complete = send_digests(now);
            asio::post(m_io, [this, complete, day] {
                m_digest_running = false;
                if (complete) m_digest_done_day = day;
                if (!m_stopping) schedule_digests(complete ? k_digest_check : k_digest_retry);
                if (m_stopping) stop_when_idle();
            });
        });
    }

    // On the pool: true when every digest of the day is settled.
    bool send_digests(int64_t now) {
        auto workspace = app::open_reader(m_config_flag);
        if (!workspace) {
            log::error("digest: {}", workspace.error().message);
            return false;
        }
        auto sent = today::send_digests(*workspace, now, {});
        if (!sent) {
            log::error("digest: {}", sent.error().message);
            return false;
        }
        std::map<std::string, size_t> counts;
        for (const today::SendOutcome& o : *sent)
            ++counts[o.outcome];
        auto calendar = today::Calendar::make(workspace->config.today);
        log::info("digests for {}: {} sent, {} already sent, {} with nothing to do, {} without an "
                  "address or mailbox, {} failed",
                  calendar ? calendar->local_day(now) : std::string("today"), counts["sent"],
                  counts["already-sent"], counts["nothing-to-do"],
                  counts["no-address"] + counts["no-mailbox"], counts["failed"]);
        return counts["failed"] == 0;
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
        notify("RELOADING=1");
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
        notify("READY=1");
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
        notify("STOPPING=1");
        m_stopping = true;
        m_stop_flag = true;
        m_signals.cancel();
        m_watchdog.cancel();
        m_digest_timer.cancel();
        if (m_web) m_web->stop();
        for (auto& [name, state] : m_accounts) {
            state->timer.cancel();
            state->watcher.reset(); // wakes its IDLEs, logs out, joins
        }
        stop_when_idle();
    }

    void stop_when_idle() {
        if (m_digest_running) return;
        for (auto& [name, state] : m_accounts)
            if (state->running) return;
        for (auto& state : m_retired)
            if (state->running) return;
        m_io.stop();
    }

    // The OCR thread finishes the message in hand when that is quick; a long scan is left
    // pending (a read is committed whole or not at all) and the process exits without it.
    void stop_ocr() {
        if (!m_ocr || m_ocr->stop(k_ocr_stop_wait)) return;
        log::info("daemon stopped; the scan being read stays in the OCR queue");
        std::quick_exit(0);
    }

    void start_watchdog() {
        auto watchdog = watchdog_interval();
        if (!watchdog) return;
        m_watchdog_interval = *watchdog / 2;
        ping_watchdog();
    }

    void ping_watchdog() {
        notify("WATCHDOG=1");
        m_watchdog.expires_after(m_watchdog_interval);
        m_watchdog.async_wait([this](const boost::system::error_code& error) {
            if (!error) ping_watchdog();
        });
    }

    std::string m_config_flag;
    asio::io_context m_io;
    asio::signal_set m_signals{m_io, SIGINT, SIGTERM, SIGHUP};
    asio::steady_timer m_watchdog{m_io};
    asio::steady_timer m_digest_timer{m_io};
    bool m_digest_running = false;
    std::string m_digest_done_day; // the local day whose digests are all settled
    std::chrono::microseconds m_watchdog_interval{0};
    std::unique_ptr<asio::thread_pool> m_pool;
    std::unique_ptr<app::ConnectionBudget> m_push_budget; // before m_accounts: watchers use it
    std::shared_ptr<const Settings> m_settings;
    std::map<std::string, std::unique_ptr<AccountState>> m_accounts;
    std::map<std::string, app::AccountPush> m_push_modes; // as the watchers last reported
    std::vector<std::unique_ptr<AccountState>> m_retired;
    std::atomic<bool> m_stop_flag{false};
    bool m_stopping = false;
    std::mt19937 m_random{std::random_device{}()};
    std::unique_ptr<web::WebPage> m_web; // destroyed before m_io
    std::unique_ptr<app::OcrWorker> m_ocr;
};

} // namespace

int run_service(const std::string& config_flag) {
    Service service(config_flag);
    return service.run();
}

} // namespace mailclerk::service
