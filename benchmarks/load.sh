#!/usr/bin/env bash
# Every figure of docs/performance.md, measured in one run against the assembled instance, each
# beside its baseline and its budget. Builds nothing: run `mvn -B install -DskipTests` first (it
# builds the distribution and the test package whose text_upper operator the chains use).
#
#   1. cold start: bin/flowmason on a fresh data folder -> first 200 on /api/ready, core packages
#      installed (median of 5 starts); resident memory when idle;
#   2. deploy: an .fmpkg copied into deploy/ -> its component answering in a run (median of 5);
#   3. throughput and latency with wrk (installed from Debian's packages when missing): the
#      authenticated GET /api/health (baseline: same JVM, same HTTP stack, same key check, no
#      pipeline work) and POST .../run of a 3-stage operator chain with a scoped key (looked up,
#      rate-limited against a high limit) and durable run records, at 1, 16 and 64 connections (at
#      64, three alternating pairs, median ratio);
#   4. per-stage overhead: 12-stage chain against 2-stage chain at one connection (mean time per
#      run, three alternating pairs, median);
#   5. concurrency: 1000 runs at once of a pipeline whose one node waits 1 s on the mock provider;
#   6. resident memory after the load: right after it, and 10 s later.
#
#   usage: benchmarks/load.sh [seconds per wrk measurement]   (default 10)
set -euo pipefail
seconds=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/distribution/target/flowmason
fixtures=$root/fmpkg-tooling/test-package/target/it-fixtures-1.0.0.fmpkg
[ -x "$dist/bin/flowmason" ] && [ -f "$fixtures" ] || { echo "run first: mvn -B install -DskipTests" >&2; exit 1; }
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null 2>&1 || (apt-get update > /dev/null && apt-get install -y wrk > /dev/null); }

owner=benchmark-owner-key-0001
work=$(mktemp -d)
pid=
stop() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; rm -rf "$work"' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_mb() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 )); }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
api() { curl -sf -H "X-API-Key: $owner" -H 'Content-Type: application/json' "$@"; }
row() { printf '| %-44s | %-28s | %-24s | %-10s |\n' "$@" | tee -a "$work/table"; }

start_instance() {  # start_instance <folder>: a fresh instance; prints ms until ready
    local dir=$1 t0
    mkdir -p "$dir/deploy"
    port=$(free_port)
    t0=$(now_ms)
    FLOWMASON_HTTP_PORT=$port FLOWMASON_DATA_DIR=$dir/data FLOWMASON_DEPLOY_DIR=$dir/deploy FLOWMASON_ADMIN_KEY=$owner \
        "$dist/bin/flowmason" > "$dir/out.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ready")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null && [ $(( $(now_ms) - t0 )) -lt 60000 ] || { cat "$dir/out.log" >&2; exit 1; }
        sleep 0.01
    done
    echo $(( $(now_ms) - t0 ))
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | sed -n 1p), wrk ${seconds} s per measurement"
echo "JVM options: ${FLOWMASON_JAVA_OPTS:-the defaults of bin/flowmason}"
row "what" "measured" "baseline" "budget"
row "---" "---" "---" "---"

# 1. Cold start (the last instance stays up for everything else).
for i in 1 2 3 4 5; do
    [ "$i" -gt 1 ] && stop
    start_instance "$work/start$i" >> "$work/starts"
done
base=http://127.0.0.1:$port
instance=$work/start5
sleep 3
idle_rss=$(rss_mb)
start_ms=$(median < "$work/starts")
row "cold start to ready, core packages installed" "${start_ms} ms (median of $(paste -sd' ' "$work/starts"))" "" "<= 3000 ms"

# 2. Deploy folder -> runnable: a draft pipeline on text_upper, run while its package comes and goes.
cp "$fixtures" "$instance/deploy/"
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $owner" "$base/api/registry/components/text_upper")" = 200 ]; do sleep 0.05; done
api -o /dev/null "$base/api/pipelines" -d '{"id": "deploy-probe", "name": "deploy probe", "version": "1.0.0",
    "stages": [{"id": "up", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}}]}'
probe() { curl -s -H "X-API-Key: $owner" -H 'Content-Type: application/json' "$base/api/pipelines/deploy-probe/run?version=draft" -d '{"text": "x"}'; }
for i in 1 2 3 4 5; do
    rm "$instance/deploy/$(basename "$fixtures")"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $owner" "$base/api/registry/components/text_upper")" = 404 ]; do sleep 0.05; done
    t0=$(now_ms)
    cp "$fixtures" "$instance/deploy/"
    until probe | grep -q '"status":"completed"'; do sleep 0.005; done
    echo $(( $(now_ms) - t0 )) >> "$work/deploys"
done
row ".fmpkg in deploy/ -> answering in a run" "$(median < "$work/deploys") ms (median of $(paste -sd' ' "$work/deploys"))" "" "<= 300 ms median"

# 3 and 4. Chains of text_upper, a scoped key with high limits, wrk.
chain() {  # chain <id> <stages>: text_upper stages each reading the previous one, published
    local id=$1 n=$2 stages='{"id": "s1", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}}'
    for i in $(seq 2 "$n"); do
        stages="$stages, {\"id\": \"s$i\", \"type\": \"text_upper\", \"input_mapping\": {\"text\": \"{{upstream.s$((i-1)).text}}\"}}"
    done
    api -o /dev/null "$base/api/pipelines" -d "{\"id\": \"$id\", \"name\": \"$id\", \"version\": \"1.0.0\",
        \"input_schema\": {\"type\": \"object\", \"required\": [\"text\"]}, \"stages\": [$stages]}"
    api -o /dev/null -X POST "$base/api/pipelines/$id/publish"
}
chain chain2 2; chain chain3 3; chain chain12 12
key=$(api "$base/api/keys" -d '{"name": "benchmark", "permissions": ["pipelines:execute", "pipelines:read"],
    "rate_limit_per_minute": 1000000000, "rate_limit_per_hour": 1000000000}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
cat > "$work/run.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"text": "a short ticket about a late parcel"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = "$key"
LUA
measure() {  # measure <label> <connections> <wrk args...>: keeps p50, p99 and requests/s in $work/<label>
    local label=$1 connections=$2; shift 2
    local threads=$(( connections > 1 ? 2 : 1 ))
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" \
        | awk '$1=="50%"{p50=$2} $1=="99%"{p99=$2} /Requests\/sec/{rps=$2} END {print p50, p99, rps}' > "$work/$label"
}
field() { awk -v f="$2" '{print $f}' "$work/$1"; }
us() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v*1000} else {sub(/s$/,"",v); print v*1000000}}'; }
for id in chain2 chain3 chain12; do   # warm-up: the JIT compiles the whole path first
    wrk -t2 -c16 -d"${seconds}s" -s "$work/run.lua" "$base/api/pipelines/$id/run" > /dev/null
done
wrk -t2 -c16 -d"${seconds}s" -H "X-API-Key: $key" "$base/api/health" > /dev/null
# The machine's speed drifts from minute to minute (a shared virtual machine), so the figures that
# compare two measurements are taken in alternation, three times, and the median is reported with
# the spread: a single pair can be off by a quarter.
ratio_of() { awk -v r="$(field "$1" 3)" -v h="$(field "$2" 3)" 'BEGIN {printf "%.2f", r / h}'; }
for c in 1 16 64; do
    rounds=1; [ "$c" = 64 ] && rounds=3
    for i in $(seq "$rounds"); do
        measure "health-c$c-$i" "$c" -H "X-API-Key: $key" "$base/api/health"
        measure "run3-c$c-$i" "$c" -s "$work/run.lua" "$base/api/pipelines/chain3/run"
        echo "$(ratio_of "run3-c$c-$i" "health-c$c-$i") $i" >> "$work/ratios-c$c"
    done
    read -r ratio i < <(sort -n "$work/ratios-c$c" | sed -n "$(( (rounds + 1) / 2 ))p")
    spread=""; [ "$rounds" -gt 1 ] && spread=", median of $(sort -n "$work/ratios-c$c" | awk '{printf "%s%s", (NR > 1 ? " " : ""), $1}')"
    budget=""; [ "$c" = 64 ] && budget=">= 0.5 of health"
    row "3-stage run, $c connection(s): req/s" "$(field "run3-c$c-$i" 3) (ratio $ratio$spread)" "health $(field "health-c$c-$i" 3)" "$budget"
    row "3-stage run, $c connection(s): p50 / p99" "$(field "run3-c$c-$i" 1) / $(field "run3-c$c-$i" 2)" \
        "health $(field "health-c$c-$i" 1) / $(field "health-c$c-$i" 2)" ""
done
# Per-stage overhead from the mean time per run at one connection (1 / runs per second), which
# counts every run; a p50 moves in steps of the machine's wake-up latency.
for i in 1 2 3; do
    measure "run2-c1-$i" 1 -s "$work/run.lua" "$base/api/pipelines/chain2/run"
    measure "run12-c1-$i" 1 -s "$work/run.lua" "$base/api/pipelines/chain12/run"
    awk -v a="$(field "run12-c1-$i" 3)" -v b="$(field "run2-c1-$i" 3)" \
        'BEGIN {printf "%.1f %.0f %.0f\n", (1000000 / a - 1000000 / b) / 10, 1000000 / b, 1000000 / a}' >> "$work/per-stage"
done
read -r per_stage mean2 mean12 < <(sort -n "$work/per-stage" | sed -n 2p)
row "per-stage overhead (12- vs 2-stage mean / 10)" "$per_stage us (median of $(sort -n "$work/per-stage" | awk '{printf "%s%s", (NR > 1 ? " " : ""), $1}'))" \
    "mean $mean2 us / $mean12 us" "<= 20 us"

# 5. 1000 runs in flight at once, each waiting 1 s on the mock provider (FileInstall applies the
# .cfg from deploy/ to the provider's configuration).
printf 'delay_ms = 1000\n' > "$instance/deploy/io.flowmason.provider.mock.cfg"
api -o /dev/null "$base/api/pipelines" -d '{"id": "slow-node", "name": "slow node", "version": "1.0.0",
    "stages": [{"id": "write", "type": "generator", "provider": "mock", "input_mapping": {"prompt": "{{input.topic}}"}}]}'
api -o /dev/null -X POST "$base/api/pipelines/slow-node/publish"
until api "$base/api/pipelines/slow-node/run" -d '{"topic": "delay check"}' | python3 -c \
    'import json,sys; r=json.load(sys.stdin); sys.exit(0 if r["status"] == "completed" and r["usage"]["duration_ms"] >= 1000 else 1)'; do sleep 0.2; done
threads_before=$(awk '/Threads/{print $2}' "/proc/$pid/status")
( peak=0; while kill -0 "$pid" 2>/dev/null; do t=$(awk '/Threads/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${t:-0}" -gt "$peak" ] && peak=$t && echo "$peak" > "$work/peak-threads"; sleep 0.05; done ) &
sampler=$!
java "$root/benchmarks/ConcurrentRuns.java" "$base/api/pipelines/slow-node/run" "$key" 1000 '{"topic": "a slow answer"}' > "$work/concurrent"
kill "$sampler" 2>/dev/null || true
sed -n '2,$p' "$work/concurrent"
concurrent=$(sed -n 1p "$work/concurrent")
row "1000 concurrent runs of a 1 s stage" "$(echo "$concurrent" | tr ' ' '\n' | sed 's/_ms=/ ms: /; s/=/ /' | paste -sd' ' | sed 's/ completed/, completed/; s/ errors/, errors/')" \
    "1 run alone: 1000 ms" "all complete, <= 3000 ms"
row "threads: before / peak during the 1000 runs" "$threads_before / $(cat "$work/peak-threads" 2>/dev/null || echo "$threads_before")" "" ""

# 6. Memory: right after the last load, and once it settled (the JVM hands freed native memory back every 5 s).
right_after=$(rss_mb)
sleep 10
row "resident memory: idle / right after the load / 10 s later" "$idle_rss MB / $right_after MB / $(rss_mb) MB" "" "<= 256 MB after the load"
echo
cat "$work/table"
