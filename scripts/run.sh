#!/usr/bin/env bash
# Set up, build the graph and index from the sample corpus (data/gazettes/), and start the app.
#   GAZETTE_KG_DATA=DIR      the data dir (default data/build); build refuses a folder that is not its own
#   GAZETTE_KG_ADDRESS=ADDR  the address the app listens on (default 127.0.0.1: this machine only;
#                            0.0.0.0 exposes it to the network, with no login in front of it)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
export GAZETTE_KG_DATA="${GAZETTE_KG_DATA:-$PWD/data/build}"
.venv/bin/gazette-kg build --data "$GAZETTE_KG_DATA"
exec .venv/bin/streamlit run app.py --server.headless true --server.address "${GAZETTE_KG_ADDRESS:-127.0.0.1}" "$@"
