#!/usr/bin/env python3
"""Goldset at scale against the raw database, side by side in one run (issue 12's benchmark).

Builds the synthetic corpus (scale-corpus.py) of N articles, then for each pair runs the raw
equivalent and Goldset's packaged jar on the same data and prints the times and their ratio:

  import    Python sqlite3 inserting the same rows (documents, metadata, entities, events, event
            attributes and arguments, one decision row per annotation) in one transaction, into a
            database made by Goldset's own Flyway migrations  vs  `goldset import`
  export    `sqlite3 -json` dumping the same rows  vs  `goldset export --format jsonl`
  start     `goldset help`, and `goldset export` of a one-document database

Goldset's times are given whole and as a marginal cost (minus the same command on one document),
since a JVM and a Spring context start once per command whatever the corpus size.

Usage: python3 docs/eval/scale-bench.py N [--jar target/goldset.jar] [--work /tmp/goldset-scale]
Build the jar first: ./mvnw -q package -DskipTests
"""
import argparse
import json
import pathlib
import sqlite3
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
MIGRATIONS = HERE.parent.parent / "src" / "main" / "resources" / "db" / "migration" / "sqlite"


def run(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed


def corpus(work, count, plain=False):
    path = work / f"corpus-{count}{'-plain' if plain else ''}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "scale-corpus.py"), str(path), str(count)]
                       + (["--plain"] if plain else []), check=True)
    return path


def empty_database(path):
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    for migration in sorted(MIGRATIONS.glob("V*.sql"), key=lambda p: int(p.name[1:].split("__")[0])):
        connection.executescript(migration.read_text(encoding="utf-8"))
    connection.commit()
    return connection


def raw_import(jsonl, database):
    """The same rows Goldset writes for an import, straight into SQLite: the floor for `goldset import`."""
    connection = empty_database(database)
    start = time.perf_counter()
    now = "2026-01-01T00:00:00Z"
    document_id = mention_id = event_id = argument_id = 0
    with connection:
        with jsonl.open(encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                document_id += 1
                text = doc["text"]
                connection.execute(
                    "INSERT INTO document (id, external_id, title, text, text_hash, text_length, source_file, status,"
                    " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'NEW', ?)",
                    (document_id, doc["id"], doc.get("title", ""), text, f"h{document_id}", len(text), str(jsonl), now))
                ids = {}
                mentions, decisions = [], []
                for entity in doc.get("entities", []):
                    mention_id += 1
                    ids[entity["id"]] = mention_id
                    mentions.append((mention_id, document_id, entity["id"], entity["start"], entity["end"],
                                     entity["label"], now))
                    decisions.append((now, "import", document_id, "ENTITY", mention_id, "CREATE", json.dumps(
                        {"start": entity["start"], "end": entity["end"], "label": entity["label"],
                         "status": "ACCEPTED", "decided_by": None, "decided_at": None, "origin": "IMPORTED",
                         "canonical_name": None, "kb_id": None})))
                connection.executemany(
                    "INSERT INTO entity_mention (id, document_id, external_id, start_offset, end_offset, label, status,"
                    " origin_kind, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACCEPTED', 'IMPORTED', ?)", mentions)
                events, arguments = [], []
                for event in doc.get("events", []):
                    event_id += 1
                    events.append((event_id, document_id, event["id"], event["type"], event["trigger"]["start"],
                                   event["trigger"]["end"], now))
                    for argument in event["arguments"]:
                        argument_id += 1
                        arguments.append((argument_id, event_id, argument["role"], ids[argument["entity"]], now))
                    decisions.append((now, "import", document_id, "EVENT", event_id, "CREATE", json.dumps(
                        {"type": event["type"], "trigger_start": event["trigger"]["start"],
                         "trigger_end": event["trigger"]["end"], "status": "ACCEPTED", "decided_by": None,
                         "decided_at": None, "origin": "IMPORTED", "attributes": {},
                         "arguments": [{"role": a["role"], "entity_mention_id": ids[a["entity"]],
                                        "status": "ACCEPTED"} for a in event["arguments"]]})))
                connection.executemany(
                    "INSERT INTO event (id, document_id, external_id, event_type, trigger_start, trigger_end, status,"
                    " origin_kind, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACCEPTED', 'IMPORTED', ?)", events)
                connection.executemany(
                    "INSERT INTO event_argument (id, event_id, role, entity_mention_id, status, origin_kind, created_at)"
                    " VALUES (?, ?, ?, ?, 'ACCEPTED', 'IMPORTED', ?)", arguments)
                connection.executemany(
                    "INSERT INTO decision (decided_at, actor, document_id, target_kind, target_id, action, after_state)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)", decisions)
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def raw_export(database, out):
    """Every document with its entities, events and arguments as JSON, by the sqlite3 shell."""
    query = ("SELECT d.id, d.external_id, d.title, d.text,"
             " (SELECT json_group_array(json_object('id', m.id, 'start', m.start_offset, 'end', m.end_offset,"
             "  'label', m.label, 'status', m.status)) FROM entity_mention m WHERE m.document_id = d.id) AS entities,"
             " (SELECT json_group_array(json_object('id', e.id, 'type', e.event_type, 'start', e.trigger_start,"
             "  'end', e.trigger_end, 'arguments', (SELECT json_group_array(json_object('role', a.role,"
             "  'entity', a.entity_mention_id)) FROM event_argument a WHERE a.event_id = e.id)))"
             "  FROM event e WHERE e.document_id = d.id) AS events"
             " FROM document d ORDER BY d.id;")
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as file:
        subprocess.run(["sqlite3", "-json", str(database), query], stdout=file, check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("--jar", default="target/goldset.jar")
    parser.add_argument("--work", default="/tmp/goldset-scale")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    java = ["java", "-jar", args.jar]
    big, one = corpus(work, args.count), corpus(work, 1)
    plain = corpus(work, args.count, plain=True)
    rows = []

    def goldset_import(jsonl, name):
        database = work / name
        database.unlink(missing_ok=True)
        return run(java + ["import", "--db", str(database), str(jsonl)]), database

    tiny_import, tiny_db = goldset_import(one, "one.db")
    for label, jsonl, name in (("import, annotated", big, "goldset.db"), ("import, texts only", plain, "plain.db")):
        raw = raw_import(jsonl, work / ("raw-" + name))
        whole, _ = goldset_import(jsonl, name)
        rows.append((label, raw, whole, whole - tiny_import))

    tiny_export = run(java + ["export", "--db", str(tiny_db), "--all-documents", "--out", str(work / "one.out")])
    raw = raw_export(work / "raw-goldset.db", work / "raw-export.json")
    whole = run(java + ["export", "--db", str(work / "goldset.db"), "--all-documents", "--out", str(work / "export.jsonl")])
    rows.append(("export, annotated", raw, whole, whole - tiny_export))

    help_time = run(java + ["help"])
    print(f"# {args.count} articles, {sum(1 for _ in big.open())} lines; times in seconds\n")
    print("| work | raw | Goldset | Goldset marginal | ratio (marginal) |")
    print("|---|---|---|---|---|")
    for label, raw, whole, marginal in rows:
        print(f"| {label} | {raw:.1f} | {whole:.1f} | {marginal:.1f} | {marginal / raw:.2f}× |")
    print(f"| `goldset help` | | {help_time:.1f} | | |")
    print(f"| `goldset export`, one document | | {tiny_export:.1f} | | |")
    print(f"| `goldset import`, one document | | {tiny_import:.1f} | | |")


if __name__ == "__main__":
    main()
