#!/usr/bin/env bash
# docs/screenshot.sh OUT.png W H DATADIR: the app at W x H on a virtual screen, cropped to
# the window (needs Xvfb, xdotool, ImageMagick; DATADIR from docs/screenshot_data.py).
# KEYS="ctrl+b" presses keys first; AVA_SCREEN=2600x1500 gives a screen bigger than the
# default 1400x1000 (for 2560 x 1440). Runs the code of this checkout with the python on PATH.
set -euo pipefail
out=$1 w=$2 h=$3 data=$4
disp=:$((500 + RANDOM % 400))
Xvfb "$disp" -screen 0 ${AVA_SCREEN:-1400x1000}x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 40); do [[ -e /tmp/.X11-unix/X${disp#:} ]] && break; sleep 0.25; done
sleep 0.5
DISPLAY=$disp QT_QPA_PLATFORM=xcb AVA_DATA_DIR=$data OPENAI_BASE_URL=http://127.0.0.1:9/v1 \
  PYTHONPATH="$(cd "$(dirname "$0")/.." && pwd)" python -m ava_desktop --model gpt-4o-mini &
app=$!
sleep 6
win=$(DISPLAY=$disp xdotool search --sync --onlyvisible --pid "$app" 2>/dev/null | head -n1)
DISPLAY=$disp xdotool windowsize "$win" "$w" "$h" windowmove "$win" 0 0
sleep 2
if [[ -n ${KEYS:-} ]]; then
  DISPLAY=$disp xdotool windowfocus --sync "$win" 2>/dev/null || true
  for k in $KEYS; do DISPLAY=$disp xdotool key "$k"; sleep 0.4; done
  sleep 1
fi
DISPLAY=$disp import -window "$win" "$out"
kill "$app"; sleep 1; kill "$xpid"; wait 2>/dev/null || true
echo "saved $out"
