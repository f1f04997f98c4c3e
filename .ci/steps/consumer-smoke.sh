#!/usr/bin/env bash
# The consumer smoke test: a brand-new project in a temporary folder outside the repository references the packages
# just packed (by version, from the local folder only: no project reference), builds with warnings as errors, and
# runs against a DynamoDB Local it starts (a configuration, a unit of work, a query).
# Usage: consumer-smoke.sh <version> [packages folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="${1:?usage: consumer-smoke.sh <version> [packages folder]}"
packages="$(cd "${2:-$root/artifacts/packages}" && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/eng/consumer-smoke/Consumer.csproj" "$root/eng/consumer-smoke/Program.cs" "$work/"

# The packages under test come from the local folder only (source mapping); their dependencies from nuget.org. The
# consumer restores into its own package folder, so a package of the same version cached earlier cannot stand in;
# the machine's cache serves the dependencies read-only when it has them (and no Dynamo.Repositories package).
fallback=""
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
if [ -d "$cache" ] && ! ls -d "$cache"/dynamo.repositories* >/dev/null 2>&1; then
    fallback="<fallbackPackageFolders><clear /><add key=\"machine\" value=\"$cache\" /></fallbackPackageFolders>"
fi
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  $fallback
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Dynamo.Repositories" /><package pattern="Dynamo.Repositories.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

cd "$work"
env -u NUGET_PACKAGES dotnet build -c Release -v q -nologo -p:DynamoRepositoriesVersion="$version" -warnaserror >&2
# The restored Dynamo.Repositories packages must be the ones just packed.
for id in dynamo.repositories dynamo.repositories.abstractions dynamo.repositories.testing; do
    if [ ! -f "$work/packages/$id/$version/$id.$version.nupkg" ]; then
        echo "[consumer] $id $version was not restored from $packages" >&2
        exit 1
    fi
done
timeout 5m dotnet bin/Release/net10.0/Consumer.dll </dev/null
