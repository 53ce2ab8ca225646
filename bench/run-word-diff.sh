#!/bin/sh
# Builds Charta with the benchmark sources (Maven profile bench) and runs the word diff benchmark in its own JVM.
# Arguments are JVM options, such as -Dbench.repetitions=31. The work folder is target/bench/word-diff, and the last
# line printed is the headline ratio.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime >&2
exec java -cp "target/bench-classes:$(cat target/bench-classpath.txt)" "$@" org.charta.bench.WordDiffBenchmark
