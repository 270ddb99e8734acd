#!/bin/bash
# The REST API on a big corpus: pages of GET /api/v1/documents at the start, middle and end of N
# annotated articles, and one article's JSON, against SQLite answering the same page directly.
# Usage: bash docs/eval/api-bench.sh [N]   (after ./mvnw package -DskipTests; default N = 40000)
set -e
N=${1:-40000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd); J=$ROOT/target/goldset.jar; W=${TMPDIR:-/tmp}/goldset-api; PORT=18089
mkdir -p "$W" && cd "$W"
[ -f corpus-$N.jsonl ] || python3 "$ROOT/docs/eval/scale-corpus.py" corpus-$N.jsonl "$N"
rm -f api.db*
java -jar "$J" import --db api.db corpus-$N.jsonl > /dev/null 2>&1
echo "a long enough password" | java -jar "$J" user add --db api.db --name bench --role admin --password-stdin > /dev/null
TOKEN=$(java -jar "$J" user token --db api.db --name bench --label bench 2>/dev/null | tail -1)
java -jar "$J" --goldset.db=api.db --server.port=$PORT --goldset.seeds.enabled=false > server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
API=http://127.0.0.1:$PORT/api/v1
for _ in $(seq 120); do curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/documents?limit=1" && break; sleep 1; done

# Median of 7 timed requests (after one warm-up), in milliseconds.
median() {
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$1"
  for _ in $(seq 7); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$1"; done \
    | sort -n | sed -n 4p | awk '{printf "%.1f", $1 * 1000}'
}
raw() {
  python3 - "$1" <<'EOF'
import sqlite3, sys, time, statistics
db = sqlite3.connect("api.db"); times = []
for _ in range(8):
    start = time.perf_counter()
    db.execute("SELECT id, external_id, title, status FROM document ORDER BY id LIMIT 50 OFFSET ?", (int(sys.argv[1]),)).fetchall()
    times.append(time.perf_counter() - start)
print(f"{statistics.median(times[1:]) * 1000:.2f}")
EOF
}
LAST=$((N - 50)); MIDDLE=$((N / 2))
echo "| request, $N articles | Goldset API (ms, median of 7) | SQLite, same page (ms) |"
echo "|---|---|---|"
for OFFSET in 0 $MIDDLE $LAST; do
  echo "| GET /documents?offset=$OFFSET&limit=50 | $(median "$API/documents?offset=$OFFSET&limit=50") | $(raw $OFFSET) |"
done
ID=$(python3 -c "import sqlite3; print(sqlite3.connect('api.db').execute('SELECT max(id) FROM document').fetchone()[0])")
echo "| GET /documents/$ID (the last article, with its annotations) | $(median "$API/documents/$ID") | |"
echo "| GET /documents?search=Soleimani&limit=50 (full text) | $(median "$API/documents?search=Soleimani&limit=50") | |"
