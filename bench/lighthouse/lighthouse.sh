#!/usr/bin/env bash
# Lighthouse (mobile preset, Debian's Chromium) on the wizard and a share page of the app as the Dockerfile runs it:
# published, on SQLite and the shipped content. Prints each page's performance and accessibility scores.
# Needs chromium (Debian) and npm; installs lighthouse into ~/.cache/decider-bench-tools when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools="${XDG_CACHE_HOME:-$HOME/.cache}/decider-bench-tools"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools" && (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent lighthouse@12 >/dev/null)
fi

work=$(mktemp -d)
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/Decider.Web/Decider.Web.csproj -c Release -o "$work/app" --nologo -v quiet >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/app" && Decider__DataDirectory="$work/data" \
  ASPNETCORE_URLS="http://127.0.0.1:$port" MALLOC_ARENA_MAX=2 dotnet Decider.Web.dll >"$work/app.log" 2>&1) &
app=$!
base="http://127.0.0.1:$port"
until curl -sf "$base/healthz" >/dev/null; do sleep 0.2; done

answers='{"lifespan":"long-lived","workload":"parser","failure-cost":"high","input-trust":"untrusted","rust-reviewers":"one"}'
id=$(curl -sf "$base/api/v1/assessments" -H 'content-type: application/json' \
  -d "{\"title\":\"Upload parser\",\"answers\":$answers}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

for page in "/" "/a/$id"; do
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$work/report.json" \
    --only-categories=performance,accessibility --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
  python3 - "$page" "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))
c, a = r["categories"], r["audits"]
print(f'{sys.argv[1]:<28} performance {round(c["performance"]["score"] * 100):>3}  accessibility {round(c["accessibility"]["score"] * 100):>3}  '
      f'FCP {a["first-contentful-paint"]["displayValue"]}  LCP {a["largest-contentful-paint"]["displayValue"]}  '
      f'transfer {round(a["total-byte-weight"]["numericValue"] / 1024)} KB')
PY
done
