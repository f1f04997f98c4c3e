#!/usr/bin/env bash
# Mutation testing with Stryker.NET (local tool, .config/dotnet-tools.json) over one folder of src/Dynamo.Repositories,
# killed by the unit tests (tests/Unit) through Stryker's Microsoft.Testing.Platform runner. Not part of .ci/run:
# it takes minutes to an hour per folder. Reports: TestResults/stryker/<name>/reports/mutation-report.html (and .json).
#
# Usage: eng/stryker/run.sh <folder> [concurrency] [files]     e.g. eng/stryker/run.sh Expressions 2
#   files: optional comma-separated file-name globs inside the folder, to measure a sub-set of a big folder, e.g.
#          eng/stryker/run.sh Query 2 'QueryPlanner*.cs,Conjunct.cs'   (report: TestResults/stryker/query-<files>/...)
#   STRYKER_OUTPUT_NAME=writes-2 eng/stryker/run.sh Writes   writes the report under TestResults/stryker/writes-2 instead,
#          so a second run does not replace the report of a run still going (each run measures its own clone of HEAD).
#
# Stryker builds the unit tests and replaces Dynamo.Repositories.dll in their output folder with mutated builds, so
# it works on a copy of the committed tree (HEAD) in a temporary folder: a build in the working tree meanwhile is
# safe, and uncommitted changes are not measured.
# Caveat (see docs/quality.md): the MTP runner reuses one test process for many mutants, so a mutant hidden behind a
# cache can survive although a fresh process would kill it. The library caches per entity metadata only, and the
# repository harness builds a new model per test, so Writes, Query and Expressions are measured honestly.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
folder="${1:?usage: eng/stryker/run.sh <folder under src/Dynamo.Repositories> [concurrency]}"
concurrency="${2:-2}"
files="${3:-}"
name="$(echo "$folder" | tr '[:upper:]/' '[:lower:]-')"
mutate=()
if [[ -z "$files" ]]; then
    mutate=(--mutate "**/$folder/**/*.cs")
else
    IFS=',' read -ra globs <<<"$files"
    for glob in "${globs[@]}"; do mutate+=(--mutate "**/$folder/$glob"); done
    name="$name-$(echo "$files" | tr '[:upper:]' '[:lower:]' | tr -c 'a-z0-9\n' '-' | sed 's/-\+/-/g; s/-$//')"
fi
out="$root/TestResults/stryker/${STRYKER_OUTPUT_NAME:-$name}"

copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
git clone -q --no-hardlinks "$root" "$copy/repo"  # a git clone: MinVer reads the version from it
cd "$copy/repo/tests/Unit"
dotnet tool restore >/dev/null
rm -rf "$out"
dotnet stryker --project Dynamo.Repositories.csproj --test-runner mtp "${mutate[@]}" \
    --reporter html --reporter json --reporter progress --reporter cleartext \
    --concurrency "$concurrency" --output "$out"
