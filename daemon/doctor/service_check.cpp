// The systemd unit as installed (with the admin's drop-ins): its sandbox must leave the archive
// writable, and it should run as the user and read the file doctor checked.
#include <algorithm>
#include <filesystem>
#include <sstream>

#include <fmt/format.h>

#include "common/process.hpp"
#include "daemon/doctor/checks.hpp"

namespace mailclerk::doctor {
namespace fs = std::filesystem;

namespace {

constexpr CheckName k_service{"service", "systemd unit"};
constexpr const char* k_unit = "mailclerk.service";

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

bool inside(const fs::path& path, const fs::path& dir) {
    auto p = path.lexically_normal(), d = dir.lexically_normal();
    auto [end, _] = std::mismatch(d.begin(), d.end(), p.begin(), p.end());
    return end == d.end() || (std::next(end) == d.end() && end->empty()); // "dir/" ends in ""
}

// ReadWritePaths= (a leading '-' or '+' only modifies how a path is handled) and the state
// directories under /var/lib.
std::vector<fs::path> writable_paths(const std::map<std::string, std::string>& properties) {
    std::vector<fs::path> out;
    auto get = [&](const char* key) {
        auto found = properties.find(key);
        return found == properties.end() ? std::string() : found->second;
    };
    for (std::string path : words(get("ReadWritePaths"))) {
        while (!path.empty() && (path.front() == '-' || path.front() == '+'))
            path.erase(0, 1);
        out.emplace_back(path);
    }
    for (const std::string& dir : words(get("StateDirectory")))
        out.push_back(fs::path("/var/lib") / dir);
    return out;
}

// "-c PATH" in ExecStart's argv[]: "{ path=/usr/bin/mailclerk ; argv[]=/usr/bin/mailclerk daemon
// -c /etc/mailclerk/mailclerk.toml ; ... }".
std::string config_of(const std::string& exec_start) {
    size_t argv = exec_start.find("argv[]=");
    if (argv == std::string::npos) return {};
    std::vector<std::string> args =
        words(exec_start.substr(argv + 7, exec_start.find(" ;", argv) - argv - 7));
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "-c" || args[i] == "--config") return args[i + 1];
    return {};
}

} // namespace

Check judge_service(const std::map<std::string, std::string>& properties,
                    const config::Config& config, const std::string& user) {
    auto get = [&](const char* key) {
        auto found = properties.find(key);
        return found == properties.end() ? std::string() : found->second;
    };
    if (get("LoadState") != "loaded")
        return skipped(k_service,
                       fmt::format("{} is not installed (LoadState={})", k_unit, get("LoadState")));
    std::string state = fmt::format("{}: {}, {}", k_unit, get("UnitFileState"), get("ActiveState"));
    if (get("ProtectSystem") == "strict") {
        std::vector<fs::path> writable = writable_paths(properties);
        for (const fs::path& path : {config.archive_root, config.index_path.parent_path()}) {
            bool ok = std::any_of(writable.begin(), writable.end(),
                                  [&](const fs::path& dir) { return inside(path, dir); });
            if (!ok)
                return failed(k_service,
                              fmt::format("{}; its sandbox (ProtectSystem=strict) keeps {} "
                                          "read-only",
                                          state, path.string()),
                              fmt::format("sudo systemctl edit mailclerk, add [Service] "
                                          "ReadWritePaths={}, then sudo systemctl restart "
                                          "mailclerk",
                                          path.string()));
        }
    }
    if (!get("User").empty() && get("User") != user)
        return warn(
            k_service,
            fmt::format("{}; it runs as {}, these checks ran as {}", state, get("User"), user),
            fmt::format("run sudo mailclerk doctor --user {}", get("User")));
    std::string config_path = config_of(get("ExecStart"));
    if (!config_path.empty() && fs::path(config_path) != config.source)
        return warn(k_service,
                    fmt::format("{}; it reads {}, these checks read {}", state, config_path,
                                config.source.string()),
                    fmt::format("run mailclerk doctor -c {}", config_path));
    if (get("UnitFileState") != "enabled")
        return pass(k_service,
                    state + "; start it at boot with: sudo systemctl enable --now mailclerk");
    return pass(k_service, state + "; the archive is inside its writable paths");
}

Check check_service(const config::Config& config, const std::string& user) {
    std::error_code ec;
    if (!fs::is_directory("/run/systemd/system", ec))
        return skipped(k_service, "systemd is not running here");
    auto shown = run_program({"systemctl", "show", "--no-pager",
                              "--property=LoadState,UnitFileState,ActiveState,User,"
                              "ProtectSystem,ReadWritePaths,StateDirectory,ExecStart",
                              k_unit});
    if (!shown) return skipped(k_service, shown.error().message);
    if (shown->status != 0)
        return skipped(k_service, fmt::format("systemctl show {} failed", k_unit));
    std::map<std::string, std::string> properties;
    std::istringstream lines(shown->out);
    for (std::string line; std::getline(lines, line);)
        if (size_t eq = line.find('='); eq != std::string::npos)
            properties[line.substr(0, eq)] = line.substr(eq + 1);
    return judge_service(properties, config, user);
}

} // namespace mailclerk::doctor
