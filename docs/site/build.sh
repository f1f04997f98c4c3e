#!/usr/bin/env bash
# Builds the documentation site into docs/site/_site: articles generated from README.md, the API reference from the
# XML docs of src/, every docfx warning (broken link, missing reference) an error.
# Usage: docs/site/build.sh [--serve]   (the site is then at http://localhost:8080)
set -euo pipefail
site="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$site/../.." && pwd)"
cd "$root"
python3 "$site/generate.py" "${REPOSITORY_URL:-}"
mkdir -p "$site/images"
cp "$root/eng/package/icon.png" "$site/images/icon.png"
dotnet tool restore >/dev/null
rm -rf "$site/_site" "$site/api"
dotnet docfx "$site/docfx.json" --warningsAsErrors "$@"
