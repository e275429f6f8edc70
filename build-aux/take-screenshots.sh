#!/bin/bash
# take-screenshots.sh — the metainfo's screenshots, taken from the real app
#
# Copyright 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/take-screenshots.sh [BUILDDIR]
#
# Builds BUILDDIR (default: _build; set up if missing), runs the app from it
# under Xvfb and its own D-Bus session, in English, light style, with fresh
# settings and a made-up practice history, and drives it to each view:
#
#   library.png    the list of exercises, "Need to stop?" first
#   exercise.png   an exercise's page (Body scan)
#   breathing.png  Box breathing, the pacer part-way through breathing in
#   boundary.png   Scripting a boundary: rehearsing the script just written
#   progress.png   the Progress page, over a few weeks of practice, scrolled
#                  to its charts (the app started again, on the library)
#
# Only the app's window is saved, into data/screenshots/. The app is driven
# through its actions over D-Bus and the keyboard (xdotool); Body scan's
# row, the Progress tab and the boundary script's fields are clicked at
# fixed places of the 900×720 window, so if a layout changes, check those
# steps. Look at every picture before you commit
# them: they are what people see first in a software centre.
#
# Needs xvfb-run, xdotool, xwininfo, ImageMagick's import and the Cantarell
# font (GNOME's); what is missing is installed with apt-get, saying so.

set -euo pipefail

APP_ID=io.github.softenapp.Soften
OBJECT_PATH=/io/github/softenapp/Soften
WIDTH=900
HEIGHT=720
# Where things are in the window at that size, to click them.
body_scan_row=628
progress_tab_x=450

srcdir=$(cd "$(dirname "$0")/.." && pwd)
outdir="$srcdir/data/screenshots"

say () {
  printf '%s\n' "take-screenshots: $*" >&2
}

# --- Outside: tools, build, then run again inside Xvfb and a D-Bus session

ensure_tools () {
  local -a missing=()

  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  command -v dbus-run-session >/dev/null || missing+=(dbus)
  command -v xdotool >/dev/null || missing+=(xdotool)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v import >/dev/null || missing+=(imagemagick)
  command -v gsettings >/dev/null || missing+=(libglib2.0-bin)
  fc-list : family 2>/dev/null | grep -i cantarell >/dev/null || missing+=(fonts-cantarell)

  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi

  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
  fi
  say "installing what is missing: ${missing[*]}"
  say "running: ${sudo:+$sudo }apt-get update && ${sudo:+$sudo }apt-get install -y ${missing[*]}"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

if [ "${1:-}" != "--inside" ]; then
  builddir=$(realpath -m "${1:-$srcdir/_build}")

  ensure_tools
  if [ ! -f "$builddir/build.ninja" ]; then
    say "setting up $builddir"
    meson setup "$builddir" "$srcdir"
  fi
  say "building in $builddir"
  meson compile -C "$builddir"

  exec xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- "$0" --inside "$builddir"
fi

# --- Inside: a fresh, private home for the app, then the pictures

builddir=$2
tmp=$(mktemp -d -t soften-screenshots.XXXXXX)
app_pid=

cleanup () {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_STATE_HOME="$tmp/state"
export GSETTINGS_SCHEMA_DIR="$builddir/data"
# Not the memory backend: a history has to be in place before the app
# starts, and a key file in the private home is as private.
export GSETTINGS_BACKEND=keyfile
export ADW_DISABLE_PORTAL=1
export SOFTEN_LOCALEDIR="$builddir/po"
export GDK_BACKEND=x11
export GTK_A11Y=none
export LC_ALL=C.UTF-8
export LANGUAGE=
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME/gtk-4.0" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$outdir"

# What a GNOME desktop would give the app: its font and a close button only.
cat > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini" <<EOF
[Settings]
gtk-font-name=Cantarell 11
gtk-decoration-layout=appmenu:close
gtk-application-prefer-dark-theme=false
gtk-cursor-blink=false
EOF

set_key () {
  gsettings set "$APP_ID" "$1" "$2"
}

# A made-up history: a few sessions a week over the last seven weeks; the
# body scan's tension mostly eases, not always; zone check-ins mostly end
# inside the window, not always. One line each:
# days ago, hour, exercise id, seconds, check-in answers (GVariant text).
seed_history () {
  local history= completions= now
  local -A sessions=() seconds=() last=()

  now=$(date +%s)
  while read -r days hour id secs answers; do
    local at
    at=$(date -d "$(date +%F) $hour $days days ago" +%s)
    if [ "$at" -gt "$now" ]; then
      at=$((now - 60))
    fi
    history="${history:+$history, }($at, '$id', uint32 $secs, @a{sv} $answers)"
    sessions[$id]=$(( ${sessions[$id]:-0} + 1 ))
    seconds[$id]=$(( ${seconds[$id]:-0} + secs ))
    if [ "$at" -gt "${last[$id]:-0}" ]; then
      last[$id]=$at
    fi
  done <<'EOF'
48 20:10 box-breathing 142 {}
47 21:30 body-scan 236 {'tension-before': <8>, 'tension-after': <6>}
45 19:05 where-am-i 48 {'zone-before': <'above'>}
44 22:15 box-breathing 150 {}
41 20:40 body-scan 240 {'tension-before': <7>, 'tension-after': <5>}
40 08:20 longer-exhale 130 {}
38 21:00 forgiveness-ritual 420 {'zone-after': <'inside'>}
35 20:30 body-scan 238 {'tension-before': <8>, 'tension-after': <5>}
34 19:45 coherent-breathing 135 {}
33 21:10 after-a-reaction 95 {'zone-before': <'above'>, 'zone-after': <'above'>}
30 20:00 box-breathing 146 {}
28 22:05 body-scan 242 {'tension-before': <7>, 'tension-after': <4>}
27 07:50 gentle-movement 120 {}
26 20:20 boundary-script 390 {'comfort-after': <4>}
24 21:35 body-scan 236 {'tension-before': <6>, 'tension-after': <6>}
21 19:30 where-am-i 52 {'zone-before': <'below'>}
20 20:10 gentle-movement 118 {}
19 21:45 box-breathing 149 {}
17 20:55 body-scan 239 {'tension-before': <7>, 'tension-after': <3>}
16 19:15 defenses-curiosity 260 {'zone-after': <'inside'>}
14 20:30 body-scan 241 {'tension-before': <6>, 'tension-after': <3>}
13 08:05 coherent-breathing 133 {}
12 21:20 boundary-script 405 {'comfort-after': <6>}
10 20:45 forgiveness-ritual 436 {'zone-after': <'below'>}
9 20:00 body-scan 237 {'tension-before': <5>, 'tension-after': <6>}
7 19:40 box-breathing 148 {}
6 21:30 body-scan 240 {'tension-before': <6>, 'tension-after': <2>}
5 20:15 letting-closeness-in 210 {'zone-after': <'inside'>}
4 20:50 after-a-reaction 90 {'zone-before': <'above'>, 'zone-after': <'inside'>}
3 19:55 body-scan 238 {'tension-before': <5>, 'tension-after': <3>}
2 21:05 box-breathing 151 {}
1 20:25 boundary-script 398 {'comfort-after': <7>}
0 08:30 body-scan 239 {'tension-before': <7>, 'tension-after': <2>}
EOF

  for id in "${!sessions[@]}"; do
    completions="${completions:+$completions, }'$id': (uint32 ${sessions[$id]}, uint32 ${seconds[$id]}, int64 ${last[$id]})"
  done

  set_key history "[$history]"
  set_key completions "{$completions}"
}

activate () {
  local action=$1 parameter=${2:-}
  local args='[]'

  if [ -n "$parameter" ]; then
    args="[<'$parameter'>]"
  fi
  gdbus call --session --dest "$APP_ID" --object-path "$OBJECT_PATH" \
    --method org.gtk.Actions.Activate "$action" "$args" '{}' >/dev/null
}

key () {
  xdotool key --window "$window" "$@"
}

# Each waits a little for the app to catch up: a field takes the focus on
# the click, and typed keys must not reach the one before.
click () {
  xdotool mousemove --window "$window" "$1" "$2" click 1
  sleep 0.5
}

type_text () {
  xdotool type --delay 15 "$1"
  sleep 0.5
}

# The keyboard focus ring shows for a few seconds after a key press; the
# pictures are taken once it has faded, the pointer out of the way.
shot () {
  local name=$1

  xdotool mousemove 1270 1010
  sleep "${2:-5}"
  import -window "$window" -strip "$tmp/$name.png"
  convert "$tmp/$name.png" -strip -define png:compression-level=9 "$outdir/$name.png"
  say "saved data/screenshots/$name.png ($(identify -format '%wx%h' "$outdir/$name.png"))"
}

set_key window-width "$WIDTH"
set_key window-height "$HEIGHT"
seed_history

# Starts the app afresh, on the library, and waits for its window.
start_app () {
  say "starting $builddir/src/soften"
  "$builddir/src/soften" &
  app_pid=$!

  gdbus wait --session --timeout 30 "$APP_ID"
  window=$(timeout 30 xdotool search --sync --onlyvisible --class soften | head -n 1)
  if [ -z "$window" ]; then
    say "the window did not appear"
    exit 1
  fi
  say "window $window: $(xwininfo -id "$window" | awk '/Width|Height/ { printf "%s ", $2 }')"
}

quit_app () {
  activate quit
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}

start_app

# 1. The library, as the app opens.
shot library

# 2. An exercise's page: Body scan, the fourth row, clicked where it is in
#    the 900×720 window (below "Need to stop?" and "Where am I right now?").
click "$((WIDTH / 2))" "$body_scan_row"
shot exercise

# 3. Box breathing. Next, three times, reaches the pacer; the second breath,
#    2.8 s into breathing in (each breath takes 16 s), once the focus ring
#    from the key presses has faded.
activate start box-breathing
sleep 1
key Right Right Right
shot breathing 18.8

# 4. Scripting a boundary: write the script, then rehearse it. In each of
#    these steps the first field is just under the step's text (three lines
#    long), Tab moves to the next field, and Continue sits at the bottom.
activate start boundary-script
sleep 1
key Right Right
sleep 1
middle=$((WIDTH / 2))
first_field=213
continue_row=$((HEIGHT - 87))
click "$middle" "$first_field"              # When…
type_text "plans for our weekend get made without me"
key Tab                                     # I feel…
type_text "left out and unimportant"
click "$middle" "$continue_row"
sleep 1
click "$middle" "$first_field"              # It’s not OK with me when…
type_text "we decide our weekends without talking"
key Tab                                     # I need…
type_text "us to plan them together"
click "$middle" "$continue_row"
sleep 1
click "$middle" "$first_field"              # Who can help me stay grounded
type_text "my sister, or my therapist"
click "$middle" "$continue_row"             # on to rehearsing
shot boundary 6

# 5. Letting go: a few lines written in the forgiveness ritual, then, on
#    the release step, Burn It (the first button after the step's words,
#    from the keyboard), caught 2.5 s into the ceremony. Not shot() here:
#    the ceremony does not wait for the focus ring to fade.
activate start forgiveness-ritual
sleep 1
key Right Right Right
sleep 1
click "$middle" 260
type_text "I am still hurt that the evening was forgotten, and I keep going over it. I am ready to put it down."
click "$middle" "$continue_row"
sleep 1.5
key Tab space
xdotool mousemove 1270 1010
sleep 2.5
import -window "$window" -strip "$tmp/release.png"
convert "$tmp/release.png" -strip -define png:compression-level=9 "$outdir/release.png"
say "saved data/screenshots/release.png ($(identify -format '%wx%h' "$outdir/release.png"))"
quit_app

# 6. Progress, over the made-up weeks (its own start, on the library): its
#    tab in the view switcher of the header bar, clicked. The window's
#    pages are not actions the app exports.
start_app
click "$progress_tab_x" 24
sleep 1
# Down past the figures to the charts of check-ins, with the mouse wheel.
xdotool mousemove --window "$window" $((WIDTH / 2)) $((HEIGHT / 2))
xdotool click --repeat 4 --delay 100 5
shot progress
quit_app

say "done: look at each picture in $outdir before committing"
