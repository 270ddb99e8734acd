#!/usr/bin/env python3
"""Measures how long other processes hold a SQLite database's write lock.

Every few milliseconds it tries BEGIN IMMEDIATE with no busy wait; the longest unbroken run of
refusals is the longest time a writer (an import, say) kept everyone else from writing. Reads are
not measured: in WAL mode they never wait.

    python3 docs/eval/write-lock-probe.py DB --seconds 120   # while an import runs beside it
"""
import argparse
import sqlite3
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--every", type=float, default=0.005, help="seconds between attempts")
    args = parser.parse_args()
    connection = sqlite3.connect(args.db, timeout=0, isolation_level=None)
    end = time.monotonic() + args.seconds
    blocked_since = None
    longest = 0.0
    blocked_total = 0.0
    windows = 0
    while time.monotonic() < end:
        now = time.monotonic()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            if blocked_since is not None:
                longest = max(longest, now - blocked_since)
                blocked_total += now - blocked_since
                windows += 1
                blocked_since = None
        except sqlite3.OperationalError:
            if blocked_since is None:
                blocked_since = now
        time.sleep(args.every)
    if blocked_since is not None:
        longest = max(longest, time.monotonic() - blocked_since)
        blocked_total += time.monotonic() - blocked_since
        windows += 1
    print(f"write lock held by others: longest {longest:.2f} s, {windows} time(s), {blocked_total:.2f} s in all")


if __name__ == "__main__":
    main()
