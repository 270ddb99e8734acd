#!/usr/bin/env python3
"""Agreement between analysts' layers, computed independently of Goldset from its JSONL.

Input: `goldset export --all-layers --all-documents --format jsonl` (each document's gold line, then
one line per analyst's layer with its "annotator"). Output: the JSON of `goldset agreement --format
json --documents all` for the same layers, computed here from the definitions in
docs/decisions/018-agreement.md, so the two can be compared number by number (AgreementTest does).
Only what the export holds is compared: accepted annotations; offsets are code points, as Python's.

Usage: python3 docs/eval/agreement.py LAYERS.jsonl > agreement.json
"""
import json
import math
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations

JOINERS = "'’ʼ-"


def is_word_character(ch):
    return unicodedata.category(ch)[0] in "LMN"


def words(text):
    """Goldset's words: runs of letters, marks and digits; an apostrophe or hyphen between two runs joins them."""
    found, i = [], 0
    while i < len(text):
        if not is_word_character(text[i]):
            i += 1
            continue
        start = i
        while True:
            while i < len(text) and is_word_character(text[i]):
                i += 1
            if i + 1 < len(text) and text[i] in JOINERS and is_word_character(text[i + 1]):
                i += 1
                continue
            break
        found.append((start, i))
    return found


def rounded(value):
    """To four decimals, halves up, as Java's Math.round does."""
    return math.floor(value * 10000 + 0.5) / 10000


def units(line):
    entities_by_id = {e["id"]: e for e in line.get("entities", [])}
    entities = [(e["start"], e["end"], e["label"]) for e in line.get("entities", [])]
    triggers, arguments = set(), set()
    for event in line.get("events", []):
        trigger = (event["trigger"]["start"], event["trigger"]["end"], event["type"])
        triggers.add(trigger)
        for argument in event.get("arguments", []):
            filler = entities_by_id[argument["entity"]]
            arguments.add((trigger, argument["role"], filler["start"], filler["end"]))
    return entities, triggers, arguments


def bio(tokens, entities):
    tags = ["O"] * len(tokens)
    for start, end, label in sorted(set(entities), key=lambda e: (e[0] - e[1], e[0], e[2])):
        covered = [i for i, (s, e) in enumerate(tokens) if s < end and start < e]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


class Tally:
    def __init__(self):
        self.documents = 0
        self.characters = 0
        self.labels = defaultdict(Counter)  # label -> a, b, exact, overlap, both, one
        self.values = Counter()
        self.disagreements = 0
        self.tokens = 0
        self.agreeing = 0
        self.tags_a, self.tags_b = Counter(), Counter()
        self.counts = Counter()

    def add(self, text, a, b):
        self.documents += 1
        length = len(text)
        self.characters += length
        (ents_a, trig_a, args_a), (ents_b, trig_b, args_b) = a, b
        for label in sorted({e[2] for e in ents_a} | {e[2] for e in ents_b}):
            of_a = sorted({e for e in ents_a if e[2] == label})
            of_b = sorted({e for e in ents_b if e[2] == label})
            exact = set(of_a) & set(of_b)
            free_b = [e for e in of_b if e not in exact]
            overlap = 0
            for e in of_a:
                if e in exact:
                    continue
                for i, f in enumerate(free_b):
                    if f[0] < e[1] and e[0] < f[1]:
                        del free_b[i]
                        overlap += 1
                        break
            c = self.labels[label]
            c["a"] += len(of_a)
            c["b"] += len(of_b)
            c["exact"] += len(exact)
            c["overlap"] += len(exact) + overlap
            marks_a = set(i for s, e, l in ents_a if l == label for i in range(s, e))
            marks_b = set(i for s, e, l in ents_b if l == label for i in range(s, e))
            c["both"] += len(marks_a & marks_b)
            c["one"] += len(marks_a ^ marks_b)
        labels = sorted({e[2] for e in ents_a} | {e[2] for e in ents_b})
        for i in range(length):
            va = "+".join(l for l in labels if any(s <= i < e and el == l for s, e, el in ents_a)) or "O"
            vb = "+".join(l for l in labels if any(s <= i < e and el == l for s, e, el in ents_b)) or "O"
            self.values[va] += 1
            self.values[vb] += 1
            self.disagreements += va != vb
        tokens = words(text)
        ta, tb = bio(tokens, ents_a), bio(tokens, ents_b)
        self.tokens += len(tokens)
        self.agreeing += sum(x == y for x, y in zip(ta, tb))
        self.tags_a.update(ta)
        self.tags_b.update(tb)
        self.counts["trig_a"] += len(trig_a)
        self.counts["trig_b"] += len(trig_b)
        self.counts["trig_m"] += len(trig_a & trig_b)
        self.counts["arg_a"] += len(args_a)
        self.counts["arg_b"] += len(args_b)
        self.counts["arg_m"] += len(args_a & args_b)
        pos_a = {(t, r) for t, r, s, e in args_a}
        pos_b = {(t, r) for t, r, s, e in args_b}
        incomplete = {p for p in pos_a | pos_b if p[0] in trig_a and p[0] in trig_b and ((p in pos_a) != (p in pos_b))}
        self.counts["positions"] += len(pos_a | pos_b)
        self.counts["incomplete"] += len(incomplete)
        ca = {x for x in args_a if (x[0], x[1]) not in incomplete}
        cb = {x for x in args_b if (x[0], x[1]) not in incomplete}
        self.counts["carg_a"] += len(ca)
        self.counts["carg_b"] += len(cb)
        self.counts["carg_m"] += len(ca & cb)

    def merge(self, other):
        self.documents += other.documents
        self.characters += other.characters
        for label, c in other.labels.items():
            self.labels[label].update(c)
        self.values.update(other.values)
        self.disagreements += other.disagreements
        self.tokens += other.tokens
        self.agreeing += other.agreeing
        self.tags_a.update(other.tags_a)
        self.tags_b.update(other.tags_b)
        self.counts.update(other.counts)


def f1(m, a, b):
    return None if a + b == 0 else rounded(2 * m / (a + b))


def alpha(t, c):
    n = 2 * t.characters
    present = 2 * c["both"] + c["one"]
    absent = n - present
    return None if present == 0 or absent == 0 else rounded(1 - (n - 1) * c["one"] / (present * absent))


def figures(t):
    per_label = {}
    sums = Counter()
    for label in sorted(t.labels):
        c = t.labels[label]
        sums.update({k: c[k] for k in ("a", "b", "exact", "overlap")})
        per_label[label] = {"a": c["a"], "b": c["b"], "f1_exact": f1(c["exact"], c["a"], c["b"]),
                            "f1_overlap": f1(c["overlap"], c["a"], c["b"]), "alpha": alpha(t, c)}
    n = sum(t.values.values())
    expected = n * n - sum(v * v for v in t.values.values())
    overall_alpha = None if expected == 0 else rounded(1 - 2 * t.disagreements * (n - 1) / expected)
    kappa = None
    if t.tokens:
        po = t.agreeing / t.tokens
        pe = sum(t.tags_a[k] / t.tokens * t.tags_b.get(k, 0) / t.tokens for k in t.tags_a)
        kappa = None if pe == 1 else rounded((po - pe) / (1 - pe))
    k = t.counts
    return {"documents": t.documents,
            "entities": {"a": sums["a"], "b": sums["b"], "f1_exact": f1(sums["exact"], sums["a"], sums["b"]),
                         "f1_overlap": f1(sums["overlap"], sums["a"], sums["b"]), "alpha": overall_alpha,
                         "kappa": kappa, "tokens": t.tokens, "per_label": per_label},
            "triggers": {"a": k["trig_a"], "b": k["trig_b"], "f1": f1(k["trig_m"], k["trig_a"], k["trig_b"])},
            "arguments": {"a": k["arg_a"], "b": k["arg_b"], "f1": f1(k["arg_m"], k["arg_a"], k["arg_b"]),
                          "f1_complete": f1(k["carg_m"], k["carg_a"], k["carg_b"]),
                          "positions": k["positions"], "incomplete": k["incomplete"]}}


def main(path):
    layers = defaultdict(dict)  # document id -> annotator -> units
    texts = {}
    with open(path, encoding="utf-8") as lines:
        for raw in lines:
            line = json.loads(raw)
            texts[line["id"]] = line["text"]
            if "annotator" in line:
                layers[line["id"]][line["annotator"]] = units(line)
    pairs = {}
    for document, by_annotator in layers.items():
        for a, b in combinations(sorted(by_annotator), 2):
            pairs.setdefault((a, b), Tally()).add(texts[document], by_annotator[a], by_annotator[b])
    overall = Tally()
    result = {"documents": "all", "offsets": "code points", "pairs": []}
    for (a, b), tally in sorted(pairs.items()):
        overall.merge(tally)
        result["pairs"].append({"a": a, "b": b, **figures(tally)})
    result["overall"] = {**figures(overall), "pairs": len(pairs)}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
