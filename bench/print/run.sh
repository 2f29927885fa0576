#!/usr/bin/env bash
# Batch printing benchmark: seeds N rendered letters (1-3 pages) in a fresh SQLite data folder, then builds
# one batch of all of them with one `letterstudio worker` process, and again with two at once.
# Prints letters/s (timed from the `print batch` command's start to its end: making the batch, building it,
# copying the files out), each worker's peak memory (VmHWM), and the engine's own pages/s, measured in the same
# run while seeding the letters (VARIANTS distinct letters per look and length, default 100, so 300 rendered).
# Usage: bench/print/run.sh [N]
set -euo pipefail
N=${1:-10000}
cd "$(dirname "$0")/../.."
dotnet build src/LetterStudio.Cli -c Release -v q >/dev/null
CLI="dotnet src/LetterStudio.Cli/bin/Release/net10.0/letterstudio.dll"
export Studio__DataFolder=$(mktemp -d /tmp/print-bench.XXXX)
export Printing__ClusterCheckinInterval=00:00:02
# The batches are large (10,000 letters: about 330 MB of letters.pdf, twice, plus the copies): removed at the end.
# Workers still running when the script stops (an error, Ctrl+C) are stopped by the PIDs this script recorded.
started=()
trap 'for p in "${started[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; rm -rf "$Studio__DataFolder"' EXIT
$CLI db migrate >/dev/null && $CLI db seed >/dev/null

run() { # $1 = number of workers
  local engine
  engine=$($CLI print seed-demo --count "$N" --variants "${VARIANTS:-100}" | grep '^engine:')
  echo "$engine"
  local engine_pps
  engine_pps=$(echo "$engine" | grep -oP '= \K[0-9]+(?= pages/s)')
  local pids=() peaks=()
  for i in $(seq 1 "$1"); do
    $CLI worker >/dev/null 2>&1 & pids+=($!); started+=($!)
  done
  sleep 3
  local start=$(date +%s.%N)
  $CLI print batch --wait -o "$Studio__DataFolder/out$1" >"$Studio__DataFolder/batch$1.log" 2>&1 || { cat "$Studio__DataFolder/batch$1.log"; exit 1; }
  local end=$(date +%s.%N)
  # Peak RSS from the kernel (VmHWM) before stopping; SIGTERM, as background jobs of a script ignore SIGINT.
  for p in "${pids[@]}"; do peaks+=($(( $(awk '/VmHWM/ {print $2}' /proc/$p/status) / 1024 ))); kill -TERM "$p"; done; wait || true
  local batch=$(sqlite3 "$Studio__DataFolder/letterstudio.db" "select max(Id) from PrintBatches")
  local dup=$(sqlite3 "$Studio__DataFolder/letterstudio.db" "select count(*) - count(distinct OrderId) from PrintBatchItems where PrintBatchId=$batch")
  printf '%d worker(s): %d letters in %.1f s = %.0f letters/s; duplicates %s; peak RSS per worker (MB):' "$1" "$N" \
    "$(echo "$end - $start" | bc)" "$(echo "$N / ($end - $start)" | bc -l)" "$dup"
  printf ' %s' "${peaks[@]}"; echo
  printf '   = %.2fx the engine'"'"'s %s pages/s (letters/s over pages/s; a letter here is 2 pages on average plus its envelope)\n' \
    "$(echo "$N / ($end - $start) / $engine_pps" | bc -l)" "$engine_pps"
  sqlite3 "$Studio__DataFolder/letterstudio.db" "select DoneBy, count(*) from PrintBatchParts where PrintBatchId=$batch group by DoneBy"
}
run 1
run 2
