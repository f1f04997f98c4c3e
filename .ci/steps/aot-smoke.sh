#!/usr/bin/env bash
# Publishes tests/AotSmoke (an app over Dynamo.Repositories.Abstractions) with Native AOT, fails on any warning (the
# build treats warnings as errors; the log is also searched, so a warning that is not promoted still fails), and runs
# the native binary. Then builds tests/AotWarnings (a call to AddDynamoRepositories with the trim and AOT analyzers
# on) and requires IL2026 and IL3050 at that call: the main package warns an AOT user at build time.
# Needs clang and zlib1g-dev (.ci/run installs them when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${AOT_DIR:-$root/artifacts/aot}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

rm -rf "$out"
set +e
dotnet publish "$root/tests/AotSmoke/AotSmoke.csproj" -c Release -o "$out" -nologo -clp:NoSummary 2>&1 | tee "$log" >&2
status=${PIPESTATUS[0]}
set -e
warnings="$(grep -Eic ': (warning|error) [A-Z]+[0-9]+' "$log" || true)"
echo "[aot] publish exited with $status; $warnings warning(s) or error(s)" >&2
if [ "$status" -ne 0 ] || [ "$warnings" -ne 0 ]; then
    exit 1
fi
"$out/AotSmoke" </dev/null

# The main package's entry point warns at the call site, with both warnings and nothing else.
# (Its own Release outputs are removed first, so the compiler runs and reports even after an earlier build.)
rm -rf "$root/tests/AotWarnings/obj/Release" "$root/tests/AotWarnings/bin/Release"
dotnet build "$root/tests/AotWarnings/AotWarnings.csproj" -c Release -nologo -clp:NoSummary 2>&1 | tee "$log" >&2
found="$(grep -Eo 'Program\.cs\([0-9]+,[0-9]+\): warning IL[0-9]+' "$log" | sed 's/.*warning //' | sort -u | paste -sd ' ' -)"
others="$(grep -E ': warning ' "$log" | grep -Ev 'Program\.cs\([0-9]+,[0-9]+\): warning IL(2026|3050)' | sort -u || true)"
echo "[aot] AddDynamoRepositories under the AOT analyzers: ${found:-no warning}" >&2
if [ "$found" != "IL2026 IL3050" ] || [ -n "$others" ]; then
    echo "[aot] expected exactly IL2026 and IL3050 at the call in tests/AotWarnings/Program.cs${others:+; also got: $others}" >&2
    exit 1
fi
