#!/usr/bin/env python3
"""Whole-process search latency of mailclerk, and of mu on the queries mu can answer.

    search_latency.py QUERIES --mailclerk BIN --config TOML [--mu-home DIR] [--csv FILE]

Each query runs once to warm the page cache, then once timed (wall clock of the whole process,
first page of 50). With --mu-home the mu-answerable queries (words, phrases, customer as its
domain, dates; not kind:, has:, direction:) also run through `mu find --maxnum 50`, and both
tools' full result counts are compared (mailclerk `total`, mu's line count without --maxnum).
"""
import argparse
import json
import re
import statistics
import subprocess
import sys
import time


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * (len(values) - 1) + 0.5))]


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return (time.perf_counter() - start) * 1000, proc


def mu_query(query):
    """mu's spelling of a benchmark query, or None when mu has no equivalent."""
    if re.search(r"\b(kind|has|direction):", query):
        return None
    def date(value, end):
        y, m, d = (value.split("-") + ["01", "01"])[:3]
        return f"{y}{m}{d}"
    query = re.sub(r"customer:c(\d+)", lambda m: f"(from:c{m.group(1)}-valves.com OR to:c{m.group(1)}-valves.com)", query)
    after = re.search(r"after:(\S+)", query)
    before = re.search(r"before:(\S+)", query)
    query = re.sub(r"(after|before):\S+", "", query)
    if after or before:
        lo = date(after.group(1), False) if after else ""
        # mu's upper bound is inclusive; ours is exclusive: stop one day earlier is close enough
        hi = date(before.group(1), True) if before else ""
        query += f" date:{lo}..{hi}"
    return " ".join(query.split())


def summary(name, values):
    return f"{name:<34} {statistics.median(values):8.1f} {pct(values, 0.95):8.1f} {max(values):8.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("queries")
    ap.add_argument("--mailclerk", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--mu-home")
    ap.add_argument("--csv")
    args = ap.parse_args()
    queries = [q for q in open(args.queries, encoding="utf-8").read().splitlines() if q]
    mc = lambda q, limit: [args.mailclerk, "-c", args.config, "search", "--json", "--limit", str(limit), "--", q]
    rows, mc_ms, mu_ms, mc_mu_ms = [], [], [], []
    for q in queries:
        timed(mc(q, 50))
        ms, proc = timed(mc(q, 50))
        if proc.returncode != 0:
            sys.exit(f"mailclerk failed on {q!r}: {proc.stderr.decode()}")
        total = json.loads(proc.stdout)["total"]
        mc_ms.append(ms)
        row = {"query": q, "mailclerk_total": total, "mailclerk_ms": round(ms, 1)}
        muq = mu_query(q) if args.mu_home else None
        if muq:
            mu = ["mu", "find", "--muhome", args.mu_home, "--fields", "i"]
            timed(mu + ["--maxnum", "50", muq])
            ms2, _ = timed(mu + ["--maxnum", "50", muq])
            count = subprocess.run(mu + [muq], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.count(b"\n")
            mu_ms.append(ms2)
            mc_mu_ms.append(ms)
            row.update({"mu_query": muq, "mu_total": count, "mu_ms": round(ms2, 1)})
        rows.append(row)
    print(f"{'whole process (ms)':<34} {'p50':>8} {'p95':>8} {'max':>8}")
    print(summary(f"mailclerk, all {len(mc_ms)} queries", mc_ms))
    if mu_ms:
        print(summary(f"mailclerk, {len(mu_ms)} mu-answerable", mc_mu_ms))
        print(summary(f"mu find, same {len(mu_ms)}", mu_ms))
        both = [r for r in rows if "mu_total" in r]
        fewer = [r for r in both if r["mu_total"] < r["mailclerk_total"]]
        print(f"mu found fewer messages than mailclerk on {len(fewer)} of {len(both)} queries; "
              f"sum of totals: mailclerk {sum(r['mailclerk_total'] for r in both)}, "
              f"mu {sum(r['mu_total'] for r in both)}")
    if args.csv:
        with open(args.csv, "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
