#!/usr/bin/env bash
# What a refused run costs: POST .../run from a key limited to 1 run per minute, once that run is
# spent (every answer a 429 from admission, before the pipeline is looked up or the body read),
# against the authenticated GET /api/health with the same key (the same HTTP stack and key check,
# no other work), with wrk at 16 and 64 connections, three alternating pairs each, median ratio.
# Builds nothing: run `mvn -B install -DskipTests` first.
#
#   usage: benchmarks/refusals.sh [seconds per wrk measurement]   (default 10)
set -euo pipefail
seconds=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/distribution/target/flowmason
[ -x "$dist/bin/flowmason" ] || { echo "run first: mvn -B install -DskipTests" >&2; exit 1; }
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null 2>&1 || (apt-get update > /dev/null && apt-get install -y wrk > /dev/null); }

owner=benchmark-owner-key-0001
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
mkdir -p "$work/deploy"
FLOWMASON_HTTP_PORT=$port FLOWMASON_DATA_DIR=$work/data FLOWMASON_DEPLOY_DIR=$work/deploy FLOWMASON_ADMIN_KEY=$owner \
    "$dist/bin/flowmason" > "$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/ready")" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/out.log" >&2; exit 1; }
    sleep 0.1
done

key=$(curl -sf -H "X-API-Key: $owner" "$base/api/keys" -d '{"name": "one-a-minute",
    "permissions": ["pipelines:execute", "pipelines:read"], "rate_limit_per_minute": 1}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
body='{"ticket_text": "I was charged twice", "customer_id": "cus_1"}'
run=$base/api/pipelines/support-triage/run
cat > "$work/run.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$key"
LUA
measure() {  # measure <label> <connections> <wrk args...>: requests/s, and the answers that were not 2xx/3xx
    local label=$1 connections=$2; shift 2
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" > "$work/$label.txt"
    awk '/Requests\/sec/{rps=$2} /Non-2xx/{non=$NF} $1=="50%"{p50=$2} END {print rps, (non == "" ? 0 : non), p50}' \
        "$work/$label.txt" > "$work/$label"
}
field() { awk -v f="$2" '{print $f}' "$work/$1"; }
# Spend the key's run of this minute; from here on (one per minute boundary aside) every run is refused.
curl -s -o /dev/null -H "X-API-Key: $key" -H 'Content-Type: application/json' "$run" -d "$body"
echo "a refused run: $(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $key" -H 'Content-Type: application/json' "$run" -d "$body")"
wrk -t2 -c16 -d"${seconds}s" -s "$work/run.lua" "$run" > /dev/null          # warm-up
wrk -t2 -c16 -d"${seconds}s" -H "X-API-Key: $key" "$base/api/health" > /dev/null
echo "| connections | refused runs (429) req/s | health req/s (same key) | ratio | 429 p50 / health p50 |"
echo "| --- | --- | --- | --- | --- |"
for c in 16 64; do
    : > "$work/ratios"
    for i in 1 2 3; do
        measure "health-$c-$i" "$c" -H "X-API-Key: $key" "$base/api/health"
        measure "refused-$c-$i" "$c" -s "$work/run.lua" "$run"
        total=$(awk '/requests in/{print $1}' "$work/refused-$c-$i.txt")
        [ "$(field "refused-$c-$i" 2)" -ge $(( total - 2 * (seconds / 60 + 1) )) ] \
            || { echo "not every run was refused: $(cat "$work/refused-$c-$i.txt")" >&2; exit 1; }
        echo "$(awk -v r="$(field "refused-$c-$i" 1)" -v h="$(field "health-$c-$i" 1)" 'BEGIN {printf "%.2f", r / h}') $i" >> "$work/ratios"
    done
    read -r ratio i < <(sort -n "$work/ratios" | sed -n 2p)
    echo "| $c | $(field "refused-$c-$i" 1) | $(field "health-$c-$i" 1) | $ratio (median of $(sort -n "$work/ratios" | awk '{printf "%s%s", (NR > 1 ? " " : ""), $1}')) | $(field "refused-$c-$i" 3) / $(field "health-$c-$i" 3) |"
done
