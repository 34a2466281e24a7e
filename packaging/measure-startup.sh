#!/usr/bin/env bash
# Measures the time from launch to the aging list of the demo data shown (its first rows laid out on screen), as
# the median of several runs. The app's start-up probe (RELANCE_STARTUP_PROBE=1) prints the instant the rows are
# shown and closes the app; this script times from just before the launch command.
#
#   packaging/measure-startup.sh javafx-run [RUNS]            ./mvnw javafx:run (Maven included), after ./mvnw package
#   packaging/measure-startup.sh jar [RUNS]                   java -jar target/relance.jar
#   packaging/measure-startup.sh packaged LAUNCHER [RUNS]     an installed or app-image launcher, e.g. /opt/relance/bin/Relance
#
# Needs a display: DISPLAY, else xvfb-run. One untimed warm-up run first (the day's first start takes a backup and
# the OS file cache is cold), then RUNS timed runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:?javafx-run, jar or packaged}
shift
launcher=
if [ "$mode" = packaged ]; then
  launcher=${1:?the launcher to measure}
  shift
fi
runs=${1:-5}

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "No DISPLAY and no xvfb-run" >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$mode" ${launcher:+"$launcher"} "$runs"
fi

data=$(mktemp -d /tmp/relance-startup.XXXXXX)
trap 'rm -rf "$data"' EXIT

run() { # the launch command, with extra arguments
  case "$mode" in
    javafx-run) ./mvnw -q -B -o javafx:run -Djavafx.args="$*" ;;
    jar) java -jar target/relance.jar "$@" ;;
    packaged) "$launcher" "$@" ;;
    *) echo "Unknown mode $mode" >&2; exit 2 ;;
  esac
}

# The demo ledger (300 debtors, 5,000 invoices), loaded headless by the same launcher.
if [ "$mode" = packaged ]; then "$launcher" --data-dir "$data" demo >/dev/null; else java -jar target/relance.jar --data-dir "$data" demo >/dev/null; fi

measure() {
  local start end line
  start=$(date +%s%3N)
  line=$(RELANCE_STARTUP_PROBE=1 run --data-dir "$data" 2>/dev/null | grep -m1 'STARTUP-PROBE aging rows shown' || true)
  [ -n "$line" ] || { echo "The app did not report the aging rows shown" >&2; exit 1; }
  end=$(sed -E 's/.*at_epoch_ms=([0-9]+).*/\1/' <<<"$line")
  echo "$((end - start)) $(sed -E 's/.*since_process_start_ms=(-?[0-9]+).*/\1/' <<<"$line")"
}

measure >/dev/null   # warm-up
results=()
for i in $(seq 1 "$runs"); do
  r=$(measure)
  results+=("$r")
  echo "run $i: launch to aging rows shown ${r% *} ms (JVM process start to shown ${r#* } ms)"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
m1=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
m2=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)
echo "$mode${launcher:+ $launcher}: median of $runs runs: launch to aging rows shown $m1 ms (JVM process start to shown $m2 ms)"
