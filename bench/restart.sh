#!/usr/bin/env bash
# Where a restart's time goes: the application is started once with the demo data, stopped, then restarted
# RESTARTS times on the same data directory, by the README's run command (./mvnw spring-boot:run) and by the jar.
# Prints, per restart, the seconds from launch to health UP, the CPU seconds the application's JVM used until then
# (a figure that depends much less on what else the machine runs than the wall time) and the phases read off the log;
# also in target/restart/report.txt, with the load average at each restart. STEPS=25 also logs the 25 longest steps
# of each start (vn.vientro.platform.StartupSteps; it adds -Dvientro.startup.steps=25 to both commands).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${RESTART_PORT:-18081}
restarts=${RESTARTS:-3}
out=target/restart
rm -rf "$out"
mkdir -p "$out"
./mvnw -B -q -DskipTests package

# Seconds (3 decimals) since the epoch.
now() { date +%s.%N | cut -c1-14; }

# Starts with the given command, waits for health UP, stops gracefully; prints "launch healthy" times.
run_once() {
  local log=$1; shift
  local launched; launched=$(now)
  "$@" > "$log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2> /dev/null || { echo "did not start: $log" >&2; exit 1; }
    sleep 0.05
  done
  local healthy; healthy=$(now)
  # the application's JVM: the jar's own process, or the one spring-boot:run forked from Maven's
  local app cpu=0
  app=$(pgrep -f -- "--server.port=$port" | while read -r p; do
    tr '\0' ' ' < "/proc/$p/cmdline" 2> /dev/null | grep -q 'VientroApplication\|vientro.jar' \
      && ! tr '\0' ' ' < "/proc/$p/cmdline" | grep -q plexus && echo "$p"; done | tail -1 || true)
  [ -n "$app" ] && cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$app/stat")
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  pkill -TERM -P "$pid" 2> /dev/null || true
  kill -TERM "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  while curl -s "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1; do sleep 0.1; done
  echo "$launched $healthy $cpu $load"
}

args="--vientro.data-dir=$out/data --server.port=$port"
jvm=${STEPS:+-Dvientro.startup.steps=$STEPS}
run_once "$out/first.log" java -jar target/vientro.jar --spring.profiles.active=demo $args > /dev/null
for i in $(seq 1 "$restarts"); do
  echo "jar $(run_once "$out/jar-$i.log" java $jvm -jar target/vientro.jar --spring.profiles.active=demo $args)" \
    >> "$out/times.txt"
  echo "run $(run_once "$out/run-$i.log" ./mvnw -B -q spring-boot:run -Dspring-boot.run.profiles=demo \
    "-Dspring-boot.run.arguments=$args" ${jvm:+"-Dspring-boot.run.jvmArguments=$jvm"})" >> "$out/times.txt"
done

python3 - "$out" <<'EOF' | tee "$out/report.txt"
import datetime, os, re, sys
out = sys.argv[1]
# The first log line of each phase's end; each phase runs from the previous mark (for mvnw, the first one holds
# Maven's own start and its up-to-date build).
marks = [("launch to the first log line", r"Starting VientroApplication"),
         ("configuration, bean definitions", r"Bootstrapping Spring Data JDBC"),
         ("web server created", r"Tomcat initialized"),
         ("embedded PostgreSQL started", r"HikariDataSource\s+: \S+ - Starting"),
         ("Flyway validated", r"(Successfully validated|Schema .* is up to date)"),
         ("beans, loaders, web server started", r"Started VientroApplication")]
def stamp(line):
    return datetime.datetime.fromisoformat(line[:23].replace("Z", "")).replace(
        tzinfo=datetime.timezone.utc).timestamp()
print("Restart on a data directory holding the demo data: seconds from launch")
for row in open(os.path.join(out, "times.txt")):
    how, launched, healthy, cpu, load = row.split()
    launched, healthy = float(launched), float(healthy)
    print("  %-4s to health UP %5.1f s, application JVM's CPU %5s s, load average %s"
          % ("jar" if how == "jar" else "mvnw", healthy - launched, cpu, load))
for how in ("jar", "run"):
    logs = sorted(f for f in os.listdir(out) if f.startswith(how + "-") and f.endswith(".log"))
    for name in logs[-1:]:
        lines = open(os.path.join(out, name), encoding="utf-8", errors="replace").read().splitlines()
        times = [row.split() for row in open(os.path.join(out, "times.txt")) if row.startswith(how)]
        previous = float(times[-1][1])
        print("  phases of the last %s restart:" % ("jar" if how == "jar" else "mvnw spring-boot:run"))
        for label, pattern in marks:
            found = next((l for l in lines if re.search(pattern, l) and re.match(r"\d{4}-", l)), None)
            if found:
                at = stamp(found)
                print("    %-36s %5.2f s" % (label, at - previous))
                previous = at
        print("    %-36s %5.2f s" % ("until health answers UP", float(times[-1][2]) - previous))
EOF
