#!/usr/bin/env python3
"""Writes a synthetic corpus in Goldset JSONL for scale runs: N articles, each made of one or two
paragraphs of the annotated seeds (docs/eval/seeds-gold-events.jsonl) with the entities, events and
arguments that lie inside them, plus a line "Article k" that makes every text unique. Offsets are
code points. About 20 annotations an article, so 100,000 articles carry about 2 million.

Usage: scale-corpus.py OUT.jsonl N [--plain]   (--plain: texts only, no annotations)
"""
import json
import pathlib
import random
import sys

GOLD = pathlib.Path(__file__).with_name("seeds-gold-events.jsonl")


def paragraphs():
    """Each seed paragraph of 300+ characters with the annotations inside it, re-based to offset 0."""
    found = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        start = 0
        for chunk in text.split("\n\n"):
            end = start + len(chunk)
            if len(chunk) >= 300:
                entities = [e for e in doc["entities"] if start <= e["start"] and e["end"] <= end]
                ids = {e["id"] for e in entities}
                events = [ev for ev in doc.get("events", [])
                          if start <= ev["trigger"]["start"] and ev["trigger"]["end"] <= end
                          and all(a["entity"] in ids for a in ev["arguments"])]
                found.append((chunk, start, entities, events))
            start = end + 2
    return found


def article(k, parts, plain):
    header = f"Article {k}\n\n"
    text = header
    entities, events = [], []
    for chunk, base, chunk_entities, chunk_events in parts:
        shift = len(text) - base
        prefix = f"p{len(text)}_"
        for e in chunk_entities:
            entities.append({"id": prefix + e["id"], "start": e["start"] + shift, "end": e["end"] + shift,
                             "label": e["label"]})
        for ev in chunk_events:
            events.append({"id": prefix + ev["id"], "type": ev["type"],
                           "trigger": {"start": ev["trigger"]["start"] + shift, "end": ev["trigger"]["end"] + shift},
                           "arguments": [{"role": a["role"], "entity": prefix + a["entity"]}
                                         for a in ev["arguments"]]})
        text += chunk + "\n\n"
    document = {"id": f"synthetic-{k:06d}", "title": f"Article {k}", "text": text, "offsets": "codepoints"}
    if not plain:
        document["entities"] = entities
        document["events"] = events
    return document


def main():
    out, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    plain = "--plain" in sys.argv
    pool = paragraphs()
    rng = random.Random(42)
    with out.open("w", encoding="utf-8") as file:
        for k in range(count):
            parts = rng.sample(pool, rng.choice([1, 2]))
            file.write(json.dumps(article(k, parts, plain), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
