#!/usr/bin/env bash
# Measures the monitoring export's memory at one team size: EVENTS events (bench/seed-casework.sql,
# an act and a count each, 500 reports) exported whole as CSV and as JSON, one request each, by the
# application under a small heap (HEAP, 256m by default) on a local PostgreSQL. The heap is sampled
# every 100 ms by jstat during each export: the old generation after a full collection just before
# it, the highest old generation during it, and the highest heap in use (young and old). A streamed
# export keeps these the same at every size. Run once per size (EVENTS=5000, 20000, 50000);
# docs/benchmarks.md records a run. Needs: postgresql, JDK 17 (jcmd, jstat). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${EVENTS:-5000}
export HEAP=${HEAP:-256m}
. bench/common.sh

team=$(api "${admin}" -X POST "${base}/api/offices" -d '{"code":"BNM","name":"Bench BNM","type":"MONITORING_TEAM"}' \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
echo "== Seeding ${events} events =="
sql -q -v events="${events}" -v reports=500 -f bench/seed-casework.sql 2>&1 | grep -v "only superuser can analyze" || true
# The application counts the seeded events when it starts, as after an upgrade.
restart_app
for _ in $(seq 1 1800); do
  [ "$(sql -Atc "SELECT count(*) FROM monitoring_event WHERE count_stale")" = 0 ] && break
  sleep 1
done
api "${admin}" -X POST "${base}/api/users" -d "{\"username\":\"bench-monitor\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${team}\",\"roles\":[\"MONITOR\"]}]}" > /dev/null
approve_all
monitor=$(token bench-monitor "${admin_password}")

# jstat -gc columns: S0U $3, S1U $4, EU $6, OU $8 (KiB).
for format in csv json; do
  jcmd ${app} GC.run > /dev/null
  sleep 1
  settled=$(jstat -gc ${app} | tail -n 1 | awk '{printf "%d", $8 / 1024}')
  jstat -gc ${app} 100 > target/export-memory.samples &
  sampler=$!
  result=$(curl -sf -o /dev/null -w "%{time_total} s, %{size_download} bytes" -H "Authorization: Bearer ${monitor}" \
    "${base}/api/monitoring/export?format=${format}")
  sleep 0.3
  kill ${sampler}
  wait ${sampler} 2>/dev/null || true
  peaks=$(awk '$1 ~ /^[0-9.]+$/ { old = $8; used = $3 + $4 + $6 + $8; if (old > o) o = old; if (used > u) u = used }
    END { printf "old generation at most %d MiB, heap in use at most %d MiB", o / 1024, u / 1024 }' target/export-memory.samples)
  echo "${events} events as ${format}: ${result}; old generation settled at ${settled} MiB before; ${peaks} (heap limit ${HEAP})"
done
ps -o rss= -p ${app} | awk '{printf "application resident memory: %d MiB\n", $1/1024}'
