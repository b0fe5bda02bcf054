#!/usr/bin/env bash
# Shared by the bench scripts (sourced, not run): a throwaway PostgreSQL database on loopback with a
# random password, the application packaged and started on 127.0.0.1:8090 against it, the first
# administrator, helpers to call the API, and a trap that stops the application, drops the database
# (unless KEEP_DB is set) and stops PostgreSQL if it was started here.
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
# The bench's programs sign in with passwords alone: no role requires a second factor in this run.
export SANCTUARY_ACCESS_TWOFACTORROLES=""
start_app() {
  java -Xmx${HEAP:-1g} -jar target/sanctuary-*.jar --server.port=${port} --logging.level.root=WARN >> target/bench-app.log 2>&1 &
  app=$!
}
: > target/bench-app.log
start_app
finish() {
  kill ${app} 2>/dev/null || true
  wait ${app} 2>/dev/null || true
  [ -n "${KEEP_DB:-}" ] || runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS ${db}" || true
  if [ "${started_here}" = 1 ]; then pg_ctlcluster "${pg_version}" main stop || true; fi
}
trap finish EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${port}/actuator/health" > /dev/null && break; sleep 1; done
# Stops the application and starts it again on the same database (as after an upgrade), waiting until it answers.
restart_app() {
  kill ${app}
  wait ${app} 2>/dev/null || true
  start_app
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${port}/actuator/health" > /dev/null && break; sleep 1; done
}

base="http://127.0.0.1:${port}"
# CPU time in milliseconds used so far by a process, and by all of PostgreSQL's processes (its
# connections stay open in the pool, so a difference over a run is the run's work).
cpu_ms_of() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' /proc/$1/stat; }
pg_cpu_ms() {
  for p in $(pgrep -x postgres); do cat /proc/${p}/stat 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {print t * 1000 / hz}'
}
# Seconds the JVM's JIT has spent compiling so far (jstat, from the JDK).
jit_seconds() { jstat -compiler "$1" | awk 'NR == 2 {print $4}'; }
# Requests a URL of the given JVM in rounds of 20 s until its JIT compiles for under a second in a
# round (at most WARMUP_ROUNDS, 10 by default). On two shared cores the JIT went on compiling the
# read path for 80-100 s, one core's worth during a measured run that followed a 60 s warm-up.
warm_up() {
  local pid=$1 url=$2 before spent
  for round in $(seq 1 "${WARMUP_ROUNDS:-10}"); do
    before=$(jit_seconds "${pid}")
    wrk -t2 -c8 -d20s -H "Authorization: Bearer ${officer}" "${url}" > /dev/null
    spent=$(echo "$(jit_seconds "${pid}") - ${before}" | bc)
    echo "warm-up ${round} of ${url##*/}: the JIT compiled for ${spent} s of 20"
    if [ "$(echo "${spent} < 1" | bc)" -eq 1 ]; then return; fi
  done
}
# wrk -t2 -c8 as ${officer} against a URL for a duration; prints wrk's percentiles, then the CPU time
# each request cost the application process given and PostgreSQL.
wrk_cpu() {
  local pid=$1 duration=$2 url=$3 app0 pg0 out
  app0=$(cpu_ms_of "${pid}"); pg0=$(pg_cpu_ms)
  out=$(wrk -t2 -c8 -d"${duration}" -s bench/percentiles.lua -H "Authorization: Bearer ${officer}" "${url}" | tail -n 1)
  echo "${out}"
  echo "${out}" | awk -v a="$(echo "$(cpu_ms_of "${pid}") - ${app0}" | bc)" -v p="$(echo "$(pg_cpu_ms) - ${pg0}" | bc)" \
    '{for (i = 1; i < NF; i++) if ($(i + 1) == "requests,") n = $i}
     END {printf "CPU per request: application %.3f ms, PostgreSQL %.3f ms\n", a / n, p / n}'
}
api() { curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' "${@:2}"; }
token() { curl -sf -X POST "${base}/api/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"$2\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
sql() { PGPASSWORD="${password}" psql -h 127.0.0.1 -U sanctuary_bench -d ${db} "$@"; }
admin=$(token admin "${admin_password}")
# A role that opens content waits for a second administrator: the bench appoints one (the only
# administrator may do so at once) and lets it approve what the first one asks for.
hq=$(sql -Atc "SELECT id FROM office WHERE code = 'HQ'")
api "${admin}" -X POST "${base}/api/users" -d "{\"username\":\"bench-admin2\",\"displayName\":\"Bench\",\"password\":\"${admin_password}\",\"memberships\":[{\"officeId\":\"${hq}\",\"roles\":[\"ADMIN\"]}]}" > /dev/null
second_admin=$(token bench-admin2 "${admin_password}")
approve_all() {
  for grant in $(api "${second_admin}" "${base}/api/role-grants?size=100" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
    api "${second_admin}" -X POST "${base}/api/role-grants/${grant}/approval"
  done
}
