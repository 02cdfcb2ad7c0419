#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# test_kill9.sh with every file put in place by link() + unlink() (MAILCLERK_FILING=link), the
# mode of an archive root on NFS, SMB/CIFS or CephFS (issue 23): kill -9 in the middle of an
# import loses nothing and files nothing twice in that mode either.
export MAILCLERK_FILING=link
# Four rounds still cover every worker setting (round % 3); the other four would prove again what
# test_kill9.sh proves for the rest of the pipeline, at a minute of CI each run.
export KILL9_ROUNDS=${KILL9_ROUNDS:-4}
exec bash "$(dirname "$0")/test_kill9.sh"
