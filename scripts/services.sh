#!/usr/bin/env bash
# Throwaway engines on this machine, for trying `--store` by hand (the tests start their own):
#   scripts/services.sh start [DIR]  -> a PostgreSQL cluster in DIR (default /tmp/gazette-services), 127.0.0.1 only;
#                                       prints the URL to give to --store; milvus-lite needs no server (a file path)
#   scripts/services.sh stop [DIR]   -> stops it and deletes DIR
# Under root the cluster runs as the `postgres` OS user (or a `gazettekg` user created for it).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
cmd="${1:-}"
dir="${2:-/tmp/gazette-services}"
case "$cmd" in
  start)
    url=$(PYTHONPATH="$PWD" "$PY" -m kg.backends.localpg start "$dir/pg")
    echo "PostgreSQL: $url"
    echo "  gazette-kg build --store $url && gazette-kg docs --store $url"
    echo "Milvus (milvus-lite): use a file, e.g. --passages milvus:$dir/passages.db"
    echo "Ray: started inside the build (ray.init on 127.0.0.1); nothing to start here"
    ;;
  stop)
    PYTHONPATH="$PWD" "$PY" -m kg.backends.localpg stop "$dir/pg"
    rm -rf "$dir"
    echo "stopped and removed $dir"
    ;;
  *)
    echo "usage: scripts/services.sh start|stop [DIR]" >&2
    exit 2
    ;;
esac
