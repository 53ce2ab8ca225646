#!/bin/sh
# Builds Charta with the benchmark sources (Maven profile bench) and runs the re-anchoring benchmark in its own JVM.
# Arguments are JVM options, such as -Dbench.repetitions=15. The last line printed is the headline: the median time
# of re-anchoring after the merge and the extra heap.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime >&2
exec java -cp "target/bench-classes:$(cat target/bench-classpath.txt)" "$@" org.charta.bench.ReanchorBenchmark
