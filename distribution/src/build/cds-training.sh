#!/usr/bin/env bash
# The build's training run for class data sharing: starts the assembled instance once (first start:
# core packages, example, demo), runs the demo pipeline, stops it, and lets the JVM write the
# classes it loaded to lib/flowmason.jsa, which bin/flowmason then maps instead of loading and
# verifying them again (docs/performance.md). A failing start fails the build: it is the product's
# first start.
#   usage: cds-training.sh <distribution folder> <work folder>
set -euo pipefail
dist=$1
work=$2
archive=$dist/lib/flowmason.jsa
rm -rf "$work" "$archive"
mkdir -p "$work/deploy"

port=
for candidate in $(shuf -i 20000-60000 -n 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "cds-training: no free port found" >&2; exit 1; }

key=cds-training-owner-key
JDK_JAVA_OPTIONS="-XX:ArchiveClassesAtExit=$archive" FLOWMASON_HTTP_PORT=$port FLOWMASON_DATA_DIR="$work/data" \
    FLOWMASON_DEPLOY_DIR="$work/deploy" FLOWMASON_ADMIN_KEY=$key ANTHROPIC_API_KEY= OPENAI_API_KEY= \
    "$dist/bin/flowmason" > "$work/instance.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/ready")" = 200 ]; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$work/instance.log" >&2; exit 1; }
    sleep 0.1
done
for _ in 1 2 3; do
    curl -sf -o /dev/null -H "X-API-Key: $key" -H 'Content-Type: application/json' \
        "http://127.0.0.1:$port/api/pipelines/support-triage/run" -d '{"ticket_text": "I was charged twice", "customer_id": "cus_1"}'
done
kill -TERM "$pid"
wait "$pid"
[ -s "$archive" ] || { echo "cds-training: the JVM wrote no archive" >&2; cat "$work/instance.log" >&2; exit 1; }
echo "cds-training: $(du -k "$archive" | cut -f1) KB class data archive at $archive"
