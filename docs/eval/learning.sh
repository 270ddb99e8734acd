#!/bin/bash
# Does reviewing the seeds improve the suggestions on the held-out set? Scores the packaged jar's
# held-out suggestions three ways, each in a fresh database holding the held-out articles:
#   none      nothing reviewed (as in score-both.sh);
#   accepted  the seeds with every suggestion accepted (the engines' own output, unchanged);
#   reviewed  the seeds as reviewed to the gold (docs/eval/seeds-gold*.jsonl: accepts, fixes, additions).
# The learned engine reads those decisions; the held-out articles' suggestions are then re-scored.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd); J=$ROOT/target/goldset.jar; E=$ROOT/docs/eval; W=${TMPDIR:-/tmp}/goldset-learning
mkdir -p $W && cd $W && rm -f ./*.db* ./*.jsonl
java -jar $J import --db seeds.db $ROOT/seeds > /dev/null 2>&1
java -Xmx3g -jar $J suggest --db seeds.db > /dev/null 2>&1
java -jar $J export --db seeds.db --all-documents --include-pending --out seeds-suggested.jsonl 2>/dev/null
python3 - seeds-suggested.jsonl seeds-accepted.jsonl <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as target:
    for line in source:
        document = json.loads(line)
        for item in document["entities"] + document["events"]:
            item["status"] = "ACCEPTED"
        document["status"] = "DONE"
        target.write(json.dumps(document, ensure_ascii=False) + "\n")
PY
python3 - $E/seeds-gold-events.jsonl seeds-reviewed.jsonl <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as target:
    for line in open(sys.argv[1], encoding="utf-8"):
        document = json.loads(line)
        document["status"] = "DONE"
        target.write(json.dumps(document, ensure_ascii=False) + "\n")
PY
for run in none accepted reviewed; do
  java -jar $J import --db $run.db $E/heldout/*.txt > /dev/null 2>&1
  [ $run = none ] || java -jar $J import --db $run.db seeds-$run.jsonl > /dev/null
  java -Xmx3g -jar $J suggest --db $run.db > /dev/null 2>&1
  java -jar $J export --db $run.db --all-documents --include-pending --out $run.jsonl 2>/dev/null
  echo "== held-out after: $run"
  python3 $E/score.py $E/heldout-gold.jsonl $run.jsonl | grep -E "micro"
  python3 $E/score.py $E/heldout-gold.jsonl $run.jsonl --events | grep -E "triggers|arguments"
done
