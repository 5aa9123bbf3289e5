#!/usr/bin/env bash
# What an API request costs besides its own work, and its round trips to PostgreSQL (also in target/api-overhead.txt).
# JFR: bench/api-overhead.sh "-XX:StartFlightRecording=filename=target/api.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=ApiOverheadProbe -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dtest.jit=-XX:+TieredCompilation ${1:-}"
cat target/api-overhead.txt
