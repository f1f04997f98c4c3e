#!/usr/bin/env bash
# Mutation testing with Stryker.NET (local tool, .config/dotnet-tools.json) over one folder of src/Dynamo.Repositories,
# killed by the unit tests (tests/Unit) through Stryker's Microsoft.Testing.Platform runner. Not part of .ci/run:
# it takes minutes to an hour per folder. Reports: TestResults/stryker/<name>/reports/mutation-report.html (and .json).
#
# Usage: eng/stryker/run.sh <folder> [concurrency]     e.g. eng/stryker/run.sh Expressions 2
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
name="$(echo "$folder" | tr '[:upper:]/' '[:lower:]-')"
out="$root/TestResults/stryker/$name"

copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
git clone -q --no-hardlinks "$root" "$copy/repo"  # a git clone: MinVer reads the version from it
cd "$copy/repo/tests/Unit"
dotnet tool restore >/dev/null
rm -rf "$out"
dotnet stryker --project Dynamo.Repositories.csproj --test-runner mtp --mutate "**/$folder/**/*.cs" \
    --reporter html --reporter json --reporter progress --reporter cleartext \
    --concurrency "$concurrency" --output "$out"
