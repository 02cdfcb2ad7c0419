#include "common/plugin.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace mailclerk::plugin {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> candidates(const Module& module) {
    std::vector<fs::path> paths;
    if (const char* set = std::getenv(module.env); set && *set) paths.emplace_back(set);
    std::error_code error;
    fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        paths.push_back(exe.parent_path() / module.file);
        paths.push_back(exe.parent_path().parent_path() / "lib" / "mailclerk" / module.file);
    }
#ifdef MAILCLERK_BUILT_PLUGINS
    paths.push_back(fs::path(MAILCLERK_BUILT_PLUGINS) / module.file); // tests run from elsewhere
#endif
    return paths;
}

} // namespace

Result<void*> load_entry(const Module& module) {
    std::string tried;
    for (const fs::path& path : candidates(module)) {
        std::error_code error;
        if (!fs::exists(path, error)) continue;
        // RTLD_LOCAL: the module's copies of its library's symbols stay its own.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = dlerror();
            tried += std::string(tried.empty() ? "" : "; ") + (why ? why : path.string());
            continue;
        }
        if (void* entry = dlsym(handle, module.entry)) return entry;
        tried += std::string(tried.empty() ? "" : "; ") + path.string() + " has no " + module.entry;
    }
    return fail(ErrorCode::config,
                std::string(module.what) + " cannot be loaded" +
                    (tried.empty() ? std::string(": ") + module.file + " not found" : ": " + tried),
                "reinstall mailclerk, or set " + std::string(module.env) + " to the path of " +
                    module.file);
}

} // namespace mailclerk::plugin
