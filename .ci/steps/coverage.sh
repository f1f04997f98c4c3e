#!/usr/bin/env bash
# Merges the Cobertura files that `dotnet test` wrote with coverlet.MTP (one per test project) with ReportGenerator,
# prints the line and branch coverage of src/ (the three packages; tests, samples and generated code excluded), and
# fails below the floor. Report: TestResults/coverage-report/index.html.
# Environment: COVERAGE_LINE_FLOOR, COVERAGE_BRANCH_FLOOR (percent; defaults just under the measured values).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
results="${COVERAGE_RESULTS:-$root/TestResults/coverage}"
report="$root/TestResults/coverage-report"
line_floor="${COVERAGE_LINE_FLOOR:-96}"     # measured 96.4 % (2026-11-30, branch coverage 14c7674 on main fe3d885); target 95
branch_floor="${COVERAGE_BRANCH_FLOOR:-89.5}" # measured 89.9 % (same run); target 90; 0.4 below: two runs of the same tree gave 89.9 % and 90.1 %

files="$(find "$results" -name '*.cobertura*.xml' 2>/dev/null | sort | paste -sd ';' -)"
if [ -z "$files" ]; then
    echo "[coverage] no Cobertura file under $results: did the tests run with --coverlet?" >&2
    exit 1
fi
rm -rf "$report"
dotnet tool run reportgenerator "-reports:$files" "-targetdir:$report" \
    "-reporttypes:TextSummary;Html" "-assemblyfilters:+Dynamo.Repositories;+Dynamo.Repositories.Abstractions;+Dynamo.Repositories.Testing" \
    "-verbosity:Warning" >&2
summary="$report/Summary.txt"
sed -n '1,/^$/p' "$summary" | sed '/^$/d' >&2
echo "[coverage] per assembly:" >&2
grep -E '^(Dynamo\.Repositories[A-Za-z.]*) +[0-9.]+%' "$summary" >&2 || true

percent() { sed -n "s/^ *$1: *\([0-9.]*\)%.*/\1/p" "$summary" | head -n 1; }
line="$(percent 'Line coverage')"
branch="$(percent 'Branch coverage')"
echo "[coverage] src/: line $line % (floor $line_floor %), branch $branch % (floor $branch_floor %)" >&2
awk -v l="$line" -v b="$branch" -v lf="$line_floor" -v bf="$branch_floor" 'BEGIN { exit !(l != "" && b != "" && l + 0 >= lf && b + 0 >= bf) }'
