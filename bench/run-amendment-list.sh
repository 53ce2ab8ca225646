#!/bin/sh
# Builds Charta with the benchmark sources (Maven profile bench) and times the amendments window with 500 open
# amendments in its own JVM, headless (Monocle, from the test classpath). Arguments are JVM options, such as
# -Dbench.repetitions=9 or -Dbench.headless=false under a display. The work folder is target/bench/amendment-list,
# and the last line printed is the median time from the request for the list to the list shown.
set -e
cd "$(dirname "$0")/.."
mvn -q -B -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath-ui.txt \
    -Dmdep.includeScope=test >&2
exec java -Dprism.order=sw -cp "target/bench-classes:$(cat target/bench-classpath-ui.txt)" "$@" \
    org.charta.bench.AmendmentListBenchmark
