#!/usr/bin/env bash
# Person search and duplicate candidates over 1,000,000 persons (10 offices of 100,000, each with a
# Hangul and a Revised Romanization name) on a local PostgreSQL, measured with wrk beside a bare
# static file served by the same application in the same run. The persons are bulk-loaded in SQL, so
# their canonical keys are computed here by the application's own NameKeys (bench/NameKeysTable.java)
# and loaded beside the names, as the application does for names it writes. Every request loop is
# bounded in time and goes to loopback only. Needs: postgresql, wrk, JDK 17. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
offices=${OFFICES:-10}
per_office=${PER_OFFICE:-100000}
duration=${DURATION:-20s}
. bench/common.sh
. bench/seed-registry.sh

echo "== Canonical keys of the seeded names =="
start=$(date +%s)
sql -Atc "SELECT DISTINCT full_name FROM person_name" > target/bench-names.txt
java -cp target/classes bench/NameKeysTable.java < target/bench-names.txt > target/bench-name-keys.tsv
sql -q -c "CREATE TABLE bench_name_key (name TEXT NOT NULL, canonical_key TEXT NOT NULL)"
sql -q -c "\\copy bench_name_key FROM 'target/bench-name-keys.tsv'"
sql -q -c "INSERT INTO person_name_canonical (person_id, office_id, position, canonical_key, dob_earliest, dob_latest)
  SELECT n.person_id, n.office_id, n.position, k.canonical_key, p.dob_earliest, p.dob_latest
  FROM person_name n JOIN bench_name_key k ON k.name = n.full_name JOIN person p ON p.id = n.person_id"
# Vacuumed as autovacuum would leave a table at rest: a search reads its look-up from the index alone
# only where the visibility map says the rows are visible to all.
sql -q -c "DROP TABLE bench_name_key" -c "VACUUM (ANALYZE) person_name_canonical" -c "VACUUM (ANALYZE) person_name"
echo "keys for $(wc -l < target/bench-names.txt) distinct names; $(sql -Atc "SELECT count(*) FROM person_name_canonical") key rows; $(( $(date +%s) - start )) s"

officer=$(token bench-officer "${admin_password}")
person=$(sql -Atc "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")
echo "candidates of the person read for duplicates: $(sql -Atc "SELECT count(DISTINCT c.person_id) FROM person_name_canonical c
  WHERE c.office_id = '${first_office}' AND c.canonical_key IN (SELECT canonical_key FROM person_name_canonical WHERE person_id = '${person}')")"

echo "== Query plan: a search's look-up, keys and a block of names one syllable away (office of 100,000) =="
sql <<SQL
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT k.*, 0 AS way FROM (SELECT person_id, position, canonical_key, dob_earliest, dob_latest FROM person_name_canonical
  WHERE office_id = '${first_office}' AND canonical_key = ANY('{KIM YOG.HO,HO KIM.YOG}') FETCH FIRST 400 ROWS ONLY) k
UNION ALL
SELECT b.*, 1 AS way FROM (SELECT person_id, position, canonical_key, dob_earliest, dob_latest FROM person_name_canonical
  WHERE office_id = '${first_office}' AND canonical_key LIKE 'KIM YOG%' FETCH FIRST 400 ROWS ONLY) b
ORDER BY 6, 1;
SQL

# Each request is measured twice: one user alone (one connection, each request sent when the last
# answered) and eight at once (the two cores shared by eight connections).
run() {
  echo "== wrk -c$1 $2 =="
  wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"${duration}" -s bench/percentiles.lua -H "Authorization: Bearer ${officer}" "${base}$2" \
    | tail -n 1
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
requests=(
  "/api/persons/matches?q=$(enc 'Kim Yong-ho')"
  "/api/persons/matches?q=$(enc 'Ri Yong Hui')&born=1975"
  "/api/persons/matches?q=$(enc '김영호')"
  "/api/persons/matches?q=$(enc '金英浩')"
  "/api/persons/matches?q=$(enc 'Choe Cheol-su')&born=1962"
  "/api/persons/${person}/possible-duplicates"
  "/api/persons/${person}"
)
# Warm-up, not recorded: the JIT compiles the search path before the first measurement.
for request in "${requests[@]}"; do
  wrk -t2 -c8 -d5s -H "Authorization: Bearer ${officer}" "${base}${request}" > /dev/null
done
for connections in 1 8; do
  # The bare reference first and last: the same JVM serving a static file, no database, no audit.
  run "${connections}" "/css/sanctuary.css"
  for request in "${requests[@]}"; do
    run "${connections}" "${request}"
  done
  run "${connections}" "/css/sanctuary.css"
done
ps -o rss= -p ${app} | awk '{printf "application resident memory: %d MiB\n", $1/1024}'
