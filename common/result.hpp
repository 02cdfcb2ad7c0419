#pragma once
// One error vocabulary for every module boundary: Result<T> = tl::expected<T, Error>.
#include <string>
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

// 0 success, 1 operational failure, 2 usage or configuration error (ARCHITECTURE.md).
inline int exit_code_for(const Error& error) {
    return (error.code == ErrorCode::config || error.code == ErrorCode::usage) ? 2 : 1;
}

} // namespace mailclerk
