#!/usr/bin/env bash
# Load benchmark of the published app on SQLite, loopback only. Not run by CI.
#   bash bench/load/load.sh            # about 2 minutes
#   SOAK_MINUTES=10 bash bench/load/load.sh   # adds a soak with mixed requests, sampling resident memory
# Measures, side by side in one run: GET /healthz (the framework's floor), POST /api/v1/evaluate with the
# public worked cases, GET /a/{id} and GET /a/{id}/report.pdf, each with wrk; the share page printed to PDF
# by headless Chromium; start-up time to healthy; resident memory after 10,000 mixed requests (measured
# first, on the freshly started app).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium is needed: apt-get install chromium" >&2; exit 1; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== publishing"
# ReadyToRun, as the Dockerfile publishes: precompiled code starts about a second sooner on this machine.
dotnet publish src/Decider.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/app" --nologo -v quiet >/dev/null

echo "== starting on SQLite"
start=$(date +%s.%N)
# malloc's settings as the Dockerfile sets them.
MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=131072 Decider__DataDirectory="$work/data" Decider__RateLimit__WritesPerMinute=0 ASPNETCORE_URLS="$base" \
  Logging__LogLevel__Default=Warning dotnet "$work/app/Decider.Web.dll" >"$work/app.log" 2>&1 &
app=$!
until curl -sf "$base/healthz" >/dev/null; do sleep 0.02; done
startup=$(python3 -c "print(f'{($(date +%s.%N) - $start) * 1000:.0f}')")

python3 - "$work/cases.jsonl" <<'PY'
import json, sys
cases = json.load(open("tests/Decider.Core.Tests/Scenarios/public.json"))["scenarios"]
with open(sys.argv[1], "w") as out:
    for case in cases:
        out.write(json.dumps({"answers": case["answers"]}) + "\n")
PY
id=$(curl -sf -X POST "$base/api/v1/assessments" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Load test\",\"answers\":$(sed -n 8p "$work/cases.jsonl" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["answers"]))')}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# Memory first, so the figure is what 10,000 mixed requests leave behind, not the peak of the throughput runs
# below with 16 connections; the soak at the end samples the same process again.
echo "== 10,000 mixed requests, then resident memory"
python3 - "$base" "$id" "$work/cases.jsonl" <<'PY'
import concurrent.futures, sys, urllib.request
base, id, cases = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().splitlines()
def one(i):
    kind = i % 4
    if kind == 0:
        request = urllib.request.Request(f"{base}/api/v1/evaluate", data=cases[i % len(cases)].encode(), headers={"Content-Type": "application/json"})
    else:
        request = f"{base}/healthz" if kind == 1 else f"{base}/a/{id}" if kind == 2 else f"{base}/a/{id}/report.pdf"
    with urllib.request.urlopen(request) as response:
        response.read()
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    list(pool.map(one, range(10_000)))
PY
rss_mb=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app/status")

measure() { # name, connections, wrk arguments...
  local name=$1 conns=$2; shift 2
  wrk -t2 -c"$conns" -d"$duration" --latency "$@" >"$work/$name.txt"
  python3 - "$name" "$work/$name.txt" >>"$work/results.tsv" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
def ms(value):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not match:
        sys.exit(f"{name}: cannot read wrk's latency '{value}':\n{text}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)$", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)$", text, re.M).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name}\t{rps:.0f}\t{p50:.2f}\t{p99:.2f}\t{errors.group(1) if errors else 0}")
PY
}

echo "== warming up"
wrk -t2 -c"$connections" -d3s "$base/healthz" >/dev/null
DECIDER_CASES="$work/cases.jsonl" wrk -t2 -c"$connections" -d3s -s bench/load/evaluate.lua "$base" >/dev/null
wrk -t2 -c"$connections" -d3s "$base/a/$id" >/dev/null
wrk -t2 -c4 -d3s "$base/a/$id/report.pdf" >/dev/null

echo "== measuring ($duration each, $connections connections)"
: >"$work/results.tsv"
measure healthz "$connections" "$base/healthz"
DECIDER_CASES="$work/cases.jsonl" measure evaluate "$connections" -s bench/load/evaluate.lua "$base"
measure share-page "$connections" "$base/a/$id"
# The PDF's latency is measured with one request per core, as the one-at-a-time Chromium print it is compared with.
measure report-pdf 2 "$base/a/$id/report.pdf"

echo "== printing the share page with headless Chromium (10 runs)"
chromium_ms=$(python3 - "$base/a/$id" "$work" <<'PY'
import statistics, subprocess, sys, time
url, work = sys.argv[1], sys.argv[2]
times = []
for i in range(10):
    started = time.perf_counter()
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={work}/chrome{i}",
                    f"--print-to-pdf={work}/page{i}.pdf", url], check=True, capture_output=True)
    times.append((time.perf_counter() - started) * 1000)
print(f"{statistics.median(times):.0f}")
PY
)

soak=""
if [ "${SOAK_MINUTES:-0}" -gt 0 ]; then
  echo "== soak: ${SOAK_MINUTES} minutes of mixed requests, resident memory each minute"
  for minute in $(seq 1 "$SOAK_MINUTES"); do
    DECIDER_CASES="$work/cases.jsonl" wrk -t2 -c8 -d50s -s bench/load/evaluate.lua "$base" >/dev/null &
    evaluating=$!
    wrk -t1 -c4 -d50s "$base/a/$id" >/dev/null &
    sharing=$!
    wrk -t1 -c2 -d50s "$base/a/$id/report.pdf" >/dev/null
    wait "$evaluating" "$sharing"
    soak+="$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app/status") "
    sleep 10
  done
fi

echo
python3 - "$work/results.tsv" "$startup" "$chromium_ms" "$rss_mb" "$soak" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
floor = float(rows[0][1])
print("| endpoint | requests/s | p50 ms | p99 ms | × /healthz | non-2xx |")
print("|---|---:|---:|---:|---:|---:|")
for name, rps, p50, p99, errors in rows:
    print(f"| {name} | {rps} | {p50} | {p99} | {float(rps) / floor:.2f} | {errors} |")
pdf_p50 = float([r for r in rows if r[0] == "report-pdf"][0][2])
print()
print(f"start to healthy: {sys.argv[2]} ms")
print(f"share page printed by headless Chromium: median {sys.argv[3]} ms; our PDF p50 {pdf_p50} ms ({float(sys.argv[3]) / pdf_p50:.0f}x faster)")
print(f"resident memory after 10,000 mixed requests: {sys.argv[4]} MB")
if sys.argv[5].strip():
    print(f"resident memory each soak minute (MB): {sys.argv[5].strip()}")
PY
