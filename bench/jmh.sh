#!/usr/bin/env bash
# Runs the JMH micro-benchmarks (src/test/java/**/*Benchmark.java). Extra arguments go to JMH,
# e.g. bench/jmh.sh -f 1 -wi 3 -i 5 ValueParsing
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
