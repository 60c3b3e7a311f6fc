#!/usr/bin/env bash
# Server memory per wizard session: publishes the app as the Dockerfile does, starts it on SQLite, opens wizard
# sessions in Debian's Chromium (each answers its first question and stays open) and reads the server's resident
# memory at each step. Not run by CI.
#   bash bench/load/sessions.sh                 # 20 warm-up sessions, then up to 300 in steps of 70
#   SESSIONS=500 STEP=120 bash bench/load/sessions.sh
# The figure per session is the slope between the warmed-up process and the last step, so the runtime, the
# content and the first-render caches, paid once, are not counted against every session.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { echo "chromium is needed: apt-get install chromium" >&2; exit 1; }

sessions=${SESSIONS:-300}
step=${STEP:-70}
warmup=20
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
trap 'exec 3>&- 2>/dev/null || true; kill "$app" "$driver" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== publishing"
dotnet publish src/Decider.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/app" --nologo -v quiet >/dev/null
dotnet build bench/Decider.SessionLoad -c Release --nologo -v quiet -o "$work/driver" >/dev/null

echo "== starting on SQLite"
# The content root is the published folder, where wwwroot is, as in the container.
MALLOC_ARENA_MAX=2 ASPNETCORE_CONTENTROOT="$work/app" Decider__DataDirectory="$work/data" ASPNETCORE_URLS="$base" Logging__LogLevel__Default=Warning \
  dotnet "$work/app/Decider.Web.dll" >"$work/app.log" 2>&1 &
app=$!
until curl -sf "$base/healthz" >/dev/null; do sleep 0.05; done

mkfifo "$work/in" "$work/out"
dotnet "$work/driver/Decider.SessionLoad.dll" "$base" <"$work/in" >"$work/out" &
driver=$!
exec 3>"$work/in" 4<"$work/out"

mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
# Open TCP connections to the app: each session's WebSocket, and the browser's idle keep-alive connections.
connections() { ss -Htn state established "( sport = :$port )" | wc -l; }
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$app/status"; }
# Settled: the circuits' first renders and their draft saves are done and the GC has had its chance.
settle() { sleep 15; }
open_to() { # total
  echo "open $(( $1 - open ))" >&3
  read -r reply <&4
  open=${reply#open }
  settle
}

open=0
printf '%-10s %10s %12s\n' sessions "RSS MB" connections
open_to "$warmup"
base_kb=$(rss_kb)
printf '%-10s %10s %12s\n' "$open" "$(mb "$base_kb")" "$(connections)"
while (( open < sessions )); do
  next=$(( open + step )); (( next > sessions )) && next=$sessions
  open_to "$next"
  printf '%-10s %10s %12s\n' "$open" "$(mb "$(rss_kb)")" "$(connections)"
done
last_kb=$(rss_kb)
echo "per session: $(( (last_kb - base_kb) / (open - warmup) )) KB (from $warmup to $open sessions)"
