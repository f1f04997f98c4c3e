#!/usr/bin/env bash
# Fails when a package the solution uses, directly or transitively, has a known vulnerability of high or critical
# severity (NuGet's advisory data); moderate and low ones are listed but do not fail. Needs a restored solution.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

# The check is only as good as the advisory data: say so when the package source does not serve it (NuGet's
# service index lists a VulnerabilityInfo resource; some mirrors and proxies leave it out).
source="${NUGET_SOURCE_INDEX:-https://api.nuget.org/v3/index.json}"
if command -v curl >/dev/null 2>&1 && ! curl -sSfL --max-time 20 "$source" 2>/dev/null | grep -q '"VulnerabilityInfo'; then
    echo "[vulnerable] NOTE: $source serves no vulnerability data here, so nothing can be found; the check is real only where it does (nuget.org, GitHub Actions)" >&2
fi

dotnet list "$root/Repos.sln" package --vulnerable --include-transitive --format json >"$report"
# In the JSON report each vulnerable package carries "severity": "Low" | "Moderate" | "High" | "Critical".
listed="$(grep -Eo '"severity": *"[A-Za-z]+"' "$report" | sed 's/.*"\([A-Za-z]*\)"$/\1/' | sort | uniq -c | tr -s ' ' || true)"
if [ -n "$listed" ]; then
    echo "[vulnerable] advisories by severity:$listed" >&2
    grep -E '"(id|resolvedVersion|severity|advisoryurl)"' "$report" >&2 || true
else
    echo "[vulnerable] no known vulnerable package (direct or transitive)" >&2
fi
if grep -Eq '"severity": *"(High|Critical)"' "$report"; then
    echo "[vulnerable] a package with a high or critical vulnerability is in use: update it (Directory.Packages.props)" >&2
    exit 1
fi
