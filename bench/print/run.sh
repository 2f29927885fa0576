#!/usr/bin/env bash
# Batch printing benchmark, on SQLite and on PostgreSQL in the same run (--provider sqlite|postgres|both, default both).
# Per provider, in a fresh studio (a fresh bench_print_... database on PostgreSQL, dropped at the end): seeds N
# rendered letters (1-3 pages), then builds one batch of all of them with one `letterstudio worker` process, and
# again, on a fresh set of N letters, with two worker processes at once (each its own node of the Quartz cluster on
# the order database, as two machines would run them). Prints letters/s (timed from the `print batch` command's
# start to its end: making the batch, building it, copying the files out), each worker's peak memory (VmHWM), the
# engine's own pages/s, measured in the same run while seeding the letters (VARIANTS distinct letters per look and
# length, default 100, so 300 rendered), duplicates, and the parts each node built. At the end, both providers side by
# side with PostgreSQL's over SQLite's, and two workers over one.
# Usage: bench/print/run.sh [--provider sqlite|postgres|both] [N=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/provider.sh
bench_parse_providers "$@"
set -- "${BENCH_ARGS[@]}"
N=${1:-10000}
command -v sqlite3 >/dev/null || { echo "installing sqlite3"; apt-get install -y sqlite3 >/dev/null; }
echo "building (Release)"
dotnet build src/LetterStudio.Cli -c Release -v q -nologo >/dev/null
CLI="dotnet src/LetterStudio.Cli/bin/Release/net10.0/letterstudio.dll"
export Printing__ClusterCheckinInterval=00:00:02
BENCH_FIGURES=$(mktemp)
# The batches are large (10,000 letters: about 330 MB of letters.pdf, twice, plus the copies): removed at the end.
# Workers still running when the script stops (an error, Ctrl+C) are stopped by the PIDs this script recorded, and
# waited for before the data folder goes (a process still starting would make it again).
started=()
trap 'for p in "${started[@]}"; do kill -TERM "$p" 2>/dev/null && { wait "$p" 2>/dev/null || true; }; done; bench_close_all; rm -f "$BENCH_FIGURES"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# True when process $1 has ended within $2 seconds.
wait_for() {
  local i
  for i in $(seq 1 $(( $2 * 10 ))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

run() { # $1 = provider, $2 = number of workers
  local provider=$1 workers=$2 engine engine_pps
  echo "[$provider] seeding $N rendered letters"
  engine=$($CLI print seed-demo --count "$N" --variants "${VARIANTS:-100}" | grep '^engine:')
  echo "[$provider] $engine"
  engine_pps=$(echo "$engine" | grep -oP '= \K[0-9]+(?= pages/s)')
  local pids=() peaks=() i
  for i in $(seq 1 "$workers"); do
    $CLI worker >"$Studio__DataFolder/worker$workers-$i.log" 2>&1 & pids+=($!); started+=($!)
  done
  sleep 3
  echo "[$provider] printing $N letters with $workers worker(s)"
  local start end seconds previous
  previous=$(q 'select coalesce(max("Id"), 0) from "PrintBatches"')
  start=$(date +%s.%N)
  local cli status=0
  $CLI print batch --wait -o "$Studio__DataFolder/out$workers" >"$Studio__DataFolder/batch$workers.log" 2>&1 & cli=$!
  # A progress line every 5 s from the parts' own counters (what the print room shows), until the command ends.
  while ! wait_for "$cli" 5; do
    echo "[$provider]   $(q 'select coalesce(sum("LettersDone"), 0), count(*), count("DoneAt") from "PrintBatchParts" where "PrintBatchId" > '"$previous" \
      | awk '{ printf "%s letters built, %s of %s parts done", $1, $3, $2 }') after $(echo "$(date +%s.%N) - $start" | bc | cut -d. -f1) s"
  done
  wait "$cli" || status=$?
  end=$(date +%s.%N)
  [ "$status" -eq 0 ] || { cat "$Studio__DataFolder/batch$workers.log"; exit 1; }
  seconds=$(echo "$end - $start" | bc)
  # Peak RSS from the kernel (VmHWM) before stopping; SIGTERM, as background jobs of a script ignore SIGINT.
  for p in "${pids[@]}"; do peaks+=($(( $(awk '/VmHWM/ {print $2}' /proc/$p/status) / 1024 ))); kill -TERM "$p"; done
  for p in "${pids[@]}"; do wait "$p" || true; done
  local batch dup items
  batch=$(q 'select max("Id") from "PrintBatches"')
  items=$(q "select count(*) from \"PrintBatchItems\" where \"PrintBatchId\"=$batch")
  dup=$(q "select count(*) - count(distinct \"OrderId\") from \"PrintBatchItems\" where \"PrintBatchId\"=$batch")
  local rate
  rate=$(echo "$N / $seconds" | bc -l)
  printf '[%s] %d worker(s): %d letters in %.1f s = %.0f letters/s; items %s, duplicates %s; peak RSS per worker (MB):' "$provider" "$workers" "$N" \
    "$seconds" "$rate" "$items" "$dup"
  printf ' %s' "${peaks[@]}"; echo
  printf '[%s]    = %.2fx the engine'"'"'s %s pages/s (letters/s over pages/s; a letter here is 2 pages on average plus its envelope)\n' \
    "$provider" "$(echo "$rate / $engine_pps" | bc -l)" "$engine_pps"
  echo "[$provider] parts per node (parts, seconds spent writing them):"
  q "select \"DoneBy\", count(*), round(sum($(bench_seconds '"DoneAt"' '"StartedAt"')), 1) from \"PrintBatchParts\" where \"PrintBatchId\"=$batch group by \"DoneBy\"" \
    | sed "s/^/[$provider]   /"
  # Where the time went, from the rows' own timestamps: choosing the letters (the command starting, the waiting
  # list read), saving the batch's items and scheduling its parts until a worker starts one, the workers writing the
  # parts (first start to last finish), one node assembling the four files, and the command copying them out. Only
  # the parts can go faster with a second worker.
  local made parts_start parts_end built phases
  read -r made parts_start parts_end built < <(q "select $(bench_epoch '"BuildStartedAt"'), (select $(bench_epoch 'min("StartedAt")') from \"PrintBatchParts\" where \"PrintBatchId\"=$batch), (select $(bench_epoch 'max("DoneAt")') from \"PrintBatchParts\" where \"PrintBatchId\"=$batch), $(bench_epoch '"BuiltAt"') from \"PrintBatches\" where \"Id\"=$batch")
  phases=$(awk -v s="$start" -v m="$made" -v ps="$parts_start" -v pe="$parts_end" -v b="$built" -v e="$end" 'BEGIN {
    printf "make=%.1f wait=%.1f parts=%.1f assemble=%.1f copy=%.1f", m - s, ps - m, pe - ps, b - pe, e - b }')
  echo "$phases" | awk -v p="$provider" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "[%s] phases: choosing the letters %s s, saving and scheduling until a worker starts %s s, writing the parts %s s, assembling %s s, copying out %s s\n",
      p, v["make"], v["wait"], v["parts"], v["assemble"], v["copy"] }'
  echo "$provider $(echo "$phases" | sed "s/\([a-z]*\)=/w${workers}_\1=/g")" >>"$BENCH_FIGURES"
  printf '%s w%d_rate=%.0f w%d_seconds=%.1f w%d_dup=%s w%d_engine=%s\n' "$provider" "$workers" "$rate" "$workers" "$seconds" "$workers" "$dup" "$workers" "$engine_pps" >>"$BENCH_FIGURES"
  [ "$items" -eq "$N" ] && [ "$dup" -eq 0 ] || { echo "[$provider] the batch holds $items items for $N letters, $dup twice" >&2; exit 1; }
}

for provider in "${BENCH_PROVIDERS[@]}"; do
  bench_open "$provider" print
  echo "[$provider] migrating${BENCH_PG_DB:+ database $BENCH_PG_DB}"
  $CLI db migrate >/dev/null && $CLI db seed >/dev/null
  run "$provider" 1
  run "$provider" 2
  bench_close
  echo
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in sqlite postgres; do
  awk -v p="$p" '$1 == p { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } } END { if ("w1_rate" in v && "w2_rate" in v) printf "%s w2_over_w1=%.2f w2_parts_over_w1=%.2f\n", p, v["w2_rate"] / v["w1_rate"], v["w1_parts"] / v["w2_parts"] }' "$BENCH_FIGURES" >>"$BENCH_FIGURES"
done
bench_compare "1 worker letters/s|w1_rate|/s" "1 worker seconds|w1_seconds|s" "2 workers letters/s|w2_rate|/s" "2 workers seconds|w2_seconds|s" \
  "2 workers over 1|w2_over_w1|x" \
  "1 worker: choosing the letters|w1_make|s" "1 worker: saving and scheduling|w1_wait|s" "1 worker: writing the parts|w1_parts|s" "1 worker: assembling|w1_assemble|s" \
  "2 workers: choosing the letters|w2_make|s" "2 workers: saving and scheduling|w2_wait|s" "2 workers: writing the parts|w2_parts|s" "2 workers: assembling|w2_assemble|s" \
  "2 workers over 1, parts only|w2_parts_over_w1|x" "engine pages/s (baseline)|w1_engine|/s" "duplicates (1 worker)|w1_dup|" "duplicates (2 workers)|w2_dup|"
echo "targets: PostgreSQL's letters/s at least 0.5x SQLite's; two workers on PostgreSQL faster than one (2 workers over 1 > 1.00x)"
