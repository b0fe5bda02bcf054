#!/usr/bin/env bash
# Whole-registry linkage at scale: RECORDS synthetic Korean-name records (default 1,000,000) linked
# with the application's person model, on every core; prints each stage's wall time, candidate pairs,
# comparisons per second per core, the peak heap, and a bare reference measured in the same run.
# Needs JDK 17. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx${HEAP:-8g} -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  org.sanctuary.identity.LinkageAtScale "${RECORDS:-1000000}"
