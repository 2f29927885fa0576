#!/usr/bin/env bash
# Workbench load benchmark: 10,000 orders and 50,000 anecdotes in SQLite, the app in Release on 127.0.0.1,
# wrk against the queue, a client dossier and a page preview image (signed in as the demo writer), with the login page (no
# database work) measured in the same run as the baseline. Prints p50/p95/p99 and the ratios to the baseline.
# usage: bench/workbench/run.sh [ORDERS] [ANECDOTES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
orders=${1:-10000}; anecdotes=${2:-50000}; seconds=${3:-15}; connections=${CONNECTIONS:-1}
port=5099; base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

for p in bench/LetterStudio.Workbench.Bench src/LetterStudio.Web; do dotnet build -c Release -v q -nologo "$p" >/dev/null; done
data=$(mktemp -d); jar="$data/cookies.txt"
trap 'kill $web 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet bench/LetterStudio.Workbench.Bench/bin/Release/net10.0/LetterStudio.Workbench.Bench.dll "$data" "$orders" "$anecdotes"

Studio__DataFolder="$data" Studio__PublicBaseUrl="$base" Logging__LogLevel__Default=Warning dotnet src/LetterStudio.Web/bin/Release/net10.0/LetterStudio.Web.dll --urls "$base" >"$data/web.log" 2>&1 &
web=$!
for _ in $(seq 1 60); do curl -fs "$base/account/login" >/dev/null && break; sleep 0.5; done

# Sign in through the real form: antiforgery token from the page, then the auth cookie into the jar.
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/login" | grep -oP 'name="__RequestVerificationToken" value="\K[^"]+' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$base/account/login" \
  --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=writer@letterstudio.test" --data-urlencode "Input.Password=Letters-2026!"
cookie=$(awk '$6 ~ /^(LetterStudio.Auth|\.AspNetCore\.Antiforgery)/ { printf "%s=%s; ", $6, $7 }' "$jar")
order=$(sqlite3 "$data/letterstudio.db" "select Id from Orders where AssignedWriter='writer@letterstudio.test' and Status='Drafting' order by Id desc limit 1")
lettered=$(sqlite3 "$data/letterstudio.db" "select o.Id from Orders o join Letters l on l.OrderId = o.Id where o.AssignedWriter='writer@letterstudio.test' order by o.Id limit 1")

measure() { # name url
  curl -fs -o /dev/null -H "Cookie: $cookie" "$2" || { echo "$1: $2 did not answer 200" >&2; exit 1; }
  wrk -t1 -c1 -d3s -H "Cookie: $cookie" "$2" >/dev/null   # warm-up: JIT and caches, not measured
  wrk -t1 -c"$connections" -d"${seconds}s" -s bench/workbench/p95.lua -H "Cookie: $cookie" "$2" | grep RESULT | sed "s/^RESULT/$1/"
}
echo "orders=$orders anecdotes=$anecdotes duration=${seconds}s connections=$connections"
results=$(measure baseline-login "$base/account/login"; measure queue "$base/queue"; measure dossier "$base/orders/$order/dossier"; measure preview "$base/orders/$lettered/preview/1.png")
echo "$results"
baseline=$(echo "$results" | awk '/^baseline/ { for (i = 1; i <= NF; i++) if ($i ~ /^p95_ms=/) { split($i, a, "="); print a[2] } }')
echo "$results" | awk -v b="$baseline" '!/^baseline/ { for (i = 1; i <= NF; i++) if ($i ~ /^p95_ms=/) { split($i, a, "="); printf "%s p95 %.1f ms = %.1fx the login page (target < %d ms)\n", $1, a[2], a[2] / b, ($1 == "preview" ? 150 : 50) } }'
