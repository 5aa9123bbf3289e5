#!/usr/bin/env bash
# IATI import reading speed: a bare StAX parse beside parse + schema check + facts + mapping of the same
# generated 5 MB and 50 MB files, in MB/s and CPU ms/MB, with the heap (also in target/iati-import-benchmark.txt);
# figures and how to read them under load: bench/iati-import-notes.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=IatiImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/iati-import-benchmark.txt
