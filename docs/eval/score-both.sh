#!/bin/bash
# Scores the packaged jar's suggestions on the seeds and the held-out set, side by side.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd); J=$ROOT/target/goldset.jar; E=$ROOT/docs/eval; W=${TMPDIR:-/tmp}/goldset-score; mkdir -p $W
cd $W && rm -f s2.db* h2.db*
java -jar $J import --db s2.db $ROOT/seeds > /dev/null 2>&1
java -jar $J import --db h2.db $E/heldout/*.txt > /dev/null 2>&1
java -Xmx3g -jar $J suggest --db s2.db > /dev/null 2>&1
java -Xmx3g -jar $J suggest --db h2.db > /dev/null 2>&1
java -jar $J export --db s2.db --all-documents --include-pending --out s2.jsonl 2>/dev/null
java -jar $J export --db h2.db --all-documents --include-pending --out h2.jsonl 2>/dev/null
echo "== seeds"; python3 $E/score.py $E/seeds-gold.jsonl s2.jsonl; python3 $E/score.py $E/seeds-gold-events.jsonl s2.jsonl --events
echo "== held-out"; python3 $E/score.py $E/heldout-gold.jsonl h2.jsonl; python3 $E/score.py $E/heldout-gold.jsonl h2.jsonl --events
