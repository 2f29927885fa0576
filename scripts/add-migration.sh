#!/usr/bin/env bash
# Adds a migration for every provider, as every model change must: scripts/add-migration.sh NAME
# The three sets (Migrations/Sqlite, Migrations/SqlServer, Migrations/Postgres) are built from one model, so one
# name lands in all three. Naming providers after NAME limits the run to them; that is only for starting a new
# provider's set (its Initial), never for a model change.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName [Sqlite|SqlServer|Postgres ...]}
shift
providers=("$@")
[ ${#providers[@]} -gt 0 ] || providers=(Sqlite SqlServer Postgres)
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/LetterStudio.Data -v q -nologo >/dev/null
for provider in "${providers[@]}"; do
  dotnet ef migrations add "$name" --no-build \
    --project src/LetterStudio.Data --startup-project src/LetterStudio.Data \
    --context "${provider}LetterStudioDbContext" --output-dir "Migrations/$provider"
done
