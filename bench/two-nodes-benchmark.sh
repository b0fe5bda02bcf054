#!/usr/bin/env bash
# Two application nodes on one PostgreSQL against one: audited person reads of one office of
# 100,000, eight concurrent clients in all, split four and four over the two nodes, beside the bare
# static file of each node in the same run. On a machine whose cores the database, both JVMs and
# the load generator share, the ratio shows the cost of a second node as much as its gain. Every
# request loop is bounded in time and goes to loopback only. Needs: postgresql, wrk, JDK 17. Run
# from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
offices=1
per_office=${PER_OFFICE:-100000}
duration=${DURATION:-20s}
. bench/common.sh
. bench/seed-registry.sh
second_port=$((port + 1))
java -Xmx1g -jar target/sanctuary-*.jar --server.port=${second_port} --logging.level.root=WARN > target/bench-app2.log 2>&1 &
app2=$!
trap 'kill ${app2} 2>/dev/null || true; wait ${app2} 2>/dev/null || true; finish' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${second_port}/actuator/health" > /dev/null && break; sleep 1; done
second="http://127.0.0.1:${second_port}"
officer=$(token bench-officer "${admin_password}")
person=$(sql -Atc "SELECT id FROM person WHERE office_id = '${first_office}' ORDER BY reference OFFSET 54321 LIMIT 1")
load() { wrk -t"$1" -c"$2" -d"$3" -s bench/percentiles.lua -H "Authorization: Bearer ${officer}" "$4" | tail -n 1; }

echo "== Warm-up of each node in turn, until its JIT is quiet =="
# A node still compiling would be measured with its compiler: two of them cost twice.
warm_up "${app}" "${base}/api/persons/${person}"
warm_up "${app2}" "${second}/api/persons/${person}"
warm_up "${app}" "${base}/css/sanctuary.css"
warm_up "${app2}" "${second}/css/sanctuary.css"
for round in 1 2; do
  echo "== Round ${round}: one node, 8 clients =="
  load 2 8 "${duration}" "${base}/api/persons/${person}"
  echo "== Round ${round}: two nodes, 4 clients each (first, then second node) =="
  load 1 4 "${duration}" "${base}/api/persons/${person}" > target/bench-node1.txt &
  other=$!
  load 1 4 "${duration}" "${second}/api/persons/${person}" > target/bench-node2.txt
  wait ${other}
  cat target/bench-node1.txt target/bench-node2.txt
done
echo "== Bare static file, each node =="
load 2 8 10s "${base}/css/sanctuary.css"
load 2 8 10s "${second}/css/sanctuary.css"
