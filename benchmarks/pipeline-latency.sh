#!/usr/bin/env bash
# Latency of pipeline runs against the assembled instance, beside its bare baseline in the same run.
# Builds nothing: run `mvn -B install -DskipTests` first (it builds the distribution and the test
# package whose text_upper operator the pipelines chain). Starts bin/flowmason on a free port,
# publishes 2-, 3- and 12-stage chains, then with wrk (installed from Debian's packages when
# missing) measures at one connection: GET /api/health (authenticated, no pipeline work) and
# POST .../run of each chain (durable run records included). Per-stage overhead is
# (12-stage p50 - 2-stage p50) / 10.
#   usage: benchmarks/pipeline-latency.sh [seconds per measurement]   (default 10)
set -euo pipefail
seconds=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/distribution/target/flowmason
fixtures=$root/fmpkg-tooling/test-package/target/it-fixtures-1.0.0.fmpkg
[ -x "$dist/bin/flowmason" ] && [ -f "$fixtures" ] || { echo "run: mvn -B install -DskipTests" >&2; exit 1; }
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null 2>&1 || (apt-get update > /dev/null && apt-get install -y wrk > /dev/null); }

key=benchmark-owner-key-0001
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
mkdir -p "$work/deploy" && cp "$fixtures" "$work/deploy/"
FLOWMASON_HTTP_PORT=$port FLOWMASON_DATA_DIR=$work/data FLOWMASON_DEPLOY_DIR=$work/deploy FLOWMASON_ADMIN_KEY=$key \
    FLOWMASON_JAVA_OPTS="${FLOWMASON_JAVA_OPTS:-}" "$dist/bin/flowmason" > "$work/out.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
base=http://127.0.0.1:$port
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $key" "$base/api/registry/components/text_upper")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/out.log"; exit 1; }
    sleep 0.1
done

chain() {  # chain <id> <stages>: text_upper stages each reading the previous one
    local id=$1 n=$2 stages='{"id": "s1", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}}'
    for i in $(seq 2 "$n"); do
        stages="$stages, {\"id\": \"s$i\", \"type\": \"text_upper\", \"input_mapping\": {\"text\": \"{{upstream.s$((i-1)).text}}\"}}"
    done
    curl -sf -o /dev/null -H "X-API-Key: $key" -H 'Content-Type: application/json' "$base/api/pipelines" -d "{\"id\": \"$id\",
        \"name\": \"$id\", \"version\": \"1.0.0\", \"input_schema\": {\"type\": \"object\", \"required\": [\"text\"]},
        \"stages\": [$stages]}"
    curl -sf -o /dev/null -H "X-API-Key: $key" -X POST "$base/api/pipelines/$id/publish"
}
chain chain2 2; chain chain3 3; chain chain12 12

cat > "$work/run.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"text": "a short ticket about a late parcel"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$key"
LUA
measure() {  # measure <label> <wrk args...>: prints p50, p99 and requests per second (CONNECTIONS, default 1)
    local label=$1; shift
    local connections=${CONNECTIONS:-1}
    local out; out=$(wrk -t"$(( connections > 1 ? 2 : 1 ))" -c"$connections" -d"${seconds}s" --latency "$@")
    local p50 p99 rps
    p50=$(echo "$out" | awk '$1=="50%"{print $2}'); p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    printf '%-28s p50 %-9s p99 %-9s %s req/s\n' "$label" "$p50" "$p99" "$rps"
    echo "$p50" > "$work/$label.p50"
}
for id in chain2 chain3 chain12; do   # warm-up: let the JIT compile the whole path first
    wrk -t1 -c4 -d"${seconds}s" -s "$work/run.lua" "$base/api/pipelines/$id/run" > /dev/null
done
wrk -t1 -c4 -d3s -H "X-API-Key: $key" "$base/api/health" > /dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), ${seconds} s each, one connection unless -cN"
measure health -H "X-API-Key: $key" "$base/api/health"
measure run-2-stages -s "$work/run.lua" "$base/api/pipelines/chain2/run"
measure run-3-stages -s "$work/run.lua" "$base/api/pipelines/chain3/run"
measure run-12-stages -s "$work/run.lua" "$base/api/pipelines/chain12/run"
# Authentication and rate limiting: the owner key is neither looked up nor limited; a scoped key is
# looked up by its HMAC and counted against its (high) limits on every request.
scoped=$(curl -sf -H "X-API-Key: $key" -H 'Content-Type: application/json' "$base/api/keys" \
    -d '{"name": "bench", "permissions": ["pipelines:execute"], "rate_limit_per_minute": 100000000, "rate_limit_per_hour": 100000000}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
sed "s/$key/$scoped/" "$work/run.lua" > "$work/run-scoped.lua"
for c in 1 16; do
    CONNECTIONS=$c measure "3-stages-owner-c$c" -s "$work/run.lua" "$base/api/pipelines/chain3/run"
    CONNECTIONS=$c measure "3-stages-scoped-key-c$c" -s "$work/run-scoped.lua" "$base/api/pipelines/chain3/run"
done
us() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v*1000} else {sub(/s$/,"",v); print v*1000000}}' "$1"; }
echo "per-stage overhead: $(awk -v a="$(us "$work/run-12-stages.p50")" -v b="$(us "$work/run-2-stages.p50")" 'BEGIN{printf "%.1f us", (a-b)/10}') (12- vs 2-stage p50 / 10)"
echo "resident memory after the load: $(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 )) MB"
