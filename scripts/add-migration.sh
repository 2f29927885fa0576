#!/usr/bin/env bash
# Adds a migration for both providers, as every model change must: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project src/LetterStudio.Data --startup-project src/LetterStudio.Data \
    --context "${provider}LetterStudioDbContext" --output-dir "Migrations/$provider"
done
