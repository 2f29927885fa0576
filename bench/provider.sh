# Sourced by bench/api/run.sh and bench/print/run.sh: the provider switch and a fresh database per run.
#
#   bench_parse_providers "$@"   reads --provider sqlite|postgres|both (default both) and leaves the other arguments in BENCH_ARGS
#   bench_open PROVIDER NAME     a fresh studio: a data folder, and with postgres a database bench_NAME_<time>_<pid> of its own;
#                                exports Studio__DataFolder, Database__Provider and Database__ConnectionString for the app
#   bench_epoch SQL              SQL turning a DateTimeOffset column into Unix seconds on either provider
#   q SQL                        runs SQL on that database and prints the rows, fields separated by a space
#                                (identifiers double-quoted, which both SQLite and PostgreSQL read)
#   bench_close                  drops the database and removes the data folder (also on exit, by bench_close_all)
#
# PostgreSQL is LETTERSTUDIO_TEST_POSTGRES when set (an Npgsql connection string without Database), otherwise the
# shared server on 127.0.0.1:55432. psql reads the same host, port and user from it.

bench_parse_providers() {
  BENCH_PROVIDERS=(sqlite postgres)
  BENCH_ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --provider) shift; bench_set_providers "${1:-}" ;;
      --provider=*) bench_set_providers "${1#--provider=}" ;;
      *) BENCH_ARGS+=("$1") ;;
    esac
    shift
  done
}

bench_set_providers() {
  case "$1" in
    sqlite) BENCH_PROVIDERS=(sqlite) ;;
    postgres) BENCH_PROVIDERS=(postgres) ;;
    both) BENCH_PROVIDERS=(sqlite postgres) ;;
    *) echo "--provider must be sqlite, postgres or both, not '$1'" >&2; exit 2 ;;
  esac
}

# One field of an Npgsql connection string, by any of the names given (case-insensitive).
bench_pg_field() {
  local cs=$1; shift
  local name
  for name in "$@"; do
    echo "$cs" | tr ';' '\n' | awk -F= -v k="$name" 'tolower($1) == tolower(k) { print substr($0, index($0, "=") + 1); exit }' | grep . && return 0
  done
  return 0
}

BENCH_OPEN_DBS=()
BENCH_OPEN_FOLDERS=()

bench_open() {
  local provider=$1 name=$2
  BENCH_PROVIDER=$provider
  Studio__DataFolder=$(mktemp -d "/tmp/bench-$name.XXXX")
  export Studio__DataFolder
  BENCH_OPEN_FOLDERS+=("$Studio__DataFolder")
  if [ "$provider" = sqlite ]; then
    export Database__Provider=Sqlite
    unset Database__ConnectionString
    BENCH_SQLITE_FILE="$Studio__DataFolder/letterstudio.db"
    return
  fi
  command -v psql >/dev/null || { echo "installing postgresql-client"; apt-get install -y postgresql-client >/dev/null; }
  local server=${LETTERSTUDIO_TEST_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Password=;}
  server=${server%;}
  export PGHOST=$(bench_pg_field "$server" Host Server) PGPORT=$(bench_pg_field "$server" Port) PGUSER=$(bench_pg_field "$server" Username "User ID" User "User Name")
  PGPASSWORD=$(bench_pg_field "$server" Password); export PGPASSWORD
  [ -n "$PGPORT" ] || PGPORT=5432
  BENCH_PG_DB="bench_${name}_$(date +%s)_$$"
  psql -X -q -d postgres -c "create database \"$BENCH_PG_DB\"" >/dev/null
  BENCH_OPEN_DBS+=("$BENCH_PG_DB")
  export Database__Provider=Postgres
  export Database__ConnectionString="$server;Database=$BENCH_PG_DB"
}

q() {
  if [ "$BENCH_PROVIDER" = sqlite ]; then
    sqlite3 -separator ' ' "$BENCH_SQLITE_FILE" "$1"
  else
    psql -X -q -At -F ' ' -d "$BENCH_PG_DB" -c "$1"
  fi
}

# SQL for a DateTimeOffset column (or an aggregate of one) as Unix seconds, and the seconds between two of them.
# SQLite holds them as EF's DateTimeOffsetToBinaryConverter longs: the clock's ticks / 1000 shifted left 11 bits over
# the offset in minutes (0 here: the app writes UTC).
bench_epoch() {
  if [ "$BENCH_PROVIDER" = sqlite ]; then
    echo "((($1) >> 11) * 1000 - 621355968000000000) / 10000000.0"
  else
    echo "extract(epoch from $1)"
  fi
}
bench_seconds() { echo "($(bench_epoch "$1") - $(bench_epoch "$2"))"; }

bench_close() {
  if [ "$BENCH_PROVIDER" = postgres ] && [ -n "${BENCH_PG_DB:-}" ]; then
    psql -X -q -d postgres -c "drop database if exists \"$BENCH_PG_DB\" with (force)" >/dev/null || true
    BENCH_PG_DB=""
  fi
  rm -rf "$Studio__DataFolder"
}

# For the EXIT trap: whatever an interrupted run left open.
bench_close_all() {
  local db folder
  for db in "${BENCH_OPEN_DBS[@]}"; do psql -X -q -d postgres -c "drop database if exists \"$db\" with (force)" >/dev/null 2>&1 || true; done
  for folder in "${BENCH_OPEN_FOLDERS[@]}"; do rm -rf "$folder"; done
}

# The bench's figures per provider, and each PostgreSQL figure over SQLite's: bench_compare "label|key|unit" ...
# reads lines "provider key=value ..." from the file $BENCH_FIGURES.
bench_compare() {
  local spec label key unit s p
  printf '\n%-34s %14s %14s %18s\n' "" "SQLite" "PostgreSQL" "PostgreSQL/SQLite"
  for spec in "$@"; do
    IFS='|' read -r label key unit <<<"$spec"
    s=$(awk -v k="$key" '$1 == "sqlite" { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$BENCH_FIGURES" | tail -1)
    p=$(awk -v k="$key" '$1 == "postgres" { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$BENCH_FIGURES" | tail -1)
    printf '%-34s %14s %14s %18s\n' "$label" "${s:--}${s:+ $unit}" "${p:--}${p:+ $unit}" \
      "$( [ -n "$s" ] && [ -n "$p" ] && awk -v s="$s" -v p="$p" 'BEGIN { if (s > 0) printf "%.2fx", p / s }')"
  done
}
