#!/usr/bin/env python3
"""Writes a second analyst's version of a Goldset JSONL file, for curation and agreement runs: every
5th entity that fills no argument relabelled (PERSON <-> ORGANIZATION, anything else -> LOCATION, so
no role's entity types are broken), every 7th left out with the arguments it filled, every 3rd span
ended one code point early when it is longer than three.
Offsets are code points.

Usage: perturb-layer.py IN.jsonl OUT.jsonl
"""
import json
import sys


def perturb(doc):
    kept, dropped = [], set()
    fillers = {a["entity"] for event in doc.get("events", []) for a in event.get("arguments", [])}
    for n, entity in enumerate(doc.get("entities", [])):
        if n % 7 == 6:
            dropped.add(entity["id"])
            continue
        entity = dict(entity)
        if n % 5 == 4 and entity["id"] not in fillers:
            entity["label"] = {"PERSON": "ORGANIZATION", "ORGANIZATION": "PERSON"}.get(entity["label"], "LOCATION")
        if n % 3 == 2 and entity["end"] - entity["start"] > 3:
            entity["end"] -= 1
        entity.pop("text", None)
        kept.append(entity)
    doc["entities"] = kept
    for event in doc.get("events", []):
        event["arguments"] = [a for a in event.get("arguments", []) if a["entity"] not in dropped]
    return doc


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(perturb(json.loads(line)), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
