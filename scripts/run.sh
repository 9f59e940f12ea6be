#!/usr/bin/env bash
# Set up, build the graph and index from the sample corpus (data/gazettes/), and start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
export GAZETTE_KG_DATA="${GAZETTE_KG_DATA:-$PWD/data/build}"
.venv/bin/gazette-kg build --data "$GAZETTE_KG_DATA"
exec .venv/bin/streamlit run app.py --server.headless true "$@"
