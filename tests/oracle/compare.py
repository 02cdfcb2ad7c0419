#!/usr/bin/env python3
"""compare.py MAILCLERK PATH... — check `mailclerk inspect --json` against Python's `email`.

Python's standard library parser (policy.default) is the independent oracle. For every message
file under the given paths (files, or directories searched for */messages/* and tests/data
messages) both parsers read the same bytes and these fields are compared:

  subject            decoded Subject
  from_addr/from_name, to_addr/to_name, cc_addr/cc_name
                     addr-specs and decoded display names, in order, all headers of the name
  message_id         Message-ID without angle brackets
  attachment_names   decoded file names of every named leaf part (message/rfc822 and
                     message/global not descended; other message/* parts, such as
                     message/delivery-status, are leaves as in MIME, though Python splits them)
  attachment_sizes   decoded sizes of those parts

Normalisations applied to both sides (each is a documented choice, see docs/fidelity.md):
whitespace runs collapse to one space and ends are trimmed; a display name equal to the address
counts as no name; a field where Python's value holds lone surrogates or U+FFFD (bytes it could
not decode) while mailclerk's does not is listed but not compared; where policy.default gives no display name for the legacy `addr (Name)` form,
the name Python's own email.utils.getaddresses reads from the comment is used (counted in the
report); attachments mailclerk *derived* (TNEF contents, uuencoded blocks) are compared
as their container would be, so only parts present in the MIME tree are compared.

Prints agreement per field and every disagreement; exits 1 when fewer than --threshold percent of
the compared fields agree, or fewer than --message-threshold percent of the compared messages
agree in every field (both default 99.5), 2 on usage errors.
"""
import argparse
import concurrent.futures
import email
import email.generator
import email.policy
import io
import email.utils
import json
import os
import re
import subprocess
import sys
import tempfile

FIELDS = ["subject", "from_addr", "from_name", "to_addr", "to_name", "cc_addr", "cc_name",
          "message_id", "attachment_names", "attachment_sizes"]


def squash(text):
    # NUL bytes: Python keeps them in header values, mailclerk drops them (docs/fidelity.md).
    return re.sub(r"\s+", " ", (text or "").replace("\0", "")).strip()


def message_files(paths):
    files = []
    for path in paths:
        if os.path.isfile(path):
            files.append(path)
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            parts = root.split(os.sep)
            # Fixture layout: <source>/messages/*; tests/data keeps messages as *.eml anywhere.
            for name in sorted(names):
                if "messages" in parts or name.endswith(".eml"):
                    files.append(os.path.join(root, name))
    return files


# ---- the oracle side ---------------------------------------------------------------------------

LEGACY_NAMES_USED = []


def legacy_comment_names(raw_values):
    """Names Python's legacy API (compat32 + email.utils.getaddresses) reads from `addr (Name)`."""
    texts = [str(value) for value in raw_values if "(" in str(value)]
    if not texts:
        return {}
    return {addr: squash(name) for name, addr in email.utils.getaddresses(texts)
            if name and "=?" not in name}


def addresses(msg, legacy_msg, header, path=None):
    result = []
    legacy = legacy_comment_names(legacy_msg.get_all(header, []) or [])
    for value in msg.get_all(header, []) or []:
        for address in getattr(value, "addresses", ()):
            if not address.addr_spec or address.addr_spec == "<>":
                continue
            name = squash(address.display_name)
            if not name and legacy.get(address.addr_spec):
                # policy.default drops the RFC 822 comment; its legacy API and every mail
                # client show it as the name (docs/fidelity.md, "comment names").
                name = legacy[address.addr_spec]
                LEGACY_NAMES_USED.append((path, header, address.addr_spec, name))
            if name == address.addr_spec:
                name = ""
            result.append((address.addr_spec, name))
    return result


ATTACHED_MAIL = ("message/rfc822", "message/global")


def message_leaf_size(part):
    """Decoded size of a message/* part that is no attached mail (message/delivery-status, ...).

    Python splits its body into header blocks (a list payload); in MIME it is a leaf, so its
    size is that of the body Python writes back."""
    out = io.BytesIO()
    email.generator.BytesGenerator(out, mangle_from_=False,
                                   policy=part.policy.clone(linesep="\n")).flatten(part)
    flat = out.getvalue()
    return len(flat.split(b"\n\n", 1)[1]) if b"\n\n" in flat else 0


def walk_named_leaves(part, out):
    ctype = part.get_content_type()
    if ctype in ATTACHED_MAIL:
        return  # an attached mail is one file; mailclerk names it itself when unnamed
    if ctype == "message/external-body":
        return  # a pointer to a file elsewhere, no file (docs/fidelity.md)
    if part.get_content_maintype() == "message":
        name = part.get_filename()
        if name:
            out.append((squash(str(name)), message_leaf_size(part)))
        return
    if part.is_multipart():
        for child in part.get_payload():
            walk_named_leaves(child, out)
        return
    if part.get_content_maintype() == "multipart":
        return
    name = part.get_filename()
    if not name:
        return
    payload = part.get_payload(decode=True)
    out.append((squash(str(name)), len(payload or b"")))


def oracle(raw, path=None):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    legacy_msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    result = {}
    result["subject"] = squash(str(msg.get("subject", "") or ""))
    for header in ("from", "to", "cc"):
        pairs = addresses(msg, legacy_msg, header, path)
        result[header + "_addr"] = [a for a, _ in pairs]
        result[header + "_name"] = [n for _, n in pairs]
    mid = str(msg.get("message-id", "") or "")
    found = re.findall(r"<([^>]*)>", mid)
    result["message_id"] = found[0].strip() if found else squash(mid)
    leaves = []
    walk_named_leaves(msg, leaves)
    result["attachment_names"] = sorted(name for name, _ in leaves)
    result["attachment_sizes"] = sorted(size for _, size in leaves)
    return result


# ---- the mailclerk side ------------------------------------------------------------------------

def mailclerk_docs(binary, paths, home):
    """`inspect --json` on a chunk of files in one process: one JSON line per file, in order.
    A file mailclerk could not read gets an {"error": ...} line; a crash fails the whole chunk."""
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"))
    proc = subprocess.run([binary, "inspect", "--json", *paths], capture_output=True, env=env,
                          timeout=600)
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    if proc.returncode < 0 or len(lines) != len(paths):
        raise RuntimeError(f"inspect exited {proc.returncode} with {len(lines)} of {len(paths)} "
                           f"lines: {proc.stderr.decode()[-300:]}")
    return [json.loads(line) for line in lines]


def mailclerk_view(doc):
    if "error" in doc:
        raise RuntimeError(f"inspect failed: {doc['error']}")
    result = {"subject": squash(doc["subject"]), "message_id": doc["message_id"].strip()}
    for header in ("from", "to", "cc"):
        pairs = [(a["address"], "" if squash(a["name"]) == a["address"] else squash(a["name"]))
                 for a in doc[header]]
        result[header + "_addr"] = [a for a, _ in pairs]
        result[header + "_name"] = [n for _, n in pairs]
    named = [a for a in doc["attachments"]
             if a["filename"] and a["content_type"] not in ATTACHED_MAIL
             and a.get("origin", "mime") == "mime"]
    result["attachment_names"] = sorted(squash(a["filename"]) for a in named)
    result["attachment_sizes"] = sorted(a["size"] for a in named)
    return result, doc


def python_gave_up(value):
    """Python marks bytes it could not decode: lone surrogates or U+FFFD."""
    if isinstance(value, list):
        return any(python_gave_up(item) for item in value)
    return isinstance(value, str) and any(0xD800 <= ord(c) <= 0xDFFF or c == "\ufffd"
                                          for c in value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mailclerk")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--threshold", type=float, default=99.5,
                        help="least share of compared fields that agree, percent")
    parser.add_argument("--message-threshold", type=float, default=99.5,
                        help="least share of compared messages whose every field agrees, percent")
    parser.add_argument("--json", help="write the per-message comparison here")
    args = parser.parse_args()

    files = message_files(args.paths)
    if not files:
        print("compare.py: no message files found", file=sys.stderr)
        return 2
    agree = {field: 0 for field in FIELDS}
    total = {field: 0 for field in FIELDS}
    disagreements, skipped, records, undecoded = [], [], [], []
    def view_chunk(chunk):
        try:
            docs = mailclerk_docs(args.mailclerk, chunk, home)
        except Exception as error:  # every file of the chunk: a disagreement on every field
            return [error] * len(chunk)
        views = []
        for doc in docs:
            try:
                views.append(mailclerk_view(doc))
            except Exception as error:
                views.append(error)
        return views

    def view_all(pool):
        # Chunks of 100 files: one process start per chunk, both cores busy.
        chunks = [files[i:i + 100] for i in range(0, len(files), 100)]
        for views in pool.map(view_chunk, chunks):
            yield from views

    with tempfile.TemporaryDirectory() as home, \
            concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        for path, viewed in zip(files, view_all(pool)):
            with open(path, "rb") as handle:
                raw = handle.read()
            try:
                if isinstance(viewed, Exception):
                    raise viewed
                mine, doc = viewed
            except Exception as error:  # a crash is a disagreement on every field
                for field in FIELDS:
                    total[field] += 1
                disagreements.append((path, "*", f"mailclerk failed: {error}", ""))
                continue
            if "malformed" in doc.get("flags", []):
                skipped.append((path, "mailclerk: not a message (flag malformed)"))
                continue
            try:
                theirs = oracle(raw, path)
            except Exception as error:
                skipped.append((path, f"python email raised {type(error).__name__}: {error}"))
                continue
            for field in FIELDS:
                if python_gave_up(theirs[field]) and not python_gave_up(mine[field]):
                    # Python kept raw bytes as lone surrogates or replaced them: it gave no
                    # decoding to compare with (docs/fidelity.md, "undecoded by Python").
                    undecoded.append((path, field, mine[field], theirs[field]))
                    continue
                total[field] += 1
                if mine[field] == theirs[field]:
                    agree[field] += 1
                else:
                    disagreements.append((path, field, mine[field], theirs[field]))
            records.append({"path": path, "mailclerk": mine, "python": theirs})

    all_agree, all_total = sum(agree.values()), sum(total.values())
    print(f"oracle: {len(files)} files, {len(files) - len(skipped)} compared, "
          f"{len(skipped)} not compared")
    for field in FIELDS:
        share = 100.0 * agree[field] / total[field] if total[field] else 100.0
        print(f"  {field:<18} {agree[field]:>5}/{total[field]:<5} {share:6.2f} %")
    overall = 100.0 * all_agree / all_total if all_total else 100.0
    print(f"  {'all fields':<18} {all_agree:>5}/{all_total:<5} {overall:6.2f} %")
    compared = len(files) - len(skipped)
    differing = len({path for path, *_ in disagreements})
    whole = 100.0 * (compared - differing) / compared if compared else 100.0
    print(f"  {'whole messages':<18} {compared - differing:>5}/{compared:<5} {whole:6.2f} %")
    print(f"  display names taken from RFC 822 comments (Python's legacy reading): "
          f"{len(LEGACY_NAMES_USED)}")
    print(f"  fields Python could not decode (surrogates, U+FFFD), not compared: "
          f"{len(undecoded)}")
    for path, field, mine, theirs in undecoded:
        print(f"undecoded by python: {path} [{field}]\n  mailclerk: {mine!r}\n"
              f"  python:    {theirs!r}")
    for path, reason in skipped:
        print(f"not compared: {path}: {reason}")
    for path, field, mine, theirs in disagreements:
        print(f"DIFF {path} [{field}]\n  mailclerk: {mine!r}\n  python:    {theirs!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(records, handle, indent=1)  # ASCII: Python may hold lone surrogates
    if overall < args.threshold:
        print(f"oracle: agreement {overall:.2f} % is below {args.threshold} %", file=sys.stderr)
        return 1
    if whole < args.message_threshold:
        print(f"oracle: {whole:.2f} % of messages agree in every field, below "
              f"{args.message_threshold} %", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
