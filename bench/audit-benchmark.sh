#!/usr/bin/env bash
# The audit trail under load on a local PostgreSQL, each figure beside a bare endpoint of the same
# JVM measured in the same run:
#  1. audited person reads (one office of 100,000) alone, then while another user imports a list of
#     20,000 names in one transaction;
#  2. 10,000,000 entries: how fast the sealer chains entries waiting for their place, and the time
#     and memory of verifying the whole trail through the API. The entries are written with COPY as
#     the application would have appended them (a sequence number and a MAC under the key the vault
#     derives from this run's master key: bench/audit-entries.py); the running application's sealer
#     chains them and signs the head.
# Every request loop is bounded in time and goes to loopback only. Needs: postgresql, wrk, python3,
# JDK 17. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${ENTRIES:-10000000}
rows=${ROWS:-20000}
offices=1
per_office=${PER_OFFICE:-100000}
duration=${DURATION:-20s}
# A master key for this run only, so that the generator can derive the same MAC key as the vault.
SANCTUARY_VAULT_MASTERKEY=$(head -c 32 /dev/urandom | base64)
export SANCTUARY_VAULT_MASTERKEY
. bench/common.sh
. bench/seed-registry.sh
officer=$(token bench-officer "${admin_password}")
person=$(sql -Atc "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")
api "${admin}" -X POST "${base}/api/users" \
  -d "{\"username\":\"bench-monitor\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${first_office}\",\"roles\":[\"MONITOR\"]}]}" > /dev/null
approve_all
monitor=$(token bench-monitor "${admin_password}")
run() {
  echo "== wrk $1 ($2) =="
  wrk_cpu "${app}" "$2" "${base}$1"
}

echo "== Audited reads, alone and during an import of ${rows} names =="
report=$(api "${monitor}" -X POST "${base}/api/monitoring/reports" \
  -d "{\"officeId\":\"${first_office}\",\"sourceType\":\"NGO_REPORT\",\"receivedOn\":\"2002-06-20\",\"language\":\"ko\",\"content\":\"A list of people reported returned.\",\"confidentiality\":\"CONFIDENTIAL\"}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
python3 - "${rows}" > target/bench-list.csv <<'PY'
import random, sys
random.seed(14)
surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"]
syllables = "영철순희민수정호광명성진혜옥미경숙자춘화일남석용동현".strip()
print("hangul,latin,sex,born")
for n in range(int(sys.argv[1])):
    name = random.choice(surnames) + random.choice(syllables) + random.choice(syllables)
    print("%s,,%s,%d" % (name, random.choice(["MALE", "FEMALE"]), random.randint(1935, 2000)))
PY
# A server that has imported lists before has compiled the import's code: one import of a quarter
# of the list (into a report of its own) first, so that the JIT compiling it is not measured as the
# import's effect on reads. WARM_ROWS=0 measures the first import after a start instead.
warm_rows=${WARM_ROWS:-$((rows / 4))}
if [ "${warm_rows}" -gt 0 ]; then
  warm_report=$(api "${monitor}" -X POST "${base}/api/monitoring/reports" \
    -d "{\"officeId\":\"${first_office}\",\"sourceType\":\"NGO_REPORT\",\"receivedOn\":\"2002-06-01\",\"language\":\"ko\",\"content\":\"An earlier list.\",\"confidentiality\":\"CONFIDENTIAL\"}" \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')
  head -n $((warm_rows + 1)) target/bench-list.csv > target/bench-warm-list.csv
  start=$(date +%s.%N)
  api "${monitor}" -X POST --data-binary @target/bench-warm-list.csv \
    "${base}/api/monitoring/reports/${warm_report}/imports?dryRun=false" > /dev/null
  echo "warm-up import of ${warm_rows} rows answered in $(echo "$(date +%s.%N) - ${start}" | bc) s"
fi
warm_up "${app}" "${base}/api/persons/${person}"
warm_up "${app}" "${base}/css/sanctuary.css" # measured cold, it cost 0.6 ms of CPU a request, not 0.2
run "/css/sanctuary.css" 10s
run "/api/persons/${person}" "${duration}"
start=$(date +%s.%N)
( api "${monitor}" -X POST --data-binary @target/bench-list.csv \
    "${base}/api/monitoring/reports/${report}/imports?dryRun=false" > target/bench-import.json
  echo "import of ${rows} rows answered in $(echo "$(date +%s.%N) - ${start}" | bc) s: $(cut -c1-80 target/bench-import.json)" ) &
importer=$!
sleep 1
run "/api/persons/${person}" 10s
if kill -0 ${importer} 2>/dev/null; then echo "the import was still running when the reads ended"; fi
wait ${importer}
run "/api/persons/${person}" "${duration}"
run "/css/sanctuary.css" 10s

hq_office=$(sql -Atc "SELECT id FROM office WHERE code = 'HQ'")
api "${admin}" -X POST "${base}/api/users" \
  -d "{\"username\":\"bench-auditor\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${hq_office}\",\"roles\":[\"AUDITOR\"]}]}" > /dev/null
approve_all
auditor=$(token bench-auditor "${admin_password}")
rss() { ps -o rss= -p ${app} | awk '{printf "%d MiB", $1/1024}'; }

echo "== Writing ${entries} entries waiting for the sealer =="
first=$(sql -Atc "SELECT nextval('audit_entry_seq')")
sql -Atc "SELECT setval('audit_entry_seq', ${first} + ${entries})" > /dev/null
start=$(date +%s)
python3 bench/audit-entries.py "${SANCTUARY_VAULT_MASTERKEY}" "${first}" "${entries}" > target/bench-audit.tsv
echo "generated in $(( $(date +%s) - start )) s"
start=$(date +%s)
sql -q -c "\\copy audit_entry (id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome, reason_code, acted_on, mac) FROM 'target/bench-audit.tsv'"
rm -f target/bench-audit.tsv
echo "copied in $(( $(date +%s) - start )) s; application resident memory: $(rss)"

echo "== Sealing =="
start=$(date +%s.%N)
while true; do
  waiting=$(sql -Atc "SELECT count(*) FROM audit_entry WHERE chain_index IS NULL")
  [ "${waiting}" = 0 ] && break
  sleep 2
done
elapsed=$(echo "$(date +%s.%N) - ${start}" | bc)
echo "chained ${entries} entries in ${elapsed} s: $(echo "${entries} / ${elapsed}" | bc) entries/s; resident memory: $(rss)"
sql -Atc "SELECT 'checkpoints: ' || count(*) FROM audit_checkpoint"
sql -Atc "SELECT 'table and indexes: ' || pg_size_pretty(pg_total_relation_size('audit_entry'))"

echo "== Verification of the whole trail through GET /api/audit/verify =="
for run in 1 2; do
  start=$(date +%s.%N)
  result=$(curl -sf -m 3600 -H "Authorization: Bearer ${auditor}" "${base}/api/audit/verify")
  echo "run ${run}: $(echo "$(date +%s.%N) - ${start}" | bc) s, resident memory after: $(rss); ${result}"
done
