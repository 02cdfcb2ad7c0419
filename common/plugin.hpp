#pragma once
// Our modules that hold a heavy C library (poppler and Tesseract, libcurl, libpq): each is a
// shared object of ours, dlopen'ed on first use, so that a command that never needs the
// library does not map it and its dependencies at start (issue 18: a lean start).
#include "common/result.hpp"

namespace mailclerk::plugin {

// Where a module is and what it exports.
struct Module {
    const char* file;  // "libmailclerk-readers.so"
    const char* env;   // a variable whose value, when set, is tried first ("MAILCLERK_READERS")
    const char* entry; // the extern "C" symbol it exports
    const char* what;  // what it holds, for the error ("the document readers (PDF, OCR)")
};

// Look for `module.file` in $`module.env`, beside the executable, in ../lib/mailclerk relative
// to it (the installed layout) and in this build's plugin folder; dlopen the first that loads
// (RTLD_NOW | RTLD_LOCAL, never closed: it lives as long as the process) and return the address of
// its entry point. Fails with ErrorCode::config naming what was tried. Not cached: call it once
// (std::call_once) per module.
Result<void*> load_entry(const Module& module);

} // namespace mailclerk::plugin
