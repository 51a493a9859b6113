#!/usr/bin/env bash
# Cold start and resident memory of the assembled instance. Builds nothing: run
# `mvn -B install -DskipTests` first. Each run starts bin/flowmason with a fresh data folder on a
# free port, times launch -> first 200 on /api/ready, reads VmRSS 5 s after ready, then stops it
# with SIGTERM and checks the exit code.
#   usage: benchmarks/startup.sh [runs]   (default 5)
set -euo pipefail
runs=${1:-5}
dist=$(cd "$(dirname "$0")/.." && pwd)/distribution/target/flowmason
[ -x "$dist/bin/flowmason" ] || { echo "no distribution at $dist; run: mvn -B install -DskipTests" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    port=$(free_port)
    start=$(date +%s%N)
    FLOWMASON_HTTP_PORT=$port FLOWMASON_DATA_DIR=$work/data FLOWMASON_DEPLOY_DIR=$work/deploy \
        FLOWMASON_ADMIN_KEY=benchmark-owner-key-0001 "$dist/bin/flowmason" > "$work/out.log" 2>&1 &
    pid=$!
    deadline=$((start + 60000000000))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ready")" = 200 ]; do
        [ "$(date +%s%N)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null || { cat "$work/out.log"; exit 1; }
        sleep 0.02
    done
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 5
    rss_mb=$(( $(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024 ))
    kill -TERM "$pid"
    code=0; wait "$pid" || code=$?
    echo "run $i: ready in ${ready_ms} ms, RSS ${rss_mb} MB, exit code after SIGTERM ${code}"
    rm -rf "$work"
done
