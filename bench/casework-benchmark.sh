#!/usr/bin/env bash
# Measures the work queue, the procedure statistics and the monitoring statistics at the sizes of
# the brief on this machine: an office of 100,000 persons each with a case (states spread over the
# procedure, with the event log and decisions the statistics read) and a monitoring team with
# 50,000 events in a gazetteer of 3,331 places, on a local PostgreSQL, the application on
# 127.0.0.1:8090, wrk against the endpoints. Loopback only, every loop bounded in time.
# A static file is measured first and last in the same run: compare ratios, not times.
# docs/benchmarks.md records a run. Needs: postgresql, wrk, JDK 17. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
per_office=${PER_OFFICE:-100000}
events=${EVENTS:-50000}
duration=${DURATION:-20s}
# MONITORING_ONLY=1 measures only the monitoring figures and export (and the static file).
. bench/common.sh

office() { api "${admin}" -X POST "${base}/api/offices" \
  -d "{\"code\":\"$1\",\"name\":\"Bench $1\",\"type\":\"$2\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/'; }
user() { api "${admin}" -X POST "${base}/api/users" \
  -d "{\"username\":\"$1\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"$2\",\"roles\":[\"$3\"]}]}" > /dev/null; }

cases_office=$(office BNA MANDATE_OFFICE)
echo "== Seeding ${per_office} persons, a case each, and the monitoring team's ${events} events =="
start=$(date +%s)
sql -q -v per_office="${per_office}" -f bench/seed-persons.sql
team=$(office BNM MONITORING_TEAM)
sql -q -v events="${events}" -v reports=500 \
  -f bench/seed-casework.sql 2>&1 | grep -v "only superuser can analyze" || true
echo "seeded in $(( $(date +%s) - start )) s"
sql -Atc \
  "SELECT 'cases: ' || count(*) FROM procedure_case; SELECT 'case events: ' || count(*) FROM case_event;
   SELECT 'decisions: ' || count(*) FROM case_decision; SELECT 'monitoring events: ' || count(*) FROM monitoring_event;
   SELECT 'places: ' || count(*) FROM place;"
# The application counts the seeded events and cases when it starts, as after an upgrade: each
# event's count, its shares of the figures and the cells they add up to (V43, V47); each case's shares
# of the office statistics and the office's tallies (V48).
start=$(date +%s)
restart_app
for _ in $(seq 1 1800); do
  [ "$(sql -Atc "SELECT count(*) FROM monitoring_event WHERE count_stale")" = 0 ] && break
  sleep 1
done
echo "events counted and added to the figures' cells at start-up in $(( $(date +%s) - start )) s"
for _ in $(seq 1 1800); do
  [ "$(sql -Atc "SELECT count(*) FROM procedure_case WHERE tally_stale")" = 0 ] && break
  sleep 1
done
echo "cases counted into the office tallies at start-up, $(( $(date +%s) - start )) s after the start"
sql -Atc "SELECT 'figure shares: ' || count(*) FROM figure_share; SELECT 'figure cells: ' || count(*) FROM figure_cell;
  SELECT 'case shares: ' || count(*) FROM case_share; SELECT 'office tallies: ' || count(*) FROM office_tally;"
sql -q -c "ANALYZE" 2>&1 | grep -v "only superuser can analyze" || true
user bench-supervisor "${cases_office}" SUPERVISOR
user bench-analyst "${cases_office}" ANALYST
user bench-monitor "${team}" MONITOR
approve_all
supervisor=$(token bench-supervisor "${admin_password}")
analyst=$(token bench-analyst "${admin_password}")
monitor=$(token bench-monitor "${admin_password}")
province=$(sql -Atc \
  "SELECT p.id FROM place p JOIN place_name n ON n.place_id = p.id WHERE n.name = 'Province 7'")

run() {
  echo "== $2 =="
  curl -sf -o /dev/null -w "one request alone: %{time_total} s, %{size_download} bytes\n" -H "Authorization: Bearer $1" "${base}$2"
  wrk -t2 -c8 -d"${duration}" --timeout 30s --latency -H "Authorization: Bearer $1" "${base}$2" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|timeout"
}
run "${supervisor}" "/css/sanctuary.css"
if [ -z "${MONITORING_ONLY:-}" ]; then
  run "${supervisor}" "/api/cases?size=20"
  run "${supervisor}" "/api/cases?state=ASSESSMENT_IN_PROGRESS&size=20"
  run "${supervisor}" "/api/cases?overdue=true&size=20"
  # Page 4,001 of twenty, by number (offset 80,000) and by position (after the 80,000th row), in the
  # work queue and in the person list. A position is each key of the list's order in base64url.
  b64() { echo "rtrim(translate(encode(convert_to($1, 'UTF8'), 'base64'), '+/', '-_'), '=')"; }
  case_position=$(sql -Atc "SELECT $(b64 'queue_rank::text') || '.' || $(b64 'intent_on::text') || '.' || $(b64 'id::text')
    FROM procedure_case WHERE office_id = '${cases_office}' ORDER BY queue_rank, intent_on, id OFFSET 79999 LIMIT 1")
  person_position=$(sql -Atc "SELECT $(b64 "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')") || '.'
    || $(b64 'id::text') FROM person WHERE office_id = '${cases_office}' ORDER BY created_at DESC, id OFFSET 79999 LIMIT 1")
  run "${supervisor}" "/api/cases?size=20&page=4000"
  run "${supervisor}" "/api/cases?size=20&after=${case_position}"
  run "${supervisor}" "/api/persons?size=20&page=4000"
  run "${supervisor}" "/api/persons?size=20&after=${person_position}"
  for list in "cases?size=20&page=4000 cases?size=20&after=${case_position}" "persons?size=20&page=4000 persons?size=20&after=${person_position}"; do
    set -- ${list}
    first() { api "${supervisor}" "${base}/api/$1" | grep -o '"id":"[^"]*"' | head -n 1; }
    [ "$(first "$1")" = "$(first "$2")" ] && echo "/api/$1 and /api/$2 start with the same row" || echo "/api/$1 and /api/$2 DIFFER"
  done
  run "${supervisor}" "/api/statistics/offices/${cases_office}"
  run "${analyst}" "/api/statistics/offices/${cases_office}"
fi
run "${monitor}" "/api/monitoring/statistics?from=2002-01-01&to=2002-12-31&placeId=${province}&actType=FORCED_RETURN"
run "${monitor}" "/api/monitoring/statistics?from=2000-01-01&to=2009-12-31"
run "${monitor}" "/api/monitoring/statistics?from=2004-04-01&to=2004-05-31"
run "${monitor}" "/css/sanctuary.css"
echo "== /api/monitoring/export?format=csv (all ${events} events, one request) =="
curl -sf -o /dev/null -w "one request alone: %{time_total} s, %{size_download} bytes\n" -H "Authorization: Bearer ${monitor}" \
  "${base}/api/monitoring/export?format=csv"
ps -o rss= -p ${app} | awk '{printf "application resident memory: %d MiB\n", $1/1024}'
