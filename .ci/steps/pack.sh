#!/usr/bin/env bash
# Packs the three libraries (Release) into ${PACKAGES_DIR:-artifacts/packages} and checks each package as a user meets
# it: the .nupkg holds the README, the icon, the assembly and its XML docs; the nuspec names the license and the
# repository (URL and commit); the .snupkg exists. Prints the version packed on the last line (for the smoke test).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${PACKAGES_DIR:-$root/artifacts/packages}"
projects=(Dynamo.Repositories.Abstractions Dynamo.Repositories Dynamo.Repositories.Testing)

rm -rf "$out"
mkdir -p "$out"
# One build of the three (Testing references the others), then pack each without rebuilding.
dotnet build "$root/src/Dynamo.Repositories.Testing/Dynamo.Repositories.Testing.csproj" -c Release -v q -nologo >&2
for project in "${projects[@]}"; do
    dotnet pack "$root/src/$project/$project.csproj" -c Release --no-build -o "$out" -v q -nologo >&2
done

problems=0
check() { # check <package> <description> <command...>
    local package="$1" what="$2"
    shift 2
    if ! "$@" >/dev/null 2>&1; then
        echo "[pack] $package: $what is missing" >&2
        problems=$((problems + 1))
    fi
}
version=""
for project in "${projects[@]}"; do
    nupkg="$(find "$out" -maxdepth 1 -name "$project.[0-9]*.nupkg" | head -n 1)"
    if [ -z "$nupkg" ]; then
        echo "[pack] $project: no .nupkg produced" >&2
        problems=$((problems + 1))
        continue
    fi
    file="$(basename "$nupkg")"
    version="${file#"$project".}"
    version="${version%.nupkg}"
    listing="$(unzip -Z1 "$nupkg")"
    nuspec="$(unzip -p "$nupkg" "$project.nuspec")"
    check "$file" "README.md" grep -qx "README.md" <<<"$listing"
    check "$file" "icon.png" grep -qx "icon.png" <<<"$listing"
    check "$file" "the assembly" grep -qx "lib/net10.0/$project.dll" <<<"$listing"
    check "$file" "the XML docs" grep -qx "lib/net10.0/$project.xml" <<<"$listing"
    check "$file" "the license in the nuspec" grep -q '<license type="expression">MIT</license>' <<<"$nuspec"
    check "$file" "the repository URL and commit in the nuspec" grep -Eq '<repository type="git" url="https://[^"]+"[^>]* commit="[0-9a-f]{40}"' <<<"$nuspec"
    check "$file" "the symbol package" test -f "$out/$project.$version.snupkg"
    echo "[pack] $file ($(du -k "$nupkg" | cut -f1) KB) and $project.$version.snupkg" >&2
done
[ "$problems" -eq 0 ] || exit 1
echo "$version"
