#!/usr/bin/env bash
# API load benchmark: one customer with 10,000 orders in a fresh SQLite studio, the Release web app on 127.0.0.1
# (a free port) with the rate limit raised out of the way, an API key made with `letterstudio apikeys create`,
# then wrk: GET /api/v1/orders/{id} (random ids) and GET /api/v1/orders?page=N at 64 connections, and
# POST /api/v1/orders with distinct Idempotency-Keys. Each is printed as measured and as a ratio to the baseline,
# GET /app.css (a static file: no key, no database, the server's floor) at the same concurrency in the same run. Finally the
# orders in the database are counted against the 2xx answers wrk received.
# usage: bench/api/run.sh [ORDERS=10000] [SECONDS=15]      (CONNECTIONS=64, CREATE_CONNECTIONS=16)
set -euo pipefail
cd "$(dirname "$0")/../.."
orders=${1:-10000}; seconds=${2:-15}; connections=${CONNECTIONS:-64}; create_connections=${CREATE_CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v sqlite3 >/dev/null || { echo "installing sqlite3"; apt-get install -y sqlite3 >/dev/null; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

for p in bench/LetterStudio.Api.Bench src/LetterStudio.Web src/LetterStudio.Cli; do dotnet build -c Release -v q -nologo "$p" >/dev/null; done
data=$(mktemp -d)
web=""
trap '[ -n "$web" ] && kill $web 2>/dev/null; rm -rf "$data"' EXIT
email=$(dotnet bench/LetterStudio.Api.Bench/bin/Release/net10.0/LetterStudio.Api.Bench.dll "$data" "$orders")
key=$(Studio__DataFolder="$data" dotnet src/LetterStudio.Cli/bin/Release/net10.0/letterstudio.dll apikeys create --customer "$email" --name bench | sed -n 2p)

# The rate limit is a per-key token bucket; raised here so the bench measures the API, not the limiter.
Studio__DataFolder="$data" Studio__PublicBaseUrl="$base" Logging__LogLevel__Default=Warning Api__RateLimit__Burst=1000000 Api__RateLimit__PermitsPerSecond=1000000 \
  dotnet src/LetterStudio.Web/bin/Release/net10.0/LetterStudio.Web.dll --urls "$base" >"$data/web.log" 2>&1 &
web=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/app.css" && break; sleep 0.5; done

db="$data/letterstudio.db"
customer=$(sqlite3 "$db" "select Id from Customers where Email='$email'")
read -r min_id max_id <<<"$(sqlite3 -separator ' ' "$db" "select min(Id), max(Id) from Orders where CustomerId=$customer")"
recipient=$(sqlite3 "$db" "select min(Id) from Recipients where CustomerId=$customer")
pages=$(( (orders + 19) / 20 ))   # the API's default page size (ApiV1.DefaultPageSize)
delivery=$(date -u -d '+30 days' +%F)
run=$(date +%s)
curl -fs -o /dev/null -H "X-Api-Key: $key" "$base/api/v1/orders/$min_id" || { echo "GET /api/v1/orders/$min_id did not answer 200" >&2; exit 1; }

measure() { # name connections script-and-args... ; the url comes first in the script args
  local name=$1 c=$2 url=$3; shift 3
  wrk -t2 -c"$c" -d3s -H "X-Api-Key: $key" "$url" "$@" >/dev/null   # warm-up: JIT, pools and caches; not measured
  wrk -t2 -c"$c" -d"${seconds}s" --latency -H "X-Api-Key: $key" "$url" "$@" | grep RESULT | sed "s/^RESULT/$name/"
}
echo "orders=$orders duration=${seconds}s connections=$connections (creates: $create_connections) port=$port"
results=$(
  measure baseline-static "$connections" "$base/app.css" -s bench/api/stats.lua
  measure get-order "$connections" "$base" -s bench/api/get_order.lua -- "$min_id" "$max_id"
  measure list-orders "$connections" "$base" -s bench/api/list_orders.lua -- "$pages"
  measure baseline-static-$create_connections "$create_connections" "$base/app.css" -s bench/api/stats.lua
)
before=$(sqlite3 "$db" "select count(*) from Orders where IdempotencyKey like 'bench-$run-%'")
creates=$(wrk -t2 -c"$create_connections" -d"${seconds}s" --latency -H "X-Api-Key: $key" "$base" -s bench/api/create_order.lua -- "$run" "$recipient" "$delivery" \
  | grep RESULT | sed "s/^RESULT/create-order/")
results=$(printf '%s\n%s\n' "$results" "$creates")
echo "$results"
echo "$results" | awk '
  function field(line, key,   i, n, parts, kv) { n = split(line, parts, " "); for (i = 1; i <= n; i++) { split(parts[i], kv, "="); if (kv[1] == key) return kv[2] } }
  /^baseline-static / { b = $0 } /^baseline-static-[0-9]/ { bc = $0 }
  /^(get|list)-/ { printf "%-12s %8.0f req/s = %.2fx baseline   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms (%.1fx baseline p99)   target >= 2000 req/s, p99 < 100 ms\n", $1, field($0, "rps"), field($0, "rps") / field(b, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms"), field($0, "p99_ms") / field(b, "p99_ms") }
  /^create-/ { printf "%-12s %8.0f req/s = %.2fx baseline   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms   target >= 300 creates/s\n", $1, field($0, "rps"), field($0, "rps") / field(bc, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms") }
  /^baseline-static / { printf "%-12s %8.0f req/s (baseline)   p50 %.1f ms  p90 %.1f ms  p99 %.1f ms\n", "static file", field($0, "rps"), field($0, "p50_ms"), field($0, "p90_ms"), field($0, "p99_ms") }'
acknowledged=$(echo "$creates" | grep -oP 'ok2xx=\K[0-9]+')
sleep 1   # let the last requests wrk cut off finish
stored=$(sqlite3 "$db" "select count(*) from Orders where IdempotencyKey like 'bench-$run-%'")
distinct=$(sqlite3 "$db" "select count(distinct IdempotencyKey) from Orders where IdempotencyKey like 'bench-$run-%'")
echo "acknowledged $acknowledged, in database $((stored - before)), duplicates $((stored - distinct))"
[ "$((stored - before))" -ge "$acknowledged" ] || { echo "an acknowledged order is missing from the database" >&2; exit 1; }
