#!/usr/bin/env bash
# Fails when a package the solution uses, directly or transitively, has a known vulnerability of high or critical
# severity; moderate and low ones are listed but do not fail. Needs a restored solution.
#
# `dotnet list package --vulnerable` reads the advisories from the package sources' registration data (each version's
# catalog entry carries "vulnerabilities"). Before the real check, a self-test proves that this script fails on a
# critical advisory and passes on a moderate one: it serves a small advisory feed on 127.0.0.1 (python3) that marks
# Scrutor, which the solution uses, and runs the same check against it.
# Environment: VULNERABLE_CONFIG (a NuGet.Config whose sources to ask; default: the solution's own configuration).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# check <label> [nuget.config]: 0 when no high/critical advisory applies, 1 otherwise; prints what it found.
check() {
    local label="$1" config="${2:-}" report
    report="$(mktemp)"
    local args=(list "$root/Repos.sln" package --vulnerable --include-transitive --format json)
    [ -n "$config" ] && args+=(--config "$config")
    if ! dotnet "${args[@]}" >"$report" 2>&1; then
        echo "[vulnerable:$label] dotnet list package failed:" >&2
        cat "$report" >&2
        rm -f "$report"
        return 2
    fi
    local listed
    listed="$(grep -Eo '"severity": *"[A-Za-z]+"' "$report" | sed 's/.*"\([A-Za-z]*\)"$/\1/' | sort | uniq -c | tr -s ' ' || true)"
    if [ -n "$listed" ]; then
        echo "[vulnerable:$label] advisories by severity:$listed" >&2
        grep -E '"(id|resolvedVersion|severity|advisoryurl)"' "$report" | sort -u >&2 || true
    else
        echo "[vulnerable:$label] no known vulnerable package (direct or transitive)" >&2
    fi
    local found=0
    grep -Eq '"severity": *"(High|Critical)"' "$report" && found=1
    rm -f "$report"
    return "$found"
}

# The self-test feed: a service index with a registration resource, and one registration for Scrutor at the version
# the solution pins, carrying an advisory of the given severity (NuGet's numbers: 0 low, 1 moderate, 2 high, 3 critical).
selftest() {
    local severity="$1" expect="$2" dir port version pid status=0
    dir="$(mktemp -d)"
    version="$(grep -Eo 'Include="Scrutor" Version="[^"]+"' "$root/Directory.Packages.props" | sed 's/.*Version="\([^"]*\)"/\1/')"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    local base="http://127.0.0.1:$port"
    mkdir -p "$dir/feed/reg/scrutor"
    printf '{"version":"3.0.0","resources":[{"@id":"%s/reg/","@type":"RegistrationsBaseUrl/3.6.0"}]}' "$base" >"$dir/feed/index.json"
    printf '{"count":1,"items":[{"@id":"%s/reg/scrutor/index.json#page","count":1,"lower":"%s","upper":"%s","items":[{"@id":"%s/reg/scrutor/%s.json","catalogEntry":{"@id":"%s/reg/scrutor/%s.json","id":"Scrutor","version":"%s","listed":true,"vulnerabilities":[{"advisoryUrl":"https://example.invalid/dynamo-repositories-selftest","severity":"%s"}]},"packageContent":"%s/none.nupkg"}]}]}' \
        "$base" "$version" "$version" "$base" "$version" "$base" "$version" "$version" "$severity" "$base" >"$dir/feed/reg/scrutor/index.json"
    printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="selftest" value="%s/index.json" allowInsecureConnections="true" /></packageSources></configuration>\n' "$base" >"$dir/nuget.config"
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir/feed" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do curl -sf "$base/index.json" >/dev/null 2>&1 && break; sleep 0.1; done
    check "selftest-severity-$severity" "$dir/nuget.config" || status=$?
    kill "$pid" 2>/dev/null || true
    rm -rf "$dir"
    if [ "$status" -ne "$expect" ]; then
        echo "[vulnerable] SELF-TEST FAILED: an advisory of severity $severity on Scrutor gave status $status, expected $expect" >&2
        exit 1
    fi
    echo "[vulnerable] self-test: severity $severity on Scrutor -> status $status (as expected)" >&2
}

selftest 3 1   # critical: the check must fail
selftest 1 0   # moderate: listed, the check must pass

# Say when the real source carries no advisory data (some mirrors strip it): System.Text.Json 8.0.0 has advisories
# on nuget.org, so a registration without any "vulnerabilities" means nothing can be found here.
source="${NUGET_SOURCE_INDEX:-https://api.nuget.org/v3/index.json}"
if command -v curl >/dev/null 2>&1; then
    registrations="$(curl -sSfL --max-time 20 "$source" 2>/dev/null | python3 -c 'import json,sys; print(next((r["@id"] for r in json.load(sys.stdin)["resources"] if r["@type"].startswith("RegistrationsBaseUrl/3.6")), ""))' 2>/dev/null || true)"
    if [ -n "$registrations" ] && ! curl -sSfL --compressed --max-time 30 "${registrations}system.text.json/index.json" 2>/dev/null | grep -q '"vulnerabilities"'; then
        echo "[vulnerable] NOTE: $source serves no advisory data here (its registrations carry no \"vulnerabilities\"), so the real check below cannot find anything; it is real where the source serves them (nuget.org, GitHub Actions)" >&2
    fi
fi

status=0
check packages "${VULNERABLE_CONFIG:-}" || status=$?
if [ "$status" -eq 1 ]; then
    echo "[vulnerable] a package with a high or critical vulnerability is in use: update it (Directory.Packages.props)" >&2
fi
exit "$status"
