#!/usr/bin/env bash
# API load benchmark, on SQLite and on PostgreSQL in the same run (--provider sqlite|postgres|both, default both):
# per provider, one customer with 10,000 orders in a fresh studio (a fresh bench_api_... database on PostgreSQL,
# dropped at the end), the Release web app on 127.0.0.1 (a free port) with the rate limit raised out of the way, an
# API key made with `letterstudio apikeys create`, then wrk: GET /api/v1/orders/{id} (random ids) and
# GET /api/v1/orders?page=N at 64 connections, and POST /api/v1/orders with distinct Idempotency-Keys, every fourth
# request a client's retry of the one before. Each is printed as measured and as a ratio to the baseline, GET /app.css
# (a static file: no key, no database, the server's floor) at the same concurrency in the same run. Then the orders
# in the database are counted against the answers that created one (none lost) and by key (none doubled). At the end,
# the figures of both providers side by side with PostgreSQL's over SQLite's.
# usage: bench/api/run.sh [--provider sqlite|postgres|both] [ORDERS=10000] [SECONDS=15]      (CONNECTIONS=64, CREATE_CONNECTIONS=16)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/provider.sh
bench_parse_providers "$@"
set -- "${BENCH_ARGS[@]}"
orders=${1:-10000}; seconds=${2:-15}; connections=${CONNECTIONS:-64}; create_connections=${CREATE_CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v sqlite3 >/dev/null || { echo "installing sqlite3"; apt-get install -y sqlite3 >/dev/null; }

echo "building (Release)"
for p in bench/LetterStudio.Api.Bench src/LetterStudio.Web src/LetterStudio.Cli; do dotnet build -c Release -v q -nologo "$p" >/dev/null; done
web=""
BENCH_FIGURES=$(mktemp)
trap '[ -n "$web" ] && { kill $web; wait $web || true; } 2>/dev/null; bench_close_all; rm -f "$BENCH_FIGURES"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # name connections script-and-args... ; the url comes first in the script args
  local name=$1 c=$2 url=$3; shift 3
  echo "[$provider] $name: warm-up 3 s, then ${seconds} s at $c connections" >&2
  wrk -t2 -c"$c" -d3s -H "X-Api-Key: $key" "$url" "$@" >/dev/null   # warm-up: JIT, pools and caches; not measured
  # --timeout 30s: with wrk's default of 2 s the slowest requests on a loaded machine are dropped as timeouts and
  # the p99 becomes a floor; at 30 s every request is counted in the latencies.
  wrk -t2 -c"$c" -d"${seconds}s" --timeout 30s --latency -H "X-Api-Key: $key" "$url" "$@" | grep RESULT | sed "s/^RESULT/$name/"
}
field() { echo "$1" | grep -oP "(^| )$2=\K[0-9.]+"; }

bench_one() {
  provider=$1
  bench_open "$provider" api
  local port base email key
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  echo "[$provider] seeding $orders orders${BENCH_PG_DB:+ in database $BENCH_PG_DB}"
  email=$(dotnet bench/LetterStudio.Api.Bench/bin/Release/net10.0/LetterStudio.Api.Bench.dll "$Studio__DataFolder" "$orders")
  key=$(dotnet src/LetterStudio.Cli/bin/Release/net10.0/letterstudio.dll apikeys create --customer "$email" --name bench | sed -n 2p)

  # The rate limit is a per-key token bucket; raised here so the bench measures the API, not the limiter.
  AllowedHosts=127.0.0.1 Studio__PublicBaseUrl="$base" Logging__LogLevel__Default=Warning Api__RateLimit__Burst=1000000 Api__RateLimit__PermitsPerSecond=1000000 \
    dotnet src/LetterStudio.Web/bin/Release/net10.0/LetterStudio.Web.dll --urls "$base" >"$Studio__DataFolder/web.log" 2>&1 &
  web=$!
  echo "[$provider] starting the web app on $base"
  for _ in $(seq 1 480); do curl -fs -o /dev/null "$base/app.css" && break; kill -0 "$web" 2>/dev/null || break; sleep 0.5; done

  local customer min_id max_id recipient pages delivery run results before creates
  customer=$(q "select \"Id\" from \"Customers\" where \"Email\"='$email'")
  read -r min_id max_id <<<"$(q "select min(\"Id\"), max(\"Id\") from \"Orders\" where \"CustomerId\"=$customer")"
  recipient=$(q "select min(\"Id\") from \"Recipients\" where \"CustomerId\"=$customer")
  pages=$(( (orders + 19) / 20 ))   # the API's default page size (ApiV1.DefaultPageSize)
  delivery=$(date -u -d '+30 days' +%F)
  run=$(date +%s)
  curl -fs -o /dev/null -H "X-Api-Key: $key" "$base/api/v1/orders/$min_id" || { echo "GET /api/v1/orders/$min_id did not answer 200" >&2; tail -20 "$Studio__DataFolder/web.log" >&2; exit 1; }

  echo "[$provider] orders=$orders duration=${seconds}s connections=$connections (creates: $create_connections) port=$port"
  results=$(
    measure baseline-static "$connections" "$base/app.css" -s bench/api/stats.lua
    measure get-order "$connections" "$base" -s bench/api/get_order.lua -- "$min_id" "$max_id"
    measure list-orders "$connections" "$base" -s bench/api/list_orders.lua -- "$pages"
    measure baseline-static-$create_connections "$create_connections" "$base/app.css" -s bench/api/stats.lua
  )
  before=$(q "select count(*) from \"Orders\" where \"IdempotencyKey\" like 'bench-$run-%'")
  echo "[$provider] create-order: ${seconds} s at $create_connections connections, every fourth request a retry"
  creates=$(wrk -t2 -c"$create_connections" -d"${seconds}s" --timeout 30s --latency -H "X-Api-Key: $key" "$base" -s bench/api/create_order.lua -- "$run" "$recipient" "$delivery" \
    | grep RESULT | sed "s/^RESULT/create-order/")
  results=$(printf '%s\n%s\n' "$results" "$creates")
  echo "$results" | sed "s/^/[$provider] /"
  echo "$results" | awk -v p="[$provider]" '
    function field(line, key,   i, n, parts, kv) { n = split(line, parts, " "); for (i = 1; i <= n; i++) { split(parts[i], kv, "="); if (kv[1] == key) return kv[2] } }
    /^baseline-static / { b = $0 } /^baseline-static-[0-9]/ { bc = $0 }
    /^(get|list)-/ { printf "%s %-12s %8.0f req/s = %.2fx baseline   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms (%.1fx baseline p99)   target >= 2000 req/s, p99 < 100 ms\n", p, $1, field($0, "rps"), field($0, "rps") / field(b, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms"), field($0, "p99_ms") / field(b, "p99_ms") }
    /^create-/ { printf "%s %-12s %8.0f req/s = %.2fx baseline   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms   target >= 300 creates/s\n", p, $1, field($0, "rps"), field($0, "rps") / field(bc, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms") }
    /^baseline-static / { printf "%s %-12s %8.0f req/s (baseline)   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms\n", p, "static file", field($0, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms") }'
  local ok replayed created errors stored distinct
  ok=$(field "$creates" ok2xx); replayed=$(field "$creates" replayed); errors=$(field "$creates" errors)
  created=$((ok - replayed))
  sleep 1   # let the last requests wrk cut off finish
  stored=$(( $(q "select count(*) from \"Orders\" where \"IdempotencyKey\" like 'bench-$run-%'") - before ))
  distinct=$(q "select count(distinct \"IdempotencyKey\") from \"Orders\" where \"IdempotencyKey\" like 'bench-$run-%'")
  echo "[$provider] acknowledged $ok (created $created, replayed $replayed), errors $errors (non-2xx $(field "$creates" non2xx), timeouts $(field "$creates" timeouts)), in database $stored, duplicates by Idempotency-Key $((stored + before - distinct))"
  echo "$provider create_rps=$(field "$creates" rps) create_p99=$(field "$creates" p99_ms) get_rps=$(field "$(echo "$results" | grep '^get-order')" rps) get_p99=$(field "$(echo "$results" | grep '^get-order')" p99_ms) list_rps=$(field "$(echo "$results" | grep '^list-orders')" rps) list_p99=$(field "$(echo "$results" | grep '^list-orders')" p99_ms) static_rps=$(field "$(echo "$results" | grep '^baseline-static ')" rps) created=$created stored=$stored duplicates=$((stored + before - distinct)) errors=$errors" >>"$BENCH_FIGURES"
  kill "$web"; wait "$web" 2>/dev/null || true; web=""
  bench_close
  [ "$stored" -ge "$created" ] || { echo "[$provider] an acknowledged order is missing from the database" >&2; exit 1; }
  [ "$((stored + before - distinct))" -eq 0 ] || { echo "[$provider] an Idempotency-Key was stored twice" >&2; exit 1; }
}

for provider in "${BENCH_PROVIDERS[@]}"; do bench_one "$provider"; echo; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_compare "POST /api/v1/orders req/s|create_rps|/s" "POST p99|create_p99|ms" "GET /api/v1/orders/{id} req/s|get_rps|/s" \
  "GET /api/v1/orders/{id} p99|get_p99|ms" "GET /api/v1/orders?page=N req/s|list_rps|/s" "GET ?page=N p99|list_p99|ms" \
  "static file req/s (baseline)|static_rps|/s" "orders created (2xx, not replays)|created|" "orders stored|stored|" "duplicates by key|duplicates|"
echo "target: PostgreSQL's POST orders/s at least 0.5x SQLite's; none lost (stored >= created), none doubled (duplicates 0)"
