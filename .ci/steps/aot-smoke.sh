#!/usr/bin/env bash
# Publishes tests/AotSmoke (an app over Dynamo.Repositories.Abstractions) with Native AOT, fails on any warning (the
# build treats warnings as errors; the log is also searched, so a warning that is not promoted still fails), and runs
# the native binary. Needs clang and zlib1g-dev (.ci/run installs them when missing).
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
