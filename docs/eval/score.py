#!/usr/bin/env python3
"""Strict entity scores of a Goldset export against a gold JSONL file.

Usage: score.py GOLD.jsonl PREDICTED.jsonl [--statuses PENDING,ACCEPTED] [--errors]

Both files are Goldset native JSONL (offsets in Unicode code points, as Python counts them). A
predicted entity counts as correct only with exactly the gold start, end and label. Documents are
matched by id; predicted documents missing from the gold are ignored. Prints a Markdown table of
precision, recall and F1 per label and micro-averaged; --errors also lists every miss.
Standard library only, independent of Goldset's own code, so it also checks Goldset's offsets.
"""
import argparse
import collections
import json


def load(path, statuses=None):
    documents = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            document = json.loads(line)
            if document.get("offsets", "codepoints") != "codepoints":
                raise SystemExit(f"{path}:{number}: offsets are not code points")
            text = document["text"]
            spans = set()
            for entity in document.get("entities", []):
                if statuses and entity.get("status", "ACCEPTED") not in statuses:
                    continue
                if "text" in entity and text[entity["start"]:entity["end"]] != entity["text"]:
                    raise SystemExit(f"{path}:{number}: entity {entity['id']} text does not match its offsets")
                spans.add((entity["start"], entity["end"], entity["label"]))
            documents[document["id"]] = (text, spans)
    return documents


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("predicted")
    parser.add_argument("--statuses", default="PENDING,ACCEPTED",
                        help="predicted statuses that count (default: PENDING,ACCEPTED)")
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    gold = load(args.gold)
    predicted = load(args.predicted, set(args.statuses.split(",")))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for doc_id, (text, gold_spans) in gold.items():
        predicted_spans = predicted.get(doc_id, ("", set()))[1]
        for span in predicted_spans:
            if span in gold_spans:
                tp[span[2]] += 1
            else:
                fp[span[2]] += 1
                errors.append(("false positive", doc_id, span[2], text[span[0]:span[1]]))
        for span in gold_spans - predicted_spans:
            fn[span[2]] += 1
            errors.append(("missed", doc_id, span[2], text[span[0]:span[1]]))

    def row(name, t, f, n):
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {t + n} | {t + f} |"

    print("| label | precision | recall | F1 | gold | predicted |")
    print("|---|---|---|---|---|---|")
    for label in sorted(set(tp) | set(fp) | set(fn)):
        print(row(label, tp[label], fp[label], fn[label]))
    print(row("**micro**", sum(tp.values()), sum(fp.values()), sum(fn.values())))
    if args.errors:
        for kind, doc_id, label, covered in sorted(errors, key=lambda e: (e[2], e[0], e[3])):
            print(f"{kind:15s} {label:13s} {doc_id}  {covered!r}")


if __name__ == "__main__":
    main()
