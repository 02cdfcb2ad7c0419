#pragma once
// One error vocabulary for every module boundary: Result<T> = tl::expected<T, Error>.
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <tl/expected.hpp>

namespace mailclerk {

// What went wrong, coarse enough to choose an exit code and a retry policy.
enum class ErrorCode {
    io,        // a file or directory operation failed
    not_found, // a named thing (path, customer, message) does not exist
    parse,     // input bytes could not be understood
    config,    // configuration is invalid: exit code 2
    usage,     // the command line is wrong: exit code 2
    database,  // SQLite refused
    integrity, // archive and index disagree, or a hash mismatch
    network,   // a server could not be reached or failed
    auth,      // credentials were refused
    refused,   // a server answered one command with NO or BAD: that one thing failed
};

struct Error {
    ErrorCode code = ErrorCode::io;
    std::string message;
    std::string hint; // optional: what the user can do about it
};

template <typename T> using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, std::string message, std::string hint = {}) {
    return tl::unexpected<Error>(Error{code, std::move(message), std::move(hint)});
}

// Call fn() where a third-party library inside the module may throw (mimetic, poppler,
// Boost, std::filesystem): an exception becomes an Error of `code` saying "context: what()".
// Each module calls it at its boundary so that nothing throws across a module boundary.
template <typename Fn>
auto try_result(ErrorCode code, std::string_view context, Fn&& fn) noexcept
    -> Result<std::invoke_result_t<Fn>> {
    auto failure = [&](std::string_view what) {
        return fail(code, std::string(context) + ": " + std::string(what));
    };
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Fn>>) {
            fn();
            return {};
        } else {
            return fn();
        }
    } catch (const std::exception& error) {
        return failure(error.what());
    } catch (...) {
        return failure("unknown exception");
    }
}

// 0 success, 1 operational failure, 2 usage or configuration error (ARCHITECTURE.md).
inline int exit_code_for(const Error& error) {
    return (error.code == ErrorCode::config || error.code == ErrorCode::usage) ? 2 : 1;
}

} // namespace mailclerk
