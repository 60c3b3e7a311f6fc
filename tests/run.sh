#!/usr/bin/env bash
# Runs Decider's whole test suite on a fresh machine: installs what the tests need when it is missing,
# builds once, runs every test project, and ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the tests need: Chromium for the end-to-end tests (browser downloads do not work here),
# PostgreSQL for the storage tests that run against it, Java for the Nu HTML Checker, and the font the PDF report
# draws Chinese and Japanese with (as the Dockerfile installs it).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing+=(fonts-droid-fallback)
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm tools for the OpenAPI tests (lint, client generation, a typed round trip) and the HTML checker, pinned, kept
# between runs.
tools="${XDG_CACHE_HOME:-$HOME/.cache}/decider-test-tools"
npm_packages=(@redocly/cli@2.77.0 openapi-typescript@7.13.0 openapi-fetch@0.17.0 typescript@5.9.3 vnu-jar@26.9.27)
if [ "$(cat "$tools/installed" 2>/dev/null)" != "${npm_packages[*]}" ]; then
  echo "== installing ${npm_packages[*]} (npm)"
  rm -rf "$tools" && mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "${npm_packages[@]}" >/dev/null)
  echo "${npm_packages[*]}" > "$tools/installed"
fi
export DECIDER_NPM_TOOLS="$tools"

results=$(mktemp -d)
pgroot=$(mktemp -d)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$pgbin/pg_ctl" -D "$pgroot/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$results" "$pgroot"
}
trap cleanup EXIT

# A throwaway PostgreSQL on loopback for the storage tests; each test class creates its own database in it.
echo "== starting PostgreSQL"
[ "$(id -u)" = 0 ] && chown postgres "$pgroot"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$pgbin/initdb" -D "$pgroot/data" -U postgres -A trust --no-sync >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgroot/data" -w -l "$pgroot/log" \
  -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export DECIDER_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

echo "== build"
dotnet build Decider.sln -c Release -warnaserror --nologo -v quiet

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# Sum the counts from every project's results so the suite ends with one plain summary line.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
if passed == 0:
    print("no test ran", file=sys.stderr)
    sys.exit(1)
PY
exit $status
