#!/usr/bin/env bash
# This tree against an earlier commit, both running at once on one PostgreSQL and measured in
# turns: audited person reads of one office of 100,000 on each, then the bare static file, ROUNDS
# times, so that the machine's drift from one minute to the next falls on both alike. Each line
# gives the CPU time a request cost the application and PostgreSQL. The earlier commit must have
# the same migrations as this tree. Every request loop is bounded in time and goes to loopback
# only. Needs: postgresql, wrk, git, JDK 17. Run from the repository root:
#   BASELINE=59667f2 bash bench/side-by-side.sh
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${BASELINE:?the commit to compare with, e.g. BASELINE=59667f2}
rounds=${ROUNDS:-5}
offices=1
per_office=${PER_OFFICE:-100000}
worktree=$(mktemp -d)
git worktree add -q --detach "${worktree}" "${baseline}"
(cd "${worktree}" && ./mvnw -B -ntp -q -DskipTests package)
. bench/common.sh
. bench/seed-registry.sh
before_port=$((port + 1))
java -Xmx${HEAP:-1g} -jar "${worktree}"/target/sanctuary-*.jar --server.port=${before_port} --logging.level.root=WARN \
  > target/bench-baseline.log 2>&1 &
before=$!
trap 'kill ${before} 2>/dev/null || true; wait ${before} 2>/dev/null || true; git worktree remove --force "${worktree}"; finish' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:${before_port}/actuator/health" > /dev/null && break; sleep 1; done
officer=$(token bench-officer "${admin_password}")
person=$(sql -Atc "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")
# One wrk run against a port: its figures and what each request cost, on one line.
measure() {
  printf "%-22s %s\n" "$1" "$(wrk_cpu "$3" "$5" "http://127.0.0.1:$2$4" | paste -sd ' ')"
}
# The JIT goes on compiling the read path for minutes: a short warm-up measures the compiler.
echo "== Warm-up of each, until its JIT is quiet =="
for side in "${port} ${app}" "${before_port} ${before}"; do
  set -- ${side}
  warm_up "$2" "http://127.0.0.1:$1/css/sanctuary.css"
  warm_up "$2" "http://127.0.0.1:$1/api/persons/${person}"
done
echo "== ${rounds} rounds of 10 s each: ${baseline}, this tree, the bare static file of this tree =="
for _ in $(seq 1 "${rounds}"); do
  measure "read, ${baseline}" "${before_port}" "${before}" "/api/persons/${person}" 10s
  measure "read, this tree" "${port}" "${app}" "/api/persons/${person}" 10s
  measure "static file" "${port}" "${app}" /css/sanctuary.css 10s
done
