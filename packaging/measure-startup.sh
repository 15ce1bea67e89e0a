#!/usr/bin/env bash
# Start-up time, launch to first painted window, of the installed StepLens against app/steplens, under Xvfb.
# Each run is a fresh process (page cache warm); prints every run and the median per variant, in ms.
#   packaging/measure-startup.sh [RUNS] [LAUNCHER]     defaults: 5 runs, /opt/steplens/bin/StepLens
#   VARIANTS="installed app-steplens" packaging/measure-startup.sh    a subset
# Variants: the installed launcher (with its AppCDS archive), the same with class-data sharing off, app/steplens.
# Run it inside xvfb-run: xvfb-run -a -s '-screen 0 1366x768x24' packaging/measure-startup.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}" launcher="${2:-/opt/steplens/bin/StepLens}"
probe=-Dsteplens.startup.probe=exit

one() { # variant command...: ms from launch to the first frame the app reports
  local log start frame; log="$(mktemp)"
  start="$(date +%s%3N)"
  "$@" >"$log" 2>&1 || true
  frame="$(sed -n 's/.*first-frame epoch-ms=\([0-9]*\).*/\1/p' "$log")"
  rm -f "$log"
  [ -n "$frame" ] && echo $((frame - start)) || echo "no-frame"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

"$root/app/steplens" --version >/dev/null  # builds target/ first if needed, outside the timing
variants=(${VARIANTS:-installed installed-no-cds app-steplens})
declare -A times
for _ in $(seq 1 "$runs"); do  # interleaved, so that a busy spell on the machine hits every variant alike
  for variant in "${variants[@]}"; do
    case "$variant" in
      installed) t="$(one env JAVA_TOOL_OPTIONS="$probe" "$launcher")" ;;
      installed-no-cds) t="$(one env JAVA_TOOL_OPTIONS="$probe -Xshare:off" "$launcher")" ;;
      app-steplens) t="$(one env STEPLENS_JAVA_OPTS="-Xmx8g $probe" "$root/app/steplens")" ;;
    esac
    times[$variant]="${times[$variant]:-} $t"
  done
done
for variant in "${variants[@]}"; do
  echo "$variant: runs${times[$variant]} ms; median $(printf '%s\n' ${times[$variant]} | grep -v no-frame | median) ms"
done
