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
port=8090
db=sanctuary_bench
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
admin_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
started_here=0
if ! pg_lsclusters -h | awk -v v="${pg_version}" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "${pg_version}" main start
  started_here=1
fi
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sanctuary_bench') THEN CREATE ROLE sanctuary_bench LOGIN; END IF;
END \$\$;
ALTER ROLE sanctuary_bench PASSWORD '${password}';
DROP DATABASE IF EXISTS ${db};
CREATE DATABASE ${db} OWNER sanctuary_bench;
SQL

./mvnw -B -ntp -q -DskipTests package
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${db}"
export SPRING_DATASOURCE_USERNAME=sanctuary_bench
export SPRING_DATASOURCE_PASSWORD="${password}"
export SANCTUARY_ADMIN_PASSWORD="${admin_password}"
java -Xmx1g -jar target/sanctuary-*.jar --server.port=${port} --logging.level.root=WARN > target/bench-app.log 2>&1 &
app=$!
finish() {
  kill ${app} 2>/dev/null || true
  wait ${app} 2>/dev/null || true
  [ -n "${KEEP_DB:-}" ] || runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS ${db}" || true
  if [ "${started_here}" = 1 ]; then pg_ctlcluster "${pg_version}" main stop || true; fi
}
trap finish EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${port}/actuator/health" > /dev/null && break; sleep 1; done

api() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
token() { curl -sf -X POST "http://127.0.0.1:${port}/api/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"$2\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }

admin=$(token admin "${admin_password}")
first_office=""
for i in $(seq 1 "${offices}"); do
  code="BN$(printf "\\$(printf '%03o' $((64 + i)))")"
  id=$(api "${admin}" -X POST "http://127.0.0.1:${port}/api/offices" \
        -d "{\"code\":\"${code}\",\"name\":\"Bench office ${code}\",\"type\":\"MANDATE_OFFICE\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  [ -n "${first_office}" ] || first_office=${id}
done
api "${admin}" -X POST "http://127.0.0.1:${port}/api/users" \
  -d "{\"username\":\"bench-officer\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${first_office}\",\"roles\":[\"ELIGIBILITY_OFFICER\"]}]}" > /dev/null

echo "== Seeding $((offices * per_office)) persons =="
start=$(date +%s)
PGPASSWORD="${password}" psql -q -h 127.0.0.1 -U sanctuary_bench -d ${db} -v per_office="${per_office}" -f bench/seed-persons.sql
echo "seeded in $(( $(date +%s) - start )) s"
PGPASSWORD="${password}" psql -h 127.0.0.1 -U sanctuary_bench -d ${db} -Atc \
  "SELECT 'persons: ' || count(*) FROM person; SELECT 'names: ' || count(*) FROM person_name;"

officer=$(token bench-officer "${admin_password}")
person=$(PGPASSWORD="${password}" psql -h 127.0.0.1 -U sanctuary_bench -d ${db} -Atc \
  "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")

echo "== Query plans (office of 100,000) =="
PGPASSWORD="${password}" psql -h 127.0.0.1 -U sanctuary_bench -d ${db} <<SQL
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.id, p.reference FROM person p WHERE p.office_id IN ('${first_office}')
  AND p.id IN (SELECT n.person_id FROM person_name n WHERE n.office_id IN ('${first_office}') AND n.search_key LIKE 'gimyeong%' ESCAPE '\\')
  ORDER BY p.created_at DESC, p.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.id, p.reference FROM person p WHERE p.office_id IN ('${first_office}')
  ORDER BY p.created_at DESC, p.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, COSTS OFF) SELECT COUNT(*) FROM (SELECT 1 FROM person p WHERE p.office_id IN ('${first_office}') LIMIT 10001) c;
SQL

base="http://127.0.0.1:${port}"
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
auditor_entries=$(PGPASSWORD="${password}" psql -h 127.0.0.1 -U sanctuary_bench -d ${db} -Atc "SELECT count(*) FROM audit_entry")
echo "audit entries: ${auditor_entries}"
ps -o rss= -p ${app} | awk '{printf "application resident memory: %d MiB\n", $1/1024}'
