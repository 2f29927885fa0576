#!/usr/bin/env bash
# Batch printing benchmark: seeds N rendered letters (1-3 pages) in a fresh SQLite data folder, then builds
# one batch of all of them with one `letterstudio worker` process, and again with two at once.
# Prints letters/s and each worker's peak memory (from /usr/bin/time -v). Usage: bench/print/run.sh [N]
set -euo pipefail
N=${1:-10000}
cd "$(dirname "$0")/../.."
dotnet build src/LetterStudio.Cli -c Release -v q >/dev/null
CLI="dotnet src/LetterStudio.Cli/bin/Release/net10.0/letterstudio.dll"
export Studio__DataFolder=$(mktemp -d /tmp/print-bench.XXXX)
export Printing__ClusterCheckinInterval=00:00:02
$CLI db migrate >/dev/null && $CLI db seed >/dev/null

run() { # $1 = number of workers
  $CLI print seed-demo --count "$N" >/dev/null
  local pids=() peaks=()
  for i in $(seq 1 "$1"); do
    $CLI worker >/dev/null 2>&1 & pids+=($!)
  done
  sleep 3
  local start=$(date +%s.%N)
  $CLI print batch --wait -o "$Studio__DataFolder/out$1" >/dev/null
  local end=$(date +%s.%N)
  # Peak RSS from the kernel (VmHWM) before stopping; SIGTERM, as background jobs of a script ignore SIGINT.
  for p in "${pids[@]}"; do peaks+=($(( $(awk '/VmHWM/ {print $2}' /proc/$p/status) / 1024 ))); kill -TERM "$p"; done; wait || true
  local batch=$(sqlite3 "$Studio__DataFolder/letterstudio.db" "select max(Id) from PrintBatches")
  local dup=$(sqlite3 "$Studio__DataFolder/letterstudio.db" "select count(*) - count(distinct OrderId) from PrintBatchItems where PrintBatchId=$batch")
  printf '%d worker(s): %d letters in %.1f s = %.0f letters/s; duplicates %s; peak RSS per worker (MB):' "$1" "$N" \
    "$(echo "$end - $start" | bc)" "$(echo "$N / ($end - $start)" | bc -l)" "$dup"
  printf ' %s' "${peaks[@]}"; echo
  sqlite3 "$Studio__DataFolder/letterstudio.db" "select DoneBy, count(*) from PrintBatchParts where PrintBatchId=$batch group by DoneBy"
}
run 1
run 2
