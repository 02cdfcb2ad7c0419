#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# test_kill9.sh with every file put in place by link() + unlink() (MAILCLERK_FILING=link), the
# mode of an archive root on NFS, SMB/CIFS or CephFS (issue 23): kill -9 in the middle of an
# import loses nothing and files nothing twice in that mode either.
export MAILCLERK_FILING=link
exec bash "$(dirname "$0")/test_kill9.sh"
