#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes Soften's sound cues from scratch: soft sine tones with slow fades,
# quiet (-18 dBFS peaks), short. Run once; the .oga files are committed.
# Needs sox with Ogg Vorbis (Debian: sox libsox-fmt-all).
set -eu
out="$(dirname "$0")/../resources/sounds"
mkdir -p "$out"
tone() { sox -n -r 48000 -c 1 "$@"; }
# sox knows Ogg Vorbis by its .ogg extension; "-t ogg" writes it to .oga.
# sox names Ogg Vorbis by its .ogg extension; -t ogg writes it to .oga.

# Breathing in: a gentle rise, G4 to C5.
tone -t ogg "$out/breathe-in.oga" synth 0.9 sine 392-523 fade q 0.25 0.9 0.5 gain -18
# Breathing out: the same, falling.
tone -t ogg "$out/breathe-out.oga" synth 0.9 sine 523-392 fade q 0.25 0.9 0.5 gain -18
# Holding: one still, low note, E4.
tone -t ogg "$out/hold.oga" synth 0.6 sine 330 fade q 0.15 0.6 0.4 gain -20
# A new step: a soft two-note chime, C5 then G5, each with a bell-like tail.
tmp=$(mktemp -d)
tone "$tmp/a.wav" synth 1.2 sine 523 fade q 0.01 1.2 1.1 gain -18
tone "$tmp/b.wav" synth 1.2 sine 784 fade q 0.01 1.2 1.1 gain -20 pad 0.18
sox -m "$tmp/a.wav" "$tmp/b.wav" -t ogg "$out/step.oga"
rm -r "$tmp"
