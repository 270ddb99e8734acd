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

# In the seeds' own domain: review four seeds, score the fifth (each seed once), against the same
# five scored with nothing reviewed. Micro-averaged over the five folds.
python3 - $E/seeds-gold-events.jsonl <<'PY'
import json, sys
documents = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for k, held in enumerate(documents):
    with open(f"fold{k}-reviewed.jsonl", "w", encoding="utf-8") as target:
        for document in documents:
            if document is not held:
                target.write(json.dumps(dict(document, status="DONE"), ensure_ascii=False) + "\n")
    with open(f"fold{k}-text.jsonl", "w", encoding="utf-8") as target:
        target.write(json.dumps({"id": held["id"], "text": held["text"]}, ensure_ascii=False) + "\n")
PY
for k in 0 1 2 3 4; do
  java -jar $J import --db fold$k.db fold$k-reviewed.jsonl fold$k-text.jsonl > /dev/null 2>&1
  java -Xmx3g -jar $J suggest --db fold$k.db > /dev/null 2>&1
  java -jar $J export --db fold$k.db --all-documents --include-pending --out fold$k-all.jsonl 2>/dev/null
  python3 -c "import json,sys; [print(l, end='') for l in open('fold$k-all.jsonl') if json.loads(l)['id'] == json.loads(open('fold$k-text.jsonl').readline())['id']]" > fold$k.jsonl
done
cat fold?.jsonl > folds.jsonl
java -jar $J import --db plain.db fold?-text.jsonl > /dev/null 2>&1
java -Xmx3g -jar $J suggest --db plain.db > /dev/null 2>&1
java -jar $J export --db plain.db --all-documents --include-pending --out plain.jsonl 2>/dev/null
echo "== seeds, each scored with nothing reviewed"
python3 $E/score.py $E/seeds-gold.jsonl plain.jsonl | grep -E "micro"
python3 $E/score.py $E/seeds-gold-events.jsonl plain.jsonl --events | grep -E "triggers|arguments"
echo "== seeds, each scored after the other four were reviewed"
python3 $E/score.py $E/seeds-gold.jsonl folds.jsonl | grep -E "micro"
python3 $E/score.py $E/seeds-gold-events.jsonl folds.jsonl --events | grep -E "triggers|arguments"
