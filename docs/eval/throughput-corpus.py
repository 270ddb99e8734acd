#!/usr/bin/env python3
"""Writes a larger corpus for throughput runs: each seed article N times, each copy made unique by a
first line "Copy k" (Goldset skips texts it already has). Usage: throughput-corpus.py SEEDS OUT N"""
import pathlib
import sys

seeds, out, copies = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
for seed in sorted(seeds.glob("*.txt")):
    text = seed.read_text(encoding="utf-8")
    for k in range(copies):
        (out / f"{seed.stem}-{k:03d}.txt").write_text(f"Copy {k}\n{text}", encoding="utf-8")
