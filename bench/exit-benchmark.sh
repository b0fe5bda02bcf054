#!/usr/bin/env bash
# The exit format's round trip at the size of an office: 100,000 persons with a case each (states over
# the whole procedure, the event log, decisions) and a monitoring team of 50,000 events, on a local
# PostgreSQL. The organisation is exported with a purpose by the command of docs/exit-format.md, in a
# JVM whose heap is capped far below the file's size (so a reader or writer that held the data would
# fail), imported into a second, empty database with another master key, and exported again from
# there; the rows of both exports are compared. Time and peak resident memory of each command come
# from /usr/bin/time. Loopback only. docs/benchmarks.md records a run.
# Needs: postgresql, JDK 17, GNU time. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
per_office=${PER_OFFICE:-100000}
events=${EVENTS:-50000}
heap=${HEAP:-128m}
. bench/common.sh

office() { api "${admin}" -X POST "${base}/api/offices" \
  -d "{\"code\":\"$1\",\"name\":\"Bench $1\",\"type\":\"$2\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/'; }
office BNA MANDATE_OFFICE > /dev/null
echo "== Seeding ${per_office} persons, a case each, and a monitoring team's ${events} events =="
start=$(date +%s)
sql -q -v per_office="${per_office}" -f bench/seed-persons.sql
office BNM MONITORING_TEAM > /dev/null
sql -q -v events="${events}" -v reports=500 \
  -f bench/seed-casework.sql 2>&1 | grep -v "only superuser can analyze" || true
echo "seeded in $(( $(date +%s) - start )) s"
sql -Atc "SELECT 'persons: ' || count(*) FROM person; SELECT 'cases: ' || count(*) FROM procedure_case;
  SELECT 'case events: ' || count(*) FROM case_event; SELECT 'monitoring events: ' || count(*) FROM monitoring_event"

# The commands run with the application stopped, as an operator runs them.
kill ${app}; wait ${app} 2>/dev/null || true
jar=$(ls target/sanctuary-*.jar | head -n 1)
command() {
  /usr/bin/time -f "wall %e s, peak resident memory %M KiB, exit %x" \
    java -Xmx${heap} -jar "${jar}" --server.port=0 --server.address=127.0.0.1 --logging.level.root=WARN \
      --logging.level.org.sanctuary.exit=INFO "$@" > target/bench-exit-command.log 2>&1 || true
  grep -E "Exported|Imported|wall" target/bench-exit-command.log || true
  grep -q "exit 0" target/bench-exit-command.log || tail -n 40 target/bench-exit-command.log
}
rm -f target/bench-exit.jsonl target/bench-exit-again.jsonl target/bench-exit-target.key

echo "== Export, sealed fields included (-Xmx${heap}) =="
command --sanctuary.exit.export=target/bench-exit.jsonl --sanctuary.exit.purpose="benchmark of the exit format"
ls -l target/bench-exit.jsonl | awk '{printf "file: %.1f MiB, ", $5/1048576}'
echo "$(wc -l < target/bench-exit.jsonl) lines"

target_db=${db}_target
runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS ${target_db}" -c "CREATE DATABASE ${target_db} OWNER sanctuary_bench"
target() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${target_db}" command \
    --sanctuary.vault.master-key-file=target/bench-exit-target.key "$@"
}
echo "== Import into an empty installation with another master key (-Xmx${heap}) =="
target --sanctuary.exit.import=target/bench-exit.jsonl
echo "== Export again, from the new installation (-Xmx${heap}) =="
target --sanctuary.exit.export=target/bench-exit-again.jsonl --sanctuary.exit.purpose="benchmark: the way back"

rows() { grep '^{"record":"row"' "$1" | grep -v '"table":"organisation_\(export\|import\)"' | sha256sum | cut -c1-16; }
echo "rows of the first export:  $(rows target/bench-exit.jsonl)"
echo "rows of the second export: $(rows target/bench-exit-again.jsonl)"
runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS ${target_db}"
rm -f target/bench-exit.jsonl target/bench-exit-again.jsonl target/bench-exit-target.key
