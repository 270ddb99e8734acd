#!/usr/bin/env python3
"""Strict entity scores of a Goldset export against a gold JSONL file.

Usage: score.py GOLD.jsonl PREDICTED.jsonl [--statuses PENDING,ACCEPTED] [--errors] [--events]

Both files are Goldset native JSONL (offsets in Unicode code points, as Python counts them). A
predicted entity counts as correct only with exactly the gold start, end and label. Documents are
matched by id; predicted documents missing from the gold are ignored. Prints a Markdown table of
precision, recall and F1 per label and micro-averaged; --errors also lists every miss. --events
scores events instead: triggers by span and type, arguments by event type, role and argument span.
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


def load_events(path, statuses=None):
    documents = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            document = json.loads(line)
            entities = {e["id"]: e for e in document.get("entities", [])}
            triggers, arguments, modalities = set(), set(), {}
            for event in document.get("events", []):
                if statuses and event.get("status", "ACCEPTED") not in statuses:
                    continue
                trigger = event["trigger"]
                triggers.add((trigger["start"], trigger["end"], event["type"]))
                modality = event.get("attributes", {}).get("modality", "asserted")
                modalities[(trigger["start"], trigger["end"], event["type"])] = modality
                for argument in event.get("arguments", []):
                    if statuses and argument.get("status", "ACCEPTED") not in statuses:
                        continue
                    entity = entities[argument["entity"]]
                    arguments.add((event["type"], argument["role"], entity["start"], entity["end"]))
            documents[document["id"]] = (triggers, arguments, modalities)
    return documents


def score_modality(gold, predicted):
    """Modality on the triggers both sides have: accuracy, and F1 of the events not told as asserted."""
    same = 0
    pairs = []
    for doc_id, sets in gold.items():
        other = predicted.get(doc_id, (set(), set(), {}))[2]
        for trigger, modality in sets[2].items():
            if trigger in other:
                pairs.append((modality, other[trigger]))
    same = sum(1 for g, p in pairs if g == p)
    tp = sum(1 for g, p in pairs if g != "asserted" and g == p)
    fp = sum(1 for g, p in pairs if p != "asserted" and g != p)
    fn = sum(1 for g, p in pairs if g != "asserted" and g != p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = same / len(pairs) if pairs else 0.0
    print(f"| modality, not asserted (on matched triggers; accuracy {accuracy:.3f} of {len(pairs)}) "
          f"| {precision:.3f} | {recall:.3f} | {f1:.3f} | {tp + fn} | {tp + fp} |")


def score_events(args):
    gold = load_events(args.gold)
    predicted = load_events(args.predicted, set(args.statuses.split(",")))
    print("| events | precision | recall | F1 | gold | predicted |")
    print("|---|---|---|---|---|---|")
    for name, index in (("triggers (span + type)", 0), ("arguments (type + role + span)", 1)):
        tp = fp = fn = 0
        for doc_id, sets in gold.items():
            g = sets[index]
            p = predicted.get(doc_id, (set(), set(), {}))[index]
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {tp + fn} | {tp + fp} |")
    score_modality(gold, predicted)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("predicted")
    parser.add_argument("--statuses", default="PENDING,ACCEPTED",
                        help="predicted statuses that count (default: PENDING,ACCEPTED)")
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    parser.add_argument("--events", action="store_true", help="score events instead of entities")
    args = parser.parse_args()
    if args.events:
        score_events(args)
        return
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
