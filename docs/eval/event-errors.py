#!/usr/bin/env python3
"""Explains event-scoring errors: why each gold argument was missed, and which triggers were missed
or invented. Offsets are code points (Python string indices), as in every Goldset file.

usage: event-errors.py GOLD.jsonl PREDICTED.jsonl [--only CATEGORY]

A missed gold argument falls in one of these categories:
  no trigger                 its event's trigger (span + type) was not predicted
  entity span/label missing  no predicted entity has its exact span (or the label differs)
  wrong role                 the entity is an argument of that trigger, in another role
  not linked                 trigger and entity were both predicted, but not connected
"""
import argparse
import collections
import json


def load(path):
    with open(path, encoding="utf-8") as lines:
        return {document["id"]: document for document in map(json.loads, lines)}


def sentence_of(text, start, end):
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last >= 0 else len(text)]


def arguments(document):
    entities = {entity["id"]: entity for entity in document["entities"]}
    for event in document["events"]:
        for argument in event["arguments"]:
            entity = entities[argument["entity"]]
            yield event, argument["role"], entity


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("predicted")
    parser.add_argument("--only", help="list only missed arguments of this category")
    args = parser.parse_args()
    gold, predicted = load(args.gold), load(args.predicted)
    categories = collections.Counter()
    missed_triggers, false_triggers = collections.Counter(), collections.Counter()
    listing = []
    for doc_id, g in gold.items():
        p = predicted.get(doc_id, {"entities": [], "events": []})
        text = g["text"]
        trigger_keys = {(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in p["events"]}
        gold_trigger_keys = {(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in g["events"]}
        entity_keys = {(e["start"], e["end"], e["label"]) for e in p["entities"]}
        linked = {(event["type"], role, e["start"], e["end"]) for event, role, e in arguments(p)}
        linked_any_role = {(event["trigger"]["start"], e["start"], e["end"]) for event, role, e in arguments(p)}
        for event, role, entity in arguments(g):
            trigger = event["trigger"]
            if (event["type"], role, entity["start"], entity["end"]) in linked:
                categories["found"] += 1
                continue
            if (trigger["start"], trigger["end"], event["type"]) not in trigger_keys:
                category = "no trigger"
            elif (entity["start"], entity["end"], entity["label"]) not in entity_keys:
                category = "entity span/label missing"
            elif (trigger["start"], entity["start"], entity["end"]) in linked_any_role:
                category = "wrong role"
            else:
                category = "not linked"
            categories[category] += 1
            listing.append((category, event["type"], role, text[entity["start"]:entity["end"]],
                            text[trigger["start"]:trigger["end"]], sentence_of(text, trigger["start"], trigger["end"])))
        for start, end, kind in gold_trigger_keys - trigger_keys:
            missed_triggers[(kind, text[start:end].lower())] += 1
        for start, end, kind in trigger_keys - gold_trigger_keys:
            false_triggers[(kind, text[start:end].lower())] += 1
    print("gold arguments:", dict(categories))
    for category, kind, role, entity, trigger, sentence in listing:
        if args.only in (None, category):
            print(f"{category:26s} {kind} {role} = {entity!r}  (trigger {trigger!r})\n    {sentence[:200]}")
    print("\nmissed triggers:", ", ".join(f"{k} {w!r}×{c}" for (k, w), c in missed_triggers.most_common()))
    print("invented triggers:", ", ".join(f"{k} {w!r}×{c}" for (k, w), c in false_triggers.most_common()))


if __name__ == "__main__":
    main()
