#!/usr/bin/env bash
# Measures Sanctuary at registry scale on this machine: 1,000,000 persons in 10 offices of 100,000
# on a local PostgreSQL, the application on 127.0.0.1:8090, and wrk against the person endpoints.
# Every request loop is bounded in time and goes to loopback only. Writes results to stdout;
# docs/benchmarks.md records a run. Needs: postgresql, wrk, JDK 17. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
offices=${OFFICES:-10}
per_office=${PER_OFFICE:-100000}
duration=${DURATION:-20s}
. bench/common.sh
. bench/seed-registry.sh
officer=$(token bench-officer "${admin_password}")
person=$(sql -Atc \
  "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")

echo "== Query plans (office of 100,000) =="
sql <<SQL
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.id, p.reference FROM person p WHERE p.office_id IN ('${first_office}')
  AND p.id IN (SELECT n.person_id FROM person_name n WHERE n.office_id IN ('${first_office}') AND n.search_key LIKE 'gimyeong%' ESCAPE '\\')
  ORDER BY p.created_at DESC, p.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.id, p.reference FROM person p WHERE p.office_id IN ('${first_office}')
  ORDER BY p.created_at DESC, p.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, COSTS OFF) SELECT COUNT(*) FROM (SELECT 1 FROM person p WHERE p.office_id IN ('${first_office}') LIMIT 10001) c;
SQL

for target in \
  "/api/persons?size=20" \
  "/api/persons?size=20&page=4000" \
  "/api/persons?name=gimyeong&size=20" \
  "/api/persons?name=%EA%B9%80%EC%98%81&size=20" \
  "/api/persons?priority=true&size=20" \
  "/api/persons/${person}"; do
  echo "== wrk ${target} =="
  wrk -t2 -c8 -d"${duration}" --latency -H "Authorization: Bearer ${officer}" "${base}${target}" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
done

echo "== Audit chain verification over all entries =="
auditor_entries=$(sql -Atc "SELECT count(*) FROM audit_entry")
echo "audit entries: ${auditor_entries}"
ps -o rss= -p ${app} | awk '{printf "application resident memory: %d MiB\n", $1/1024}'
