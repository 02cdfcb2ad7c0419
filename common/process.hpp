#pragma once
// Run a program (no shell) and capture what it prints: the password and token commands of
// accounts (through /bin/sh -c), and the doctor's questions to systemd.
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk {

struct Output {
    int status = -1; // exit status; -1 when killed by a signal
    std::string out;
};

// Where the program's standard error goes: nowhere, or to ours (a password command may say
// why it failed, or ask for a GPG passphrase on the terminal).
enum class Stderr { discard, inherit };

// argv[0] is looked up in PATH. Errors (ErrorCode::not_found) only when it cannot be started.
Result<Output> run_program(const std::vector<std::string>& argv,
                           Stderr stderr_to = Stderr::discard);

} // namespace mailclerk
