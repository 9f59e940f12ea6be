#!/usr/bin/env bash
# Set up and run the whole test suite (slow and browser tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
exec .venv/bin/python -m pytest -q "$@"
